"""Tests of the text input's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.inputs.file_input.schema import FileVisibility
from botloom.engine.blocks.inputs.text_input.schema import TextInputBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "text input"}


def test_defaults_when_options_are_absent() -> None:
    block = TextInputBlock.model_validate(MINIMAL)
    assert block.options.labels.placeholder == "Type your answer..."
    assert block.options.labels.button == "Send"
    assert block.options.is_long is False
    assert block.options.input_mode is None
    assert block.options.audio_clip.is_enabled is False
    assert block.options.attachments.visibility == FileVisibility.AUTO


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "outgoingEdgeId": "e1",
            "options": {
                "variableId": "v1",
                "labels": {"placeholder": "Name?"},
                "isLong": True,
                "inputMode": "email",
            },
        },
        {
            **MINIMAL,
            "options": {
                "audioClip": {"isEnabled": True, "saveVariableId": "v2", "visibility": "Public"},
                "attachments": {"isEnabled": False},
            },
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert TextInputBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"options": {"isLong": "maybe"}},
        {"options": {"inputMode": "voice"}},
        {"options": {"audioClip": {"visibility": "Secret"}}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        TextInputBlock.model_validate({**MINIMAL, **invalid})
