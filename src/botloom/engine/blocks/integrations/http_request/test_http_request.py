"""Tests of the HTTP request block's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.integrations.http_request.schema import HttpMethod, HttpRequestBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "Webhook"}


def test_defaults_when_options_are_absent() -> None:
    block = HttpRequestBlock.model_validate(MINIMAL)
    assert block.options.webhook.method == HttpMethod.POST
    assert block.options.webhook.url is None
    assert block.options.is_custom_body is False
    assert block.options.is_executed_on_client is False
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
        {
            **MINIMAL,
            "options": {
                "webhook": {"method": "POST", "body": '{"a": "{{A}}"}'},
                "isCustomBody": True,
                "isAdvancedConfig": True,
                "variablesForTest": [{"id": "t1", "variableId": "v1", "value": "x"}],
                "proxyCredentialsId": "p1",
            },
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert HttpRequestBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"options": {"webhook": {"method": "FETCH"}}},
        {"options": {"timeout": 300}},
        {"options": {"webhook": {"headers": [{"key": "no id"}]}}},
        {"type": "webhook"},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        HttpRequestBlock.model_validate({**MINIMAL, **invalid})
