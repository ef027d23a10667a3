"""Tests of the embed bubble's runner and of the event reply that resumes it."""

from typing import Any

import pytest

from botloom.engine.blocks.bubbles.embed import SPEC
from botloom.engine.blocks.bubbles.embed.execute import apply_event_reply, execute
from botloom.engine.blocks.bubbles.embed.schema import EmbedBubbleBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.runtime import Reply

DOC: dict[str, Any] = {
    "variables": [{"id": "v-page", "name": "Page"}, {"id": "v-data", "name": "Data"}]
}
WAIT = {"isEnabled": True, "name": "{{Page}}-done", "saveDataInVariableId": "v-data"}


def block(content: dict[str, Any]) -> EmbedBubbleBlock:
    return EmbedBubbleBlock.model_validate({"id": "b1", "type": "embed", "content": content})


@pytest.mark.parametrize(
    ("content", "expected", "pause"),
    [
        pytest.param(
            {"url": "https://forms.example.com/{{Page}}"},
            {"url": "https://forms.example.com/quiz"},
            False,
            id="no-event",
        ),
        pytest.param(
            {"url": "https://x.io", "height": 600, "waitForEvent": {**WAIT, "isEnabled": False}},
            {
                "url": "https://x.io",
                "height": 600,
                "waitForEvent": {**WAIT, "isEnabled": False, "name": "quiz-done"},
            },
            False,
            id="event-disabled",
        ),
        pytest.param(
            {"url": "https://x.io", "waitForEvent": WAIT},
            {"url": "https://x.io", "waitForEvent": {**WAIT, "name": "quiz-done"}},
            True,
            id="waits-for-event",
        ),
    ],
)
async def test_message(content: dict[str, Any], expected: dict[str, Any], pause: bool) -> None:
    result = await execute(block(content), make_context(DOC, variables={"Page": "quiz"}))
    assert result.messages == [{"id": "b1", "type": "embed", "content": expected}]
    assert result.pause is pause


async def test_no_url_neither_message_nor_pause() -> None:
    result = await execute(block({"waitForEvent": WAIT}), make_context(DOC))
    assert result.messages == []
    assert result.pause is False


@pytest.mark.parametrize(
    ("wait_for_event", "saved"),
    [
        pytest.param(WAIT, '{"score":3}', id="saved"),
        pytest.param({**WAIT, "isEnabled": False}, None, id="not-waiting"),
        pytest.param({"isEnabled": True}, None, id="no-variable"),
    ],
)
async def test_event_reply(wait_for_event: dict[str, Any], saved: str | None) -> None:
    ctx = make_context(DOC)
    embed = block({"url": "https://x.io", "waitForEvent": wait_for_event})
    await apply_event_reply(embed, Reply(text='{"score":3}'), ctx)
    assert ctx.value_of("v-data") == saved


async def test_registered_runners() -> None:
    assert SPEC.execute is not None
    assert SPEC.resume is not None
    ctx = make_context(DOC)
    embed = block({"url": "https://x.io", "waitForEvent": WAIT})
    assert (await SPEC.execute(embed, ctx)).pause is True
    await SPEC.resume(embed, Reply(text="ok"), ctx)
    assert ctx.value_of("v-data") == "ok"
