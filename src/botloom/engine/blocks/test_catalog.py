"""Tests of the block registry against the block folders and real Typebot documents."""

import importlib
import json
from pathlib import Path

import pytest
from pydantic import TypeAdapter

from botloom.engine.blocks import catalog
from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.forge.schema import FORGE_BLOCK_IDS
from botloom.schema.migrations import migrate_to_current

BLOCKS_DIR = Path(__file__).resolve().parent
REPO_ROOT = Path(__file__).resolve().parents[4]
TYPEBOTS_DIR = REPO_ROOT.parent / "shared" / "typebot-compat" / "typebots"

FAMILY_BY_FOLDER = {
    "bubbles": BlockFamily.BUBBLE,
    "inputs": BlockFamily.INPUT,
    "logic": BlockFamily.LOGIC,
    "integrations": BlockFamily.INTEGRATION,
}
BLOCK_FOLDERS = sorted(
    schema.parent.relative_to(BLOCKS_DIR)
    for family in FAMILY_BY_FOLDER
    for schema in (BLOCKS_DIR / family).glob("*/schema.py")
)
DOCUMENTS = sorted(TYPEBOTS_DIR.rglob("*.json"))


@pytest.mark.parametrize("folder", BLOCK_FOLDERS, ids=str)
def test_block_folder_is_registered_in_its_family(folder: Path) -> None:
    package = importlib.import_module("botloom.engine.blocks." + ".".join(folder.parts))
    spec: BlockSpec = package.SPEC
    assert spec in catalog.SPECS
    assert spec.family == FAMILY_BY_FOLDER[folder.parts[0]]


def test_spec_types_are_unique() -> None:
    types = [spec.type for spec in catalog.SPECS]
    assert len(types) == len(set(types))


@pytest.mark.parametrize("spec", catalog.SPECS, ids=lambda spec: spec.type)
def test_any_block_picks_the_registered_model(spec: BlockSpec) -> None:
    block = TypeAdapter(catalog.AnyBlock).validate_python({"id": "b1", "type": spec.type})
    assert type(block) is spec.model


def test_real_documents_are_found() -> None:
    assert DOCUMENTS


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: str(path.relative_to(TYPEBOTS_DIR)))
def test_real_blocks_validate_and_round_trip(path: Path) -> None:
    """Every block of every real document (older ones once migrated) gets its own model."""
    document = migrate_to_current(json.loads(path.read_text(encoding="utf-8")))
    blocks = [block for group in document["groups"] for block in group["blocks"]]
    for block in blocks:
        if block["type"] in FORGE_BLOCK_IDS:
            continue
        assert catalog._block_tag(block) == block["type"]
        model = catalog.SPECS_BY_TYPE[block["type"]].model
        dumped = model.model_validate(block).model_dump(mode="json", exclude_unset=True)
        assert dumped == block
