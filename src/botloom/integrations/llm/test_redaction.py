"""Tests of keeping credentials out of logs."""

from collections.abc import AsyncIterator

import pytest

from botloom.integrations.llm.options import LlmCredentials
from botloom.integrations.llm.redaction import (
    LOG_TEXT_LIMIT,
    REDACTED,
    keeping_secrets,
    redacted,
    secret_values,
)
from botloom.integrations.plugins.base import Action, ActionContext, ActionStream, IntegrationError
from botloom.schema.model import DocModel
from botloom.settings import Settings

KEY = "sk-live-0123456789"


def test_secret_values_are_the_long_strings_longest_first() -> None:
    credentials = LlmCredentials(api_key=KEY, base_url="http://x")
    assert secret_values(credentials, {"a": ["short", "longer-secret"]}, None) == [
        KEY,
        "longer-secret",
        "http://x",
    ]


def test_redacted_replaces_secrets_and_caps_the_length() -> None:
    assert redacted(f"Bad key {KEY}!", [KEY]) == f"Bad key {REDACTED}!"
    long = redacted("x" * 5000, [])
    assert len(long) == LOG_TEXT_LIMIT
    assert long.endswith("…")


class _Options(DocModel):
    pass


def _context() -> ActionContext[_Options, LlmCredentials]:
    return ActionContext(
        options=_Options(),
        credentials=LlmCredentials(api_key=KEY),
        variables=[],
        settings=Settings(),
    )


async def _echoes(ctx: ActionContext[_Options, LlmCredentials]) -> None:
    ctx.log(f"Sent {KEY}", status="info")
    raise IntegrationError(f"Refused {KEY}", f"key={KEY}")


async def _streams(ctx: ActionContext[_Options, LlmCredentials]) -> AsyncIterator[str]:
    yield "piece"
    raise ValueError(f"broke with {KEY}")


async def test_an_action_leaves_no_secret_in_its_logs_or_error() -> None:
    action = keeping_secrets(
        Action(name="Echo", options_model=_Options, run=_echoes), integration_name="Test"
    )
    ctx = _context()
    with pytest.raises(IntegrationError) as raised:
        await action.run(ctx)
    assert (raised.value.description, raised.value.details) == (
        f"Refused {REDACTED}",
        f"key={REDACTED}",
    )
    assert [(log.description, log.status) for log in ctx.outcome.logs] == [
        (f"Sent {REDACTED}", "info")
    ]


async def test_a_stream_failing_otherwise_becomes_a_redacted_error() -> None:
    action = keeping_secrets(
        Action(
            name="Stream",
            options_model=_Options,
            run=_echoes,
            stream=ActionStream(variable_id=lambda _o: "v", run=_streams),
        ),
        integration_name="Test",
    )
    assert action.stream is not None
    pieces = action.stream.run(_context())
    assert await anext(pieces) == "piece"
    with pytest.raises(IntegrationError) as raised:
        await anext(pieces)
    assert raised.value.description == "Test: Stream failed"
    assert raised.value.details == f"broke with {REDACTED}"
