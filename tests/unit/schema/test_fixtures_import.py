"""Every real Typebot document imports, and import → export → import is stable."""

import json
from pathlib import Path

import pytest

from botloom.schema.document import CURRENT_VERSION
from botloom.schema.io import export_document, parse_document
from tests.conftest import COMPAT

FIXTURES = sorted((COMPAT / "typebots").rglob("*.json"))


def test_fixtures_are_there() -> None:
    assert len(FIXTURES) >= 50


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: str(p.relative_to(COMPAT / "typebots")))
def test_imports_and_round_trips(path: Path) -> None:
    raw = json.loads(path.read_text())
    first = parse_document(raw, repair=True)
    exported = export_document(first.document)
    assert exported["version"] == CURRENT_VERSION
    assert exported["events"][0]["type"] == "start"
    second = parse_document(exported, repair=False)
    assert second.warnings == []
    assert export_document(second.document) == exported
    assert json.loads(json.dumps(exported)) == exported


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_nothing_is_lost(path: Path) -> None:
    """Every block of the file survives, with its type and every option key it had."""
    raw = json.loads(path.read_text())
    exported = export_document(parse_document(raw, repair=True).document)
    variable_ids = {v["id"] for v in raw.get("variables", [])}
    blocks_in = {
        b["id"]: b
        for g in raw.get("groups", raw.get("blocks", []))
        for b in g.get("blocks", g.get("steps", []))
        if b["type"] != "start"
    }
    blocks_out = {b["id"]: b for g in exported["groups"] for b in g["blocks"]}
    assert set(blocks_in) == set(blocks_out)
    for block_id, block in blocks_in.items():
        assert blocks_out[block_id]["type"] == block["type"]
        options_in = {
            key
            for key, value in (block.get("options") or {}).items()
            if key not in {"sizeLimit", "referenceCell"}
            and not (key.endswith(("variableId", "VariableId")) and value not in variable_ids)
        }
        assert options_in <= set(blocks_out[block_id].get("options", {}).keys())


def test_repairs_are_reported_with_their_path() -> None:
    raw = json.loads((COMPAT / "typebots/templates/skin-typology.json").read_text())
    parsed = parse_document(raw, repair=True)
    assert [str(w) for w in parsed.warnings] == [
        "groups[3].blocks[0].options.variableId: unknown variable",
        "groups[4].blocks[1].options.variableId: unknown variable",
    ]
    block = parsed.document.groups[3].blocks[0]
    assert "variableId" not in export_document(parsed.document)["groups"][3]["blocks"][0].get(
        "options", {}
    )
    assert block.id == raw["groups"][3]["blocks"][0]["id"]
