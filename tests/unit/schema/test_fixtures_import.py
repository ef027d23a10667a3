"""Every bot document imports, and import → export → import is stable: the project's fixtures
always, Typebot's own bots when the compatibility set is there."""

import json
from pathlib import Path
from typing import Any

import pytest

from botloom.engine.blocks import catalog
from botloom.engine.blocks.forge.schema import FORGE_BLOCK_IDS
from botloom.schema.document import CURRENT_VERSION
from botloom.schema.errors import DocumentError
from botloom.schema.io import export_document, parse_document
from botloom.schema.migrations import is_steps_era, migrate_to_current
from tests.support.compat import compat, compat_bots
from tests.support.fixtures import every_bot_param, fixture_bot, fixture_bots

DOCUMENTS = every_bot_param()


def _blocks(raw: dict[str, Any]) -> list[dict[str, Any]]:
    document = migrate_to_current(raw)
    return [block for group in document["groups"] for block in group["blocks"]]


def test_fixtures_use_every_block_type() -> None:
    used = {
        block["type"] for path in fixture_bots() for block in _blocks(json.loads(path.read_text()))
    }
    assert set(catalog.SPECS_BY_TYPE) <= used
    assert used & FORGE_BLOCK_IDS, "forge blocks are covered too"


def test_fixtures_cover_every_document_version() -> None:
    versions = set()
    for path in fixture_bots():
        raw = json.loads(path.read_text())
        versions.add("steps era" if is_steps_era(raw) else raw["version"])
    assert versions == {"steps era", "3", "4", "5", "6", CURRENT_VERSION}


@compat
def test_compatibility_bots_are_there() -> None:
    assert len(compat_bots()) >= 50


@pytest.mark.parametrize("path", DOCUMENTS)
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


@pytest.mark.parametrize("path", DOCUMENTS)
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


@pytest.mark.parametrize("path", DOCUMENTS)
def test_blocks_validate_and_round_trip(path: Path) -> None:
    """Every block of every document (older ones once migrated) gets its own model, which
    gives back exactly what it read."""
    for block in _blocks(json.loads(path.read_text(encoding="utf-8"))):
        if block["type"] in FORGE_BLOCK_IDS:
            continue
        assert catalog._block_tag(block) == block["type"]
        model = catalog.SPECS_BY_TYPE[block["type"]].model
        dumped = model.model_validate(block).model_dump(mode="json", exclude_unset=True)
        assert dumped == block


def test_repairs_are_reported_with_their_path() -> None:
    """A deleted group leaves an edge to nowhere (and the block that used it pointing at a
    missing edge); a deleted variable leaves an input saving nowhere."""
    raw = fixture_bot("dangling-references")
    parsed = parse_document(raw, repair=True)
    assert [str(w) for w in parsed.warnings] == [
        "edges[2]: edge leads to unknown group 'g-deleted'",
        "groups[1].blocks[1].outgoingEdgeId: unknown edge",
        "groups[1].blocks[1].options.variableId: unknown variable",
    ]
    exported = export_document(parsed.document)
    block = exported["groups"][1]["blocks"][1]
    assert block["id"] == raw["groups"][1]["blocks"][1]["id"]
    assert "variableId" not in block.get("options", {})
    assert "outgoingEdgeId" not in block
    assert [edge["id"] for edge in exported["edges"]] == ["e-start", "e-city"]
    with pytest.raises(DocumentError, match="unknown variable"):
        parse_document(raw, repair=False)
