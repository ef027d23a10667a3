"""Forge blocks run plugins with the workspace's decrypted credentials; problems are logs."""

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.credentials.vault import Vault
from botloom.integrations.plugins.base import Action, ActionContext, Integration, IntegrationError
from botloom.integrations.plugins.registry import REGISTRY
from botloom.schema.model import DocModel
from botloom.store.models import Credentials
from tests.integration.integrations.bots import looping_bot
from tests.integration.integrations.chat import Chat, publish, texts
from tests.integration.integrations.conftest import SECRET
from tests.support.factories import Member, make_member

API_KEY = "sk-test-4f1a9b77c0de"


class EchoCredentials(DocModel):
    api_key: str


class EchoOptions(DocModel):
    text: str
    response_variable_id: str | None = None


async def echo(ctx: ActionContext[EchoOptions, EchoCredentials]) -> None:
    if ctx.options.text == "fail":
        raise IntegrationError("Echo refused", "the text was 'fail'")
    if ctx.options.text == "crash":
        raise RuntimeError("unexpected")
    previous = ctx.get_variable(ctx.options.response_variable_id) or "nothing"
    ctx.set_variable(
        ctx.options.response_variable_id,
        f"{ctx.options.text} (key ...{ctx.credentials.api_key[-4:]}, before: {previous})",
    )
    ctx.log("Echoed", status="success")


ECHO = Integration(
    id="botloom-echo",
    name="Echo",
    credentials_model=EchoCredentials,
    actions=(Action(name="Echo text", options_model=EchoOptions, run=echo),),
)


@pytest.fixture(autouse=True)
def echo_plugin() -> Iterator[Integration]:
    with REGISTRY.registered(ECHO) as integration:
        yield integration


async def _credentials(db: AsyncSession, member: Member, type_: str = "botloom-echo") -> str:
    sealed = Vault(SECRET).seal({"apiKey": API_KEY})
    row = Credentials(
        workspace_id=member.workspace.id, type=type_, name="Key", data=sealed.data, iv=sealed.iv
    )
    db.add(row)
    await db.commit()
    return row.id


def forge_block(block_type: str = "botloom-echo", **options: Any) -> dict[str, Any]:
    return {"id": "b3", "type": block_type, "options": {"action": "Echo text", **options}}


async def _run(
    api: httpx.AsyncClient, db: AsyncSession, member: Member, block: dict[str, Any], public_id: str
) -> tuple[list[str], Chat]:
    await publish(db, member, looping_bot(block, after="Out: {{Out}}"), public_id)
    chat = Chat(api, public_id)
    await chat.start()
    return texts(await chat.say("ada")), chat


async def test_an_action_gets_decrypted_credentials_and_sets_variables(
    api: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    credentials_id = await _credentials(db, member)
    block = forge_block(credentialsId=credentials_id, text="Hi {{Name}}", responseVariableId="vout")
    replies, chat = await _run(api, db, member, block, "echo")
    assert replies == ["Out: Hi ada (key ...c0de, before: nothing)"]
    second = texts(await chat.say("bob"))
    assert second == ["Out: Hi bob (key ...c0de, before: Hi ada (key ...c0de, before: nothing))"]
    assert [log[:2] for log in await chat.logs(db)] == [("success", "Echoed")] * 2


@pytest.mark.parametrize(
    ("case", "description", "detail"),
    [
        ("invalid options", "Echo: invalid options", "text: Field required"),
        ("no credentials", "Echo: no credentials selected", None),
        ("other workspace", "Credentials not found", None),
        ("wrong type", "Credentials not found", None),
        ("integration error", "Echo refused", "the text was 'fail'"),
        ("crash", "Echo: Echo text failed", "unexpected"),
        ("unknown action", "Integration not available: botloom-echo / Nope", None),
        ("unknown integration", "Integration not available: botloom-missing", None),
    ],
)
async def test_problems_end_the_block_with_a_log_and_the_chat_goes_on(
    api: httpx.AsyncClient,
    db: AsyncSession,
    case: str,
    description: str,
    detail: str | None,
) -> None:
    member = await make_member(db)
    own = await _credentials(db, member)
    options: dict[str, Any] = {"credentialsId": own, "text": "x", "responseVariableId": "vout"}
    block_type = "botloom-echo"
    if case == "invalid options":
        del options["text"]
    elif case == "no credentials":
        del options["credentialsId"]
    elif case == "other workspace":
        options["credentialsId"] = await _credentials(db, await make_member(db))
    elif case == "wrong type":
        options["credentialsId"] = await _credentials(db, member, type_="openai")
    elif case == "integration error":
        options["text"] = "fail"
    elif case == "crash":
        options["text"] = "crash"
    elif case == "unknown action":
        options["action"] = "Nope"
    elif case == "unknown integration":
        block_type = "botloom-missing"
    block = forge_block(block_type, **options)
    replies, chat = await _run(api, db, member, block, "echo-problem")
    assert replies == ["Out: "]
    [(status, logged, details)] = await chat.logs(db)
    assert (status, logged) == ("error", description)
    if detail is not None:
        assert details is not None
        assert detail in details
    assert API_KEY not in str(details)
