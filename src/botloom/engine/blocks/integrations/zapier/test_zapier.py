"""Tests of the Zapier block's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.integrations.http_request.schema import HttpMethod
from botloom.engine.blocks.integrations.zapier.schema import ZapierBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "Zapier"}


def test_defaults_when_options_are_absent() -> None:
    block = ZapierBlock.model_validate(MINIMAL)
    assert block.options.webhook.method == HttpMethod.POST
    assert block.options.timeout == 10


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "outgoingEdgeId": "e1",
            "options": {
                "webhook": {
                    "url": "https://a.b/{{Id}}",
                    "method": "GET",
                    "headers": [{"id": "h1", "key": "Authorization", "value": "Bearer {{Token}}"}],
                    "queryParams": [{"id": "q1", "key": "q", "value": "x"}],
                },
                "responseVariableMapping": [
                    {"id": "m1", "variableId": "v1", "bodyPath": "data.id"}
                ],
                "timeout": 30,
            },
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert ZapierBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"options": {"webhook": {"method": "FETCH"}}},
        {"options": {"timeout": 300}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        ZapierBlock.model_validate({**MINIMAL, **invalid})
