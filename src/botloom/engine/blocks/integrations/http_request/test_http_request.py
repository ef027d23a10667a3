"""Tests of the HTTP request block's document model, and of its Zapier, Make.com and Pabbly
presets, which share its options."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.base import BlockBase
from botloom.engine.blocks.integrations.http_request.schema import HttpMethod, HttpRequestBlock
from botloom.engine.blocks.integrations.make_com.schema import MakeComBlock
from botloom.engine.blocks.integrations.pabbly.schema import PabblyBlock
from botloom.engine.blocks.integrations.zapier.schema import ZapierBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "Webhook"}

BLOCKS: list[tuple[type[BlockBase], str]] = [
    (HttpRequestBlock, "Webhook"),
    (ZapierBlock, "Zapier"),
    (MakeComBlock, "Make.com"),
    (PabblyBlock, "Pabbly"),
]
each_block = pytest.mark.parametrize(("model", "block_type"), BLOCKS, ids=[t for _, t in BLOCKS])


@each_block
def test_defaults_when_options_are_absent(model: type[BlockBase], block_type: str) -> None:
    block = model.model_validate({**MINIMAL, "type": block_type})
    assert isinstance(block, HttpRequestBlock | ZapierBlock | MakeComBlock | PabblyBlock)
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
@each_block
def test_round_trip(raw: dict[str, Any], model: type[BlockBase], block_type: str) -> None:
    raw = {**raw, "type": block_type}
    assert model.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"options": {"webhook": {"method": "FETCH"}}},
        {"options": {"timeout": 300}},
        {"options": {"webhook": {"headers": [{"key": "no id"}]}}},
        {"type": "webhook"},
    ],
)
@each_block
def test_rejects_invalid_values(
    invalid: dict[str, Any], model: type[BlockBase], block_type: str
) -> None:
    with pytest.raises(ValidationError):
        model.model_validate({**MINIMAL, "type": block_type, **invalid})
