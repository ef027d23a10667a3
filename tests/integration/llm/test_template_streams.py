"""The AI assistant starter bot (``botloom.templates``) streams its answer once an OpenAI account
is connected; its own bot test cannot, having no account (docs/templates.md)."""

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.templates.catalogue import load_template
from tests.integration.llm.bots import add_credentials, publish
from tests.integration.llm.fake_llm import FakeLlmServer, Reply
from tests.integration.llm.streaming import STREAM_ACTION, pieces, texts
from tests.support.factories import make_member


async def test_the_ai_assistant_template_streams_then_asks_again(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer
) -> None:
    fake_llm.script(Reply(chunks=["We open ", "at nine."]))
    member = await make_member(db)
    credentials = await add_credentials(
        db, member, "openai", {"apiKey": "sk-test", "baseUrl": fake_llm.base_url}
    )
    document = load_template("ai-assistant")
    (llm,) = [b for g in document["groups"] for b in g["blocks"] if b["type"] == "openai"]
    llm["options"]["credentialsId"] = credentials
    await publish(db, member, document, "ai-template")

    start = await chat.post(
        "/api/v1/typebots/ai-template/startChat", json={"isStreamEnabled": True}
    )
    session = start.json()["sessionId"]
    turn = await chat.post(
        f"/api/v1/sessions/{session}/continueChat", json={"message": "When do you open?"}
    )
    assert turn.json()["clientSideActions"] == [STREAM_ACTION]

    streamed = await chat.post(f"/api/v2/sessions/{session}/streamMessage", json={})
    assert pieces(streamed.text.splitlines()) == ["We open ", "at nine."]
    (call,) = fake_llm.chat_calls()
    assert call.body["messages"][-1] == {"role": "user", "content": "When do you open?"}

    after = (await chat.post(f"/api/v1/sessions/{session}/continueChat", json={})).json()
    assert texts(after) == ["Anything else?"], "the answer was shown by the stream"
    assert after["input"]["type"] == "text input"
