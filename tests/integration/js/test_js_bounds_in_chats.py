"""Through the chat API, on a server with small JavaScript caps (``conftest.py``): a script
past a cap fails as any throwing script does (logged, or its error saved) and the chat goes on."""

import json

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from tests.integration.http.test_http_request_block import chat_through
from tests.integration.http.test_script_fetch import server_script
from tests.integration.js.conftest import APP_FETCH_MAX_BYTES, APP_MESSAGE_MAX_BYTES, BodyServer


async def test_a_script_setting_a_huge_variable_is_logged_and_the_chat_goes_on(
    chat_client: httpx.AsyncClient, db: AsyncSession
) -> None:
    script = server_script("setVariable('Status', 'ok'); setVariable('Out', 'é'.repeat(40000));")
    chat = await chat_through(chat_client, db, script, "Ada")
    assert chat.texts[-1] == "Status= Out="
    assert [(log.status, log.description) for log in chat.logs] == [
        ("error", "Script block failed")
    ]
    assert f"more than the limit of {APP_MESSAGE_MAX_BYTES}" in (chat.logs[0].details or "")


async def test_code_on_a_huge_reply_saves_its_error_and_the_chat_goes_on(
    chat_client: httpx.AsyncClient, db: AsyncSession
) -> None:
    block = {
        "id": "b3",
        "type": "Set variable",
        "options": {
            "variableId": "vout",
            "expressionToEvaluate": "{{Name}}.length",
            "isCode": True,
            "saveErrorInVariableId": "vstatus",
        },
    }
    chat = await chat_through(chat_client, db, block, "x" * APP_MESSAGE_MAX_BYTES)
    assert chat.texts[-1].startswith("Status=the script with its variables is too large")


async def test_fetches_past_the_turns_budget_are_rejected(
    chat_client: httpx.AsyncClient, db: AsyncSession, body_server: BodyServer
) -> None:
    url = json.dumps(body_server.url(f"/bytes?n={APP_FETCH_MAX_BYTES // 2 + 1}"))
    script = server_script(
        f"const first = await fetch({url});"
        f"const second = await fetch({url}).catch((error) => error.message);"
        "setVariable('Status', first.length); setVariable('Out', second);"
    )
    chat = await chat_through(chat_client, db, script, "Ada")
    assert chat.texts[-1] == (
        f"Status={APP_FETCH_MAX_BYTES // 2 + 1} Out=fetch failed: responses of this turn went "
        f"past the limit of {APP_FETCH_MAX_BYTES} bytes"
    )
