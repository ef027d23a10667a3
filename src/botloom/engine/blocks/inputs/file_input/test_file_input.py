"""Tests of the file input's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.inputs.file_input.schema import FileInputBlock, FileVisibility

MINIMAL: dict[str, Any] = {"id": "b1", "type": "file input"}


def test_defaults_when_options_are_absent() -> None:
    block = FileInputBlock.model_validate(MINIMAL)
    assert block.options.is_required is True
    assert block.options.is_multiple_allowed is False
    assert block.options.labels.button == "Upload"
    assert block.options.labels.success.multiple == "{total} files uploaded"
    assert block.options.allowed_file_types.types == []
    assert block.options.visibility == FileVisibility.AUTO


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "options": {
                "variableId": "v1",
                "isMultipleAllowed": True,
                "allowedFileTypes": {"isEnabled": True, "types": ["pdf"]},
                "labels": {"skip": "Later"},
            },
        },
        {**MINIMAL, "options": {"capture": "user", "visibility": "Private", "isRequired": False}},
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert FileInputBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"options": {"allowedFileTypes": {"types": "pdf"}}},
        {"options": {"capture": "front"}},
        {"options": {"visibility": "Hidden"}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        FileInputBlock.model_validate({**MINIMAL, **invalid})
