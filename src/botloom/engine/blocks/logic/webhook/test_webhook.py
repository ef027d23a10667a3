"""Tests of the listen for webhook block's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.logic.webhook.schema import WebhookBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "webhook"}


def test_defaults_when_options_are_absent() -> None:
    block = WebhookBlock.model_validate(MINIMAL)
    assert block.options.response_variable_mapping == []


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "outgoingEdgeId": "e1",
            "options": {
                "responseVariableMapping": [
                    {"id": "m1", "variableId": "v1", "bodyPath": "data.name"}
                ]
            },
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert WebhookBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"type": "Webhook"},
        {"options": {"responseVariableMapping": [{"bodyPath": "data"}]}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        WebhookBlock.model_validate({**MINIMAL, **invalid})
