"""Through the chat API, on a server with small JavaScript caps (``conftest.py``): a script
past a cap fails as any throwing script does (logged, or its error saved) and the chat goes on."""

import json
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.ids import new_id
from botloom.scenarios.runner import plain_text
from botloom.store.models import Log
from tests.integration.http.bots import calling_bot, result_logs
from tests.integration.js.conftest import APP_FETCH_MAX_BYTES, APP_MESSAGE_MAX_BYTES, BodyServer
from tests.support.factories import make_member
from tests.support.publishing import publisher


async def _chat(
    client: httpx.AsyncClient, db: AsyncSession, block: dict[str, Any], reply: str
) -> tuple[list[str], list[Log]]:
    """Publish a bot around ``block``, answer its name question with ``reply``: the texts of
    the answer and the result's logs."""
    public_id = f"js-{new_id()}"
    await publisher(db, await make_member(db))(calling_bot(block), public_id, None)
    start = await client.post(f"/api/v1/typebots/{public_id}/startChat", json={})
    assert start.status_code == 200, start.text
    answer = await client.post(
        f"/api/v1/sessions/{start.json()['sessionId']}/continueChat", json={"message": reply}
    )
    assert answer.status_code == 200, answer.text
    texts = [plain_text(m) for m in answer.json()["messages"] if m["type"] == "text"]
    return texts, await result_logs(db, start.json()["resultId"])


def _script(content: str) -> dict[str, Any]:
    return {
        "id": "b3",
        "type": "Code",
        "options": {"content": content, "isExecutedOnClient": False},
    }


async def test_a_script_setting_a_huge_variable_is_logged_and_the_chat_goes_on(
    chat_client: httpx.AsyncClient, db: AsyncSession
) -> None:
    script = _script("setVariable('Status', 'ok'); setVariable('Out', 'é'.repeat(20000));")
    texts, logs = await _chat(chat_client, db, script, "Ada")
    assert texts[-1] == "Status= Out="
    assert [(log.status, log.description) for log in logs] == [("error", "Script block failed")]
    assert f"more than the limit of {APP_MESSAGE_MAX_BYTES}" in (logs[0].details or "")


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
    texts, _ = await _chat(chat_client, db, block, "x" * APP_MESSAGE_MAX_BYTES)
    assert texts[-1].startswith("Status=the script with its variables is too large")


async def test_fetches_past_the_turns_budget_are_rejected(
    chat_client: httpx.AsyncClient, db: AsyncSession, body_server: BodyServer
) -> None:
    url = json.dumps(body_server.url(f"/bytes?n={APP_FETCH_MAX_BYTES // 2 + 1}"))
    script = _script(
        f"const first = await fetch({url});"
        f"const second = await fetch({url}).catch((error) => error.message);"
        "setVariable('Status', first.length); setVariable('Out', second);"
    )
    texts, _ = await _chat(chat_client, db, script, "Ada")
    assert texts[-1] == (
        f"Status={APP_FETCH_MAX_BYTES // 2 + 1} Out=fetch failed: responses of this turn went "
        f"past the limit of {APP_FETCH_MAX_BYTES} bytes"
    )
