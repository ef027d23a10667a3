"""Typebot's "OpenAI assistant chat" template, whose AI loop asks a model through the Responses
API ("Ask Model"), run against the fake OpenAI once its credentials are set, as the template's
own instructions say (its start event connected to the AI loop)."""

import json

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from tests.integration.llm.bots import add_credentials, publish
from tests.integration.llm.fake_llm import FakeLlmServer, Reply
from tests.integration.llm.streaming import texts
from tests.support.compat import compat, compat_bots_dir
from tests.support.factories import make_member

AI_LOOP = "AI loop"


@compat
async def test_the_openai_assistant_chat_template_carries_the_conversation_on(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer
) -> None:
    path = compat_bots_dir() / "templates" / "openai-assistant-chat.json"
    document = json.loads(path.read_text())
    member = await make_member(db)
    credentials = await add_credentials(
        db, member, "openai", {"apiKey": "sk-test", "baseUrl": fake_llm.base_url}
    )
    (loop,) = [g for g in document["groups"] if g["title"] == AI_LOOP]
    (start,) = document["events"]
    (edge,) = [e for e in document["edges"] if e["id"] == start["outgoingEdgeId"]]
    edge["to"] = {"groupId": loop["id"]}
    for block in loop["blocks"]:
        if block["type"] == "openai":
            block["options"]["credentialsId"] = credentials
    await publish(db, member, document, "ask-model")
    fake_llm.script(Reply(chunks=["Hello", "!"]), Reply(chunks=["Still here"]))

    session = (await chat.post("/api/v1/typebots/ask-model/startChat", json={})).json()["sessionId"]
    first = await chat.post(f"/api/v1/sessions/{session}/continueChat", json={"message": "Hi"})
    assert texts(first.json()) == ["Hello!"]
    second = await chat.post(f"/api/v1/sessions/{session}/continueChat", json={"message": "And?"})
    assert texts(second.json()) == ["Still here"]

    asked = [c.body for c in fake_llm.calls if c.path == "/v1/responses"]
    assert [body["input"] for body in asked] == [
        [{"role": "user", "content": "Hi"}],
        [{"role": "user", "content": "And?"}],
    ]
    assert "previous_response_id" not in asked[0]
    assert asked[1]["previous_response_id"] == "resp_1"
    assert {body["model"] for body in asked} == {"gpt-5.4"}
