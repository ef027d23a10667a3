"""Tests of the block registry against the block folders (documents' blocks against the models:
``tests/unit/schema/test_fixtures_import.py``)."""

import importlib
from pathlib import Path

import pytest
from pydantic import TypeAdapter

from botloom.engine.blocks import catalog
from botloom.engine.blocks.base import BlockFamily, BlockSpec

BLOCKS_DIR = Path(__file__).resolve().parent

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
