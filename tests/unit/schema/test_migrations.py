"""Each migration step, proven on a hand-made document of its version."""

from typing import Any

import pytest

from botloom.schema import migrations
from botloom.schema.errors import DocumentError
from botloom.schema.io import export_document, parse_document

GC = {"x": 0, "y": 0}


def _steps_era() -> dict[str, Any]:
    return {
        "name": "Old bot",
        "blocks": [
            {
                "id": "g1",
                "title": "Start",
                "graphCoordinates": {"x": 5, "y": 6},
                "steps": [
                    {
                        "id": "s1",
                        "type": "start",
                        "label": "Start",
                        "blockId": "g1",
                        "outgoingEdgeId": "e1",
                    }
                ],
            },
            {
                "id": "g2",
                "title": "Hello",
                "graphCoordinates": GC,
                "steps": [
                    {
                        "id": "s2",
                        "type": "text",
                        "blockId": "g2",
                        "content": {
                            "richText": [
                                {"type": "p", "children": [{"text": 'He said "blockId": no'}]}
                            ]
                        },
                    }
                ],
            },
        ],
        "edges": [{"id": "e1", "from": {"blockId": "g1", "stepId": "s1"}, "to": {"blockId": "g2"}}],
        "variables": [],
        "theme": {},
        "settings": {},
    }


def test_steps_era_is_detected_and_renamed() -> None:
    doc = _steps_era()
    assert migrations.is_steps_era(doc)
    renamed = migrations.rename_steps_era(doc)
    assert "blocks" not in renamed
    assert renamed["groups"][0]["blocks"][0] == {
        "id": "s1",
        "type": "start",
        "label": "Start",
        "groupId": "g1",
        "outgoingEdgeId": "e1",
    }
    assert renamed["edges"][0]["from"] == {"groupId": "g1", "blockId": "s1"}
    assert renamed["edges"][0]["to"] == {"groupId": "g2"}
    text = renamed["groups"][1]["blocks"][0]["content"]["richText"][0]["children"][0]["text"]
    assert text == 'He said "blockId": no', "string values are never renamed"


def test_steps_era_imports_to_current() -> None:
    exported = export_document(parse_document(_steps_era(), repair=False).document)
    assert exported["version"] == "6.1"
    assert exported["events"] == [
        {"id": "g1", "type": "start", "graphCoordinates": {"x": 5, "y": 6}, "outgoingEdgeId": "e1"}
    ]
    assert [g["id"] for g in exported["groups"]] == ["g2"], "the start-only group is gone"
    assert exported["edges"][0]["from"] == {"eventId": "g1"}


def _v5(**extra_blocks: Any) -> dict[str, Any]:
    return {
        "version": "5",
        "name": "v5",
        "groups": [
            {
                "id": "g1",
                "title": "Start",
                "graphCoordinates": {"x": 1, "y": 2},
                "blocks": [
                    {
                        "id": "start",
                        "type": "start",
                        "label": "Start",
                        "groupId": "g1",
                        "outgoingEdgeId": "e1",
                    }
                ],
            },
            {
                "id": "g2",
                "title": "Main",
                "graphCoordinates": GC,
                "blocks": [
                    {
                        "id": "b1",
                        "type": "choice input",
                        "groupId": "g2",
                        "items": [{"id": "i1", "blockId": "b1", "content": "A", "type": 0}],
                    },
                    *extra_blocks.values(),
                ],
            },
        ],
        "edges": [
            {"id": "e1", "from": {"groupId": "g1", "blockId": "start"}, "to": {"groupId": "g2"}}
        ],
        "variables": [{"id": "v1", "name": "Row"}],
        "events": None,
        "theme": {},
        "settings": {},
    }


def test_v3_inlines_webhooks() -> None:
    doc = {
        "groups": [
            {
                "id": "g",
                "blocks": [
                    {
                        "id": "w",
                        "type": "Webhook",
                        "webhookId": "wh1",
                        "options": {"isCustomBody": False},
                    },
                    {"id": "z", "type": "Zapier", "webhookId": "wh2"},
                    {"id": "t", "type": "text", "webhookId": "kept"},
                ],
            }
        ],
    }
    out = migrations.v3_to_v4(migrations.normalize_pre_v5(doc))
    blocks = out["groups"][0]["blocks"]
    assert blocks[0] == {
        "id": "w",
        "type": "Webhook",
        "options": {"isCustomBody": False, "webhook": {"id": "wh1", "method": "POST"}},
    }
    assert blocks[1]["options"] == {"webhook": {"id": "wh2", "method": "POST"}}
    assert blocks[2]["webhookId"] == "kept"
    assert out["version"] == "4"


