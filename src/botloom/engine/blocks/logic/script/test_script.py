"""Tests of the script block's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.logic.script.schema import ScriptBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "Code"}


def test_defaults_when_options_are_absent() -> None:
    block = ScriptBlock.model_validate(MINIMAL)
    assert block.options.name == "Script"
    assert block.options.content is None
    assert block.options.is_executed_on_client is True
    assert block.options.is_unsafe is None


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "outgoingEdgeId": "e1",
            "options": {
                "name": "Track",
                "content": "console.log({{Name}})",
                "isExecutedOnClient": False,
                "isUnsafe": True,
                "shouldExecuteInParentContext": True,
            },
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert ScriptBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"options": {"content": ["x"]}},
        {"options": {"isUnsafe": "perhaps"}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        ScriptBlock.model_validate({**MINIMAL, **invalid})
