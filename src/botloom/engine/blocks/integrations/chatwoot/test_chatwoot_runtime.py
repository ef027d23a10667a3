"""Tests of the Chatwoot block's runner."""

from typing import Any

import pytest

from botloom.engine.blocks.integrations.chatwoot.execute import (
    CLOSE_WIDGET_SCRIPT,
    SHOW_WIDGET_SCRIPT,
    execute,
)
from botloom.engine.blocks.integrations.chatwoot.schema import ChatwootBlock
from botloom.engine.blocks.testing import make_context

DOCUMENT = {"variables": [{"id": "v_e", "name": "Email"}, {"id": "v_n", "name": "Name"}]}


def show_script(base_url: str, token: str, user: str) -> str:
    return SHOW_WIDGET_SCRIPT % {"base_url": base_url, "website_token": token, "user": user}


@pytest.mark.parametrize(
    ("options", "content"),
    [
        (
            {"websiteToken": "tok"},
            show_script('"https://app.chatwoot.com"', '"tok"', "{}"),
        ),
        (
            {
                "baseUrl": "https://chat.example.com/",
                "websiteToken": 't"k',
                "user": {
                    "email": "{{Email}}",
                    "name": "{{Name}}",
                    "avatarUrl": "",
                    "phoneNumber": "+1",
                },
            },
            show_script(
                '"https://chat.example.com"',
                '"t\\"k"',
                '{"email":"a@b.c","name":"Ann","phone_number":"+1"}',
            ),
        ),
        ({"task": "Close widget", "websiteToken": "tok"}, CLOSE_WIDGET_SCRIPT),
    ],
)
async def test_chatwoot_action(options: dict[str, Any], content: str) -> None:
    ctx = make_context(DOCUMENT, variables={"Email": "a@b.c", "Name": "Ann"})
    block = ChatwootBlock.model_validate({"id": "b", "type": "Chatwoot", "options": options})
    result = await execute(block, ctx)
    assert result.client_side_actions == [
        {"type": "chatwoot", "chatwoot": {"scriptToExecute": {"content": content, "args": []}}}
    ]
    assert not result.pause


def test_show_script_embeds_the_settings() -> None:
    script = show_script('"https://x"', '"tok"', '{"id":"1"}')
    assert 'const baseUrl = "https://x";' in script
    assert 'const user = {"id":"1"};' in script
    assert 'window.chatwootSDK.run({ websiteToken: "tok", baseUrl })' in script


async def test_preview_skips_the_widget() -> None:
    ctx = make_context(DOCUMENT, preview=True)
    block = ChatwootBlock.model_validate({"id": "b", "type": "Chatwoot"})
    result = await execute(block, ctx)
    assert result.client_side_actions == []
    assert [(log.status, log.description) for log in ctx.logs] == [
        ("info", "Chatwoot block is not supported in preview")
    ]
