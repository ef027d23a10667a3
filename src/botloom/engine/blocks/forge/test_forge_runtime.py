"""Tests of the forge block runner, with a port that records the calls it gets."""

import dataclasses

from botloom.engine.blocks.forge.execute import execute
from botloom.engine.blocks.forge.schema import ForgeBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.http import HttpProxy
from botloom.engine.integration_calls import (
    ActionCall,
    ActionOutcome,
    EmailMessage,
    IntegrationLog,
)
from botloom.engine.integration_runs import without_empty_strings

DOCUMENT = {"variables": [{"id": "v_q", "name": "Question"}, {"id": "v_a", "name": "Answer"}]}


class RecordingPort:
    def __init__(self, outcome: ActionOutcome) -> None:
        self.calls: list[ActionCall] = []
        self.outcome = outcome

    async def run_action(self, call: ActionCall) -> ActionOutcome:
        self.calls.append(call)
        return self.outcome

    async def send_email(self, message: EmailMessage) -> None:
        raise AssertionError("not used by forge blocks")

    async def http_proxy(self, credentials_id: str) -> HttpProxy:
        raise AssertionError("not used by forge blocks")


async def test_options_go_substituted_and_the_outcome_is_applied() -> None:
    outcome = ActionOutcome(
        variables=[("v_a", "42"), ("unknown", "x")],
        logs=[IntegrationLog("Slow answer", status="info")],
        client_side_actions=[{"type": "codeToExecute", "codeToExecute": {"content": "1"}}],
    )
    port = RecordingPort(outcome)
    ctx = make_context(DOCUMENT, variables={"Question": "why?"})
    ctx.ports = dataclasses.replace(ctx.ports, integrations=port)
    block = ForgeBlock.model_validate(
        {
            "id": "b",
            "type": "openai",
            "options": {
                "credentialsId": "c1",
                "action": "Create chat completion",
                "messages": [{"role": "user", "content": "{{Question}}"}],
                "model": "",
                "responseMapping": [{"item": "Message content", "variableId": "v_a"}],
            },
        }
    )
    result = await execute(block, ctx)
    [call] = port.calls
    assert (call.integration_id, call.action, call.credentials_id) == (
        "openai",
        "Create chat completion",
        "c1",
    )
    assert call.options["messages"] == [{"role": "user", "content": "why?"}]
    assert "model" not in call.options
    assert ctx.value_of("v_a") == "42"
    assert [(log.status, log.description) for log in ctx.logs] == [("info", "Slow answer")]
    assert result.client_side_actions == outcome.client_side_actions


async def test_without_the_port_the_block_is_skipped() -> None:
    ctx = make_context(DOCUMENT)
    block = ForgeBlock.model_validate({"id": "b", "type": "openai", "options": {}})
    result = await execute(block, ctx)
    assert result.client_side_actions == []
    assert ctx.logs == []


def test_empty_strings_are_dropped_deeply() -> None:
    value = {"a": "", "b": {"c": "", "d": "x"}, "e": [{"f": ""}, ""]}
    assert without_empty_strings(value) == {"b": {"d": "x"}, "e": [{}, ""]}
