"""Invalid documents are refused with the JSON path and the reason of each problem."""

import copy
from typing import Any

import pytest

from botloom.schema.errors import DocumentError
from botloom.schema.io import parse_document

NOT_A_BOOLEAN = "Input should be a valid boolean, unable to interpret input"


def _doc() -> dict[str, Any]:
    return {
        "version": "6.1",
        "name": "t",
        "events": [
            {
                "id": "start",
                "type": "start",
                "outgoingEdgeId": "e1",
                "graphCoordinates": {"x": 0, "y": 0},
            }
        ],
        "variables": [{"id": "v1", "name": "Name"}],
        "edges": [{"id": "e1", "from": {"eventId": "start"}, "to": {"groupId": "g1"}}],
        "groups": [
            {
                "id": "g1",
                "title": "Group #1",
                "graphCoordinates": {"x": 0, "y": 0},
                "blocks": [
                    {"id": "b1", "type": "text", "content": {"richText": []}},
                    {
                        "id": "b2",
                        "type": "choice input",
                        "items": [{"id": "i1", "content": "A"}],
                        "options": {"variableId": "v1"},
                    },
                ],
            },
        ],
        "theme": {},
        "settings": {},
    }


def _problems(doc: Any, *, repair: bool = False) -> list[str]:
    with pytest.raises(DocumentError) as info:
        parse_document(doc, repair=repair)
    return [str(p) for p in info.value.problems]


def test_valid_document_passes() -> None:
    assert parse_document(_doc(), repair=False).warnings == []


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (
            ("groups", 0, "blocks", 1, "options", "isMultipleChoice"),
            "maybe",
            f"groups[0].blocks[1].options.isMultipleChoice: {NOT_A_BOOLEAN}",
        ),
        (
            ("groups", 0, "blocks", 1, "options", "variableId"),
            "nope",
            "groups[0].blocks[1].options.variableId: unknown variable",
        ),
        (
            ("groups", 0, "blocks", 0, "outgoingEdgeId"),
            "missing-edge",
            "groups[0].blocks[0].outgoingEdgeId: unknown edge",
        ),
        (
            ("edges", 0, "to", "groupId"),
            "nowhere",
            "edges[0]: edge leads to unknown group 'nowhere'",
        ),
        (
            ("groups", 0, "blocks", 1, "items"),
            "x",
            "groups[0].blocks[1].items: Input should be a valid list",
        ),
        (("events", 0, "type"), "command", "events[0]: start event is missing"),
        (("groups", 0, "blocks", 1, "id"), "b1", "groups[0].blocks[1].id: duplicate block id 'b1'"),
    ],
)
def test_problem_names_path_and_reason(
    path: tuple[str | int, ...], value: Any, expected: str
) -> None:
    doc = copy.deepcopy(_doc())
    node: Any = doc
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    assert expected in _problems(doc)


def test_missing_block_id_is_named() -> None:
    doc = _doc()
    del doc["groups"][0]["blocks"][0]["id"]
    assert "groups[0].blocks[0].id: Field required" in _problems(doc)


def test_not_an_object() -> None:
    assert _problems([1, 2]) == ["a bot document must be a JSON object"]


def test_unknown_version() -> None:
    doc = _doc() | {"version": "99"}
    assert _problems(doc)[0].startswith("version: unknown version '99'")


def test_repair_mode_still_refuses_structural_errors() -> None:
    doc = _doc()
    doc["groups"][0]["blocks"][1]["options"]["isMultipleChoice"] = "maybe"
    assert _problems(doc, repair=True) == [
        f"groups[0].blocks[1].options.isMultipleChoice: {NOT_A_BOOLEAN}"
    ]


def test_unknown_block_types_are_kept_whole() -> None:
    doc = _doc()
    future = {
        "id": "b9",
        "type": "some-future-plugin",
        "options": {"action": "Do", "deep": {"a": 1}},
    }
    doc["groups"][0]["blocks"].append(future)
    exported = parse_document(doc, repair=False).document.model_dump(
        mode="json", exclude_unset=True
    )
    assert exported["groups"][0]["blocks"][2] == future