def test_pre_v5_fills_lists_and_drops_unreadable_edges() -> None:
    doc = {
        "version": "4",
        "groups": [{"id": "g"}],
        "edges": [
            {"id": "ok", "from": {"blockId": "b"}, "to": {"groupId": "g"}},
            {"id": "no-target", "from": {"blockId": "b"}, "to": {}},
            {"id": "no-source", "to": {"groupId": "g"}},
            "garbage",
        ],
    }
    out = migrations.normalize_pre_v5(doc)
    assert out["groups"] == [{"id": "g", "blocks": []}]
    assert [e["id"] for e in out["edges"]] == ["ok"]
    assert out["events"] is None


def test_v5_to_v6_moves_start_to_event_and_drops_old_fields() -> None:
    sheets = {
        "id": "s",
        "type": "Google Sheets",
        "groupId": "g2",
        "options": {
            "action": "Get data from sheet",
            "referenceCell": {"column": "Email", "value": "{{Row}}"},
        },
    }
    upload = {"id": "f", "type": "file input", "options": {"sizeLimit": 10, "isRequired": True}}
    hook = {"id": "h", "type": "Webhook", "options": {"webhook": {"id": "x", "url": "https://a"}}}
    out = migrations.v5_to_v6(_v5(a=sheets, b=upload, c=hook))
    assert out["version"] == "6"
    assert out["events"] == [
        {"id": "g1", "type": "start", "graphCoordinates": {"x": 1, "y": 2}, "outgoingEdgeId": "e1"}
    ]
    assert [g["id"] for g in out["groups"]] == ["g2"]
    assert out["edges"] == [{"id": "e1", "from": {"eventId": "g1"}, "to": {"groupId": "g2"}}]
    blocks = {b["id"]: b for b in out["groups"][0]["blocks"]}
    assert "groupId" not in blocks["b1"]
    assert blocks["b1"]["items"] == [{"id": "i1", "content": "A", "type": 0}]
    comparison = blocks["s"]["options"]["filter"]["comparisons"][0]
    assert comparison | {"id": "-"} == {
        "id": "-",
        "column": "Email",
        "comparisonOperator": "Equal to",
        "value": "{{Row}}",
    }
    assert "referenceCell" not in blocks["s"]["options"]
    assert blocks["f"]["options"] == {"isRequired": True}
    assert blocks["h"]["options"]["webhook"] == {"url": "https://a"}


def test_v5_start_block_sharing_a_group_keeps_the_group() -> None:
    doc = _v5()
    doc["groups"][0]["blocks"].append({"id": "t", "type": "text", "groupId": "g1"})
    out = migrations.v5_to_v6(doc)
    assert [g["id"] for g in out["groups"]] == ["g1", "g2"]
    assert [b["id"] for b in out["groups"][0]["blocks"]] == ["t"]


def test_v5_without_start_is_refused() -> None:
    doc = _v5()
    doc["groups"].pop(0)
    with pytest.raises(DocumentError, match="start event is missing"):
        migrations.v5_to_v6(doc)


def test_v6_to_v61_changes_only_the_version() -> None:
    doc = {"version": "6", "groups": [], "edges": [], "events": [{"id": "s", "type": "start"}]}
    assert migrations.v6_to_v61(doc) == {**doc, "version": "6.1"}


@pytest.mark.parametrize("version", [None, "3", "4", "5", "6", "6.1", 4, 5])
def test_every_version_reaches_current(version: Any) -> None:
    doc = _v5()
    if version is None:
        del doc["version"]
    else:
        doc["version"] = version
    if version in ("6", "6.1"):
        doc = migrations.v5_to_v6(doc) | {"version": version}
    assert migrations.migrate_to_current(doc)["version"] == "6.1"
