"""The chat response models: the routes' dicts go through them byte for byte, and every turn
the engine makes fits them."""

import itertools
from datetime import UTC, datetime
from typing import Any

import pytest
from pydantic import BaseModel, TypeAdapter

from botloom.channels.web.responses import (
    ContinueChatResponse,
    StartChatResponse,
    continue_chat_response,
    start_chat_response,
)
from botloom.domain.chat.service import ChatTurn
from botloom.engine.bot import Bot
from botloom.engine.ports import Ports
from botloom.engine.runtime import LogRecord, Reply
from botloom.engine.testing import GC, edge, group, text
from botloom.engine.walker import StartOptions, continue_chat, start_chat
from botloom.schema.document import TypebotDocument

_AS_BEFORE = TypeAdapter(dict[str, Any])
"""How the routes wrote their dicts before they had response models."""


def _bot() -> Bot:
    """Text, an image, a client action, an input with a prefilled value, a themed avatar."""
    document = {
        "version": "6.1",
        "events": [
            {"id": "start", "type": "start", "outgoingEdgeId": "e0", "graphCoordinates": GC}
        ],
        "variables": [{"id": "vname", "name": "Name"}, {"id": "vavatar", "name": "Avatar"}],
        "groups": [
            group(
                "g1",
                text("b1", "Hello {{Name}}"),
                {"id": "b2", "type": "image", "content": {"url": "https://img.example/a.png"}},
                {"id": "b3", "type": "Redirect", "options": {"url": "https://example.com"}},
                {"id": "b4", "type": "text input", "options": {"variableId": "vname"}},
                {
                    "id": "b5",
                    "type": "email input",
                    "options": {"labels": {"placeholder": "Mail?"}},
                },
            )
        ],
        "edges": [edge("e0", "g1")],
        "theme": {
            "chat": {"hostAvatar": {"isEnabled": True, "url": "{{Avatar}}"}},
            "general": {"progressBar": {"isEnabled": True}},
        },
        "settings": {"general": {"isBrandingEnabled": False}},
    }
    return Bot(
        version_id="v1",
        typebot_id="t1",
        document=TypebotDocument.model_validate(document),
        published_at="2026-11-25T10:00:00.000Z",
    )


def _ports() -> Ports:
    ids = itertools.count(1)
    return Ports(
        load_bot=lambda _typebot_id: _none(),
        now=lambda: datetime(2026, 1, 1, tzinfo=UTC),
        new_id=lambda: f"new{next(ids)}",
        random=lambda: 0.5,
    )


async def _none() -> None:
    return None


def _as_route_writes(model: type[BaseModel], body: dict[str, Any]) -> bytes:
    """What FastAPI writes for ``body`` with this response model and ``exclude_unset``."""
    adapter = TypeAdapter(model)
    return adapter.dump_json(adapter.validate_python(body), by_alias=True, exclude_unset=True)


@pytest.mark.parametrize("text_format", ["richText", "markdown"])
async def test_turns_are_written_as_the_dicts_were(text_format: str) -> None:
    bot = _bot()
    options = StartOptions(
        result_id="r1",
        prefilled_variables={"Name": "Ada", "Avatar": "https://img.example/me.png"},
        text_format=text_format,
        is_preview=True,
    )
    start = await start_chat(bot, _ports(), options)
    start.logs = [LogRecord(result_id="r1", status="error", description="x", details="y").to_json()]
    start_turn = ChatTurn(outcome=start, session_id="s1", bot=bot, result_id="r1")
    start_body = start_chat_response(start_turn)
    assert {"sessionId", "typebot", "resultId", "clientSideActions", "logs"} <= set(start_body)
    assert {"input", "progress", "dynamicTheme"} <= set(start_body)
    assert start_body["typebot"]["publishedAt"]
    written = _as_route_writes(StartChatResponse, start_body)
    assert written == _AS_BEFORE.dump_json(start_body)

    reply = await continue_chat(start.state, {bot.version_id: bot}, _ports(), Reply(text="Grace"))
    continue_body = continue_chat_response(ChatTurn(outcome=reply, session_id="s1", bot=bot))
    assert continue_body["input"]["type"] == "email input"
    written = _as_route_writes(ContinueChatResponse, continue_body)
    assert written == _AS_BEFORE.dump_json(continue_body)


async def test_a_last_turn_has_only_its_messages() -> None:
    bot = Bot(
        version_id="v1",
        typebot_id="t1",
        document=TypebotDocument.model_validate(
            {
                "version": "6.1",
                "events": [
                    {"id": "start", "type": "start", "outgoingEdgeId": "e0", "graphCoordinates": GC}
                ],
                "groups": [group("g1", text("b1", "Bye"))],
                "edges": [edge("e0", "g1")],
            }
        ),
    )
    outcome = await start_chat(bot, _ports(), StartOptions(result_id=None))
    body = start_chat_response(ChatTurn(outcome=outcome, session_id="s1", bot=bot))
    written = _as_route_writes(StartChatResponse, body)
    assert written == _AS_BEFORE.dump_json(body)
    assert b"null" not in written


async def test_a_live_start_injects_the_bots_head_code_and_tag_manager() -> None:
    head_code = '<script>window.headCode = "ran"</script>'
    document = TypebotDocument.model_validate(
        {
            "version": "6.1",
            "events": [
                {"id": "start", "type": "start", "outgoingEdgeId": "e0", "graphCoordinates": GC}
            ],
            "groups": [group("g1", text("b1", "Hi"))],
            "edges": [edge("e0", "g1")],
            "settings": {"metadata": {"customHeadCode": head_code, "googleTagManagerId": "GTM-X1"}},
        }
    )
    bot = Bot(version_id="v1", typebot_id="t1", document=document)
    live = await start_chat(bot, _ports(), StartOptions(result_id=None))
    body = start_chat_response(ChatTurn(outcome=live, session_id="s1", bot=bot))
    assert body["clientSideActions"][0] == {
        "type": "startPropsToInject",
        "startPropsToInject": {"customHeadCode": head_code, "gtmId": "GTM-X1"},
    }
    assert _as_route_writes(StartChatResponse, body) == _AS_BEFORE.dump_json(body)

    preview = await start_chat(bot, _ports(), StartOptions(result_id=None, is_preview=True))
    preview_body = start_chat_response(ChatTurn(outcome=preview, session_id="s2", bot=bot))
    assert "clientSideActions" not in preview_body
