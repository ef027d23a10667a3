"""AI blocks' JavaScript functions in real chats: the model (the fake provider) asks for a
function, the server runs its code in the sandbox, sends the result back and the final answer
comes out, during the turn or streamed through ``streamMessage``."""

import asyncio
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.integrations.llm.types import MAX_TOOL_ROUNDS
from botloom.store.models import Log, Result
from tests.integration.llm.bots import VARIABLES, add_credentials, ai_bot, chat_block, publish
from tests.integration.llm.fake_llm import FakeLlmServer, Reply
from tests.integration.llm.streaming import pieces, texts
from tests.support.bots import text_block, text_input, two_group_bot
from tests.support.factories import make_member

ADD = {
    "type": "function",
    "name": "add",
    "description": "Adds two numbers",
    "parameters": [
        {"type": "number", "name": "a", "required": True},
        {"type": "number", "name": "b", "required": True, "description": "The other one"},
    ],
    "code": 'setVariable("History", "asked about " + {{Question}});\nreturn a + b;',
}
ADD_SCHEMA = {
    "type": "object",
    "properties": {
        "a": {"type": "number"},
        "b": {"type": "number", "description": "The other one"},
    },
    "required": ["a", "b"],
}
"""What the model is told of ``ADD``'s arguments."""
SHOWN = [text_block("shown", "{{Answer}} / {{History}}")]


async def _bot(
    db: AsyncSession, fake: FakeLlmServer, public_id: str, block: dict[str, Any]
) -> None:
    member = await make_member(db)
    credentials = await add_credentials(
        db, member, block["type"], {"apiKey": "sk-test", "baseUrl": fake.base_url}
    )
    block["options"]["credentialsId"] = credentials
    after = SHOWN if block["id"] == "ai" else [text_block("shown", "{{Answer}}")]
    await publish(db, member, ai_bot(block, after=after), public_id)


async def _turn(
    chat: httpx.AsyncClient, public_id: str, question: str, *, stream: bool = False
) -> dict[str, Any]:
    start = await chat.post(
        f"/api/v1/typebots/{public_id}/startChat", json={"isStreamEnabled": stream}
    )
    assert start.status_code == 200, start.text
    reply = await chat.post(
        f"/api/v1/sessions/{start.json()['sessionId']}/continueChat", json={"message": question}
    )
    assert reply.status_code == 200, reply.text
    return reply.json() | {
        "sessionId": start.json()["sessionId"],
        "resultId": start.json()["resultId"],
    }


async def _logs(db: AsyncSession, result_id: str) -> list[tuple[str, str | None]]:
    rows = (await db.scalars(select(Log).where(Log.result_id == result_id))).all()
    return [(row.description, row.details) for row in rows]


async def _variables(db: AsyncSession, result_id: str) -> dict[str, Any]:
    result = await db.get(Result, result_id)
    assert result is not None
    await db.refresh(result)
    return {v["name"]: v["value"] for v in result.variables}


def _tools_block(*functions: dict[str, Any], block_type: str = "openai") -> dict[str, Any]:
    action = "Create Chat Message" if block_type == "anthropic" else "Create chat completion"
    return chat_block(block_type, None, action=action, tools=[{"type": "function"}, *functions])


async def test_a_chat_completion_runs_the_function_the_model_asks_for(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer
) -> None:
    await _bot(db, fake_llm, "tools", _tools_block(ADD))
    fake_llm.script(
        Reply(tool_calls=[("add", {"a": 2, "b": 3})], prompt_tokens=10, completion_tokens=1),
        Reply(chunks=["Five"], prompt_tokens=20, completion_tokens=2),
    )
    body = await _turn(chat, "tools", "2+3?")
    assert texts(body) == ["Five / asked about 2+3?", "Tokens: 33"]
    first, second = fake_llm.chat_calls()
    assert first.body["tools"] == [
        {
            "type": "function",
            "function": {
                "name": "add",
                "description": "Adds two numbers",
                "parameters": ADD_SCHEMA,
            },
        }
    ]
    asked, answered = second.body["messages"][-2:]
    assert asked["role"] == "assistant"
    assert asked["tool_calls"][0]["function"] == {"name": "add", "arguments": '{"a": 2, "b": 3}'}
    assert answered == {"role": "tool", "tool_call_id": "call_0", "content": "5"}
    assert await _logs(db, body["resultId"]) == []


async def test_functions_run_between_streamed_pieces(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer
) -> None:
    await _bot(db, fake_llm, "toolstream", _tools_block(ADD))
    fake_llm.script(
        Reply(tool_calls=[("add", {"a": 1, "b": 1}), ("add", {"a": 2, "b": 2})]),
        Reply(chunks=["Two", " and four"]),
    )
    turn = await _turn(chat, "toolstream", "sums", stream=True)
    assert turn["clientSideActions"][0]["type"] == "stream"
    streamed = await chat.post(f"/api/v2/sessions/{turn['sessionId']}/streamMessage", json={})
    assert streamed.status_code == 200
    assert pieces(streamed.text.splitlines()) == ["Two", " and four"]
    _first, second = fake_llm.chat_calls()
    assert second.body["stream"] is True
    results = [m for m in second.body["messages"] if m["role"] == "tool"]
    assert results == [
        {"role": "tool", "tool_call_id": "call_0", "content": "2"},
        {"role": "tool", "tool_call_id": "call_1", "content": "4"},
    ]
    after = await chat.post(
        f"/api/v1/sessions/{turn['sessionId']}/continueChat", json={"message": "Two and four"}
    )
    assert texts(after.json()) == ["Tokens: 24"]
    values = await _variables(db, turn["resultId"])
    assert values["History"] == "asked about sums", "setVariable of the code is kept"


async def test_functions_run_in_the_sandbox_the_turn_already_uses(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer
) -> None:
    member = await make_member(db)
    credentials = await add_credentials(
        db, member, "openai", {"apiKey": "sk-test", "baseUrl": fake_llm.base_url}
    )
    block = _tools_block(ADD)
    block["options"]["credentialsId"] = credentials
    code_first = {
        "id": "set",
        "type": "Set variable",
        "options": {"variableId": "vtokens", "expressionToEvaluate": "'set ' + 'by code'"},
    }
    document = two_group_bot(
        "AI",
        VARIABLES,
        first=("Ask", [text_input("ask", "vq", "e1")]),
        second=("Answer", [code_first, block, text_block("shown", "{{Answer}}")]),
    )
    await publish(db, member, document, "shared-js")
    fake_llm.script(Reply(tool_calls=[("add", {"a": 2, "b": 2})]), Reply(chunks=["Four"]))
    async with asyncio.timeout(10):
        body = await _turn(chat, "shared-js", "2+2?")
    assert texts(body) == ["Four"]
    results = [m for m in fake_llm.chat_calls()[1].body["messages"] if m["role"] == "tool"]
    assert results[0]["content"] == "4"


@pytest.mark.parametrize("stream", [False, True])
async def test_anthropic_runs_functions_too(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer, stream: bool
) -> None:
    await _bot(db, fake_llm, "claude", _tools_block(ADD, block_type="anthropic"))
    fake_llm.script(
        Reply(tool_calls=[("add", {"a": 20, "b": 22})], prompt_tokens=4, completion_tokens=1),
        Reply(chunks=["Forty", "-two"], prompt_tokens=6, completion_tokens=2),
    )
    turn = await _turn(chat, "claude", "20+22?", stream=stream)
    if stream:
        streamed = await chat.post(f"/api/v2/sessions/{turn['sessionId']}/streamMessage", json={})
        assert pieces(streamed.text.splitlines()) == ["Forty", "-two"]
        after = await chat.post(
            f"/api/v1/sessions/{turn['sessionId']}/continueChat", json={"message": "Forty-two"}
        )
        assert texts(after.json()) == ["Tokens: 13"]
    else:
        assert texts(turn) == ["Forty-two / asked about 20+22?", "Tokens: 13"]
    first, second = fake_llm.chat_calls()
    assert first.body["tools"] == [
        {"name": "add", "description": "Adds two numbers", "input_schema": ADD_SCHEMA}
    ]
    asked, answered = second.body["messages"][-2:]
    assert asked == {
        "role": "assistant",
        "content": [
            {"type": "tool_use", "id": "toolu_0", "name": "add", "input": {"a": 20, "b": 22}}
        ],
    }
    assert answered == {
        "role": "user",
        "content": [{"type": "tool_result", "tool_use_id": "toolu_0", "content": "42"}],
    }


async def test_a_failing_function_tells_the_model_and_leaves_a_log(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer
) -> None:
    broken = ADD | {"code": "throw new Error('no calculator today')"}
    await _bot(db, fake_llm, "broken", _tools_block(broken))
    fake_llm.script(
        Reply(tool_calls=[("add", {"a": 1, "b": 2}), ("divide", {"a": 1})]),
        Reply(chunks=["Sorry"]),
    )
    body = await _turn(chat, "broken", "1+2?")
    assert texts(body)[0] == "Sorry / "
    results = [
        m["content"] for m in fake_llm.chat_calls()[1].body["messages"] if m["role"] == "tool"
    ]
    assert results == [
        "Error: Error: no calculator today",
        "Error: there is no function named 'divide'",
    ]
    assert await _logs(db, body["resultId"]) == [
        ("Function add failed", "Error: no calculator today"),
        ("Function divide failed", "there is no function named 'divide'"),
    ]


async def test_a_model_that_keeps_asking_for_functions_is_stopped(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer
) -> None:
    await _bot(db, fake_llm, "loop", _tools_block(ADD))
    fake_llm.script(*[Reply(tool_calls=[("add", {"a": 1, "b": 1})])] * (MAX_TOOL_ROUNDS + 1))
    body = await _turn(chat, "loop", "forever")
    assert body["input"]["id"] == "again", "the chat goes on"
    assert len(fake_llm.chat_calls()) == MAX_TOOL_ROUNDS + 1
    stopped = f"The model asked for functions {MAX_TOOL_ROUNDS} times in a row; stopped there"
    assert await _logs(db, body["resultId"]) == [(f"OpenAI: {stopped}", None)]


def _ask_model_block(**options: Any) -> dict[str, Any]:
    return {
        "id": "model",
        "type": "openai",
        "options": {
            "action": "Ask Model",
            "model": "gpt-test",
            "message": "{{Question}}",
            "instructions": "Answer in one word",
            "responseIdVariableId": "vhistory",
            "webSearchEnabled": True,
            "functions": [{k: v for k, v in ADD.items() if k != "type"}],
            "responseMapping": [
                {"variableId": "vanswer"},
                {"item": "Response ID", "variableId": "vtokens"},
            ],
        }
        | options,
    }


def _responses_calls(fake: FakeLlmServer) -> list[dict[str, Any]]:
    return [c.body for c in fake.calls if c.path == "/v1/responses"]


async def test_ask_model_calls_the_responses_api_and_carries_the_conversation_on(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer
) -> None:
    await _bot(db, fake_llm, "model", _ask_model_block())
    fake_llm.script(
        Reply(tool_calls=[("add", {"a": 2, "b": 3})]),
        Reply(chunks=["Fi", "ve"]),
        Reply(chunks=["Bye"]),
    )
    body = await _turn(chat, "model", "2+3?")
    assert texts(body) == ["Five", "Tokens: resp_2"]
    again = await chat.post(
        f"/api/v1/sessions/{body['sessionId']}/continueChat", json={"message": "Thanks"}
    )
    assert texts(again.json()) == ["Bye", "Tokens: resp_3"]

    first, second, third = _responses_calls(fake_llm)
    assert first["model"] == "gpt-test"
    assert first["stream"] is True
    assert first["instructions"] == "Answer in one word"
    assert first["input"] == [{"role": "user", "content": "2+3?"}]
    assert "previous_response_id" not in first
    assert first["tools"] == [
        {"type": "web_search"},
        {
            "type": "function",
            "name": "add",
            "description": "Adds two numbers",
            "parameters": ADD_SCHEMA,
        },
    ]
    assert second["previous_response_id"] == "resp_1"
    assert second["input"] == [{"type": "function_call_output", "call_id": "call_0", "output": "5"}]
    assert third["previous_response_id"] == "resp_2"
    assert third["input"] == [{"role": "user", "content": "Thanks"}]
    assert await _logs(db, body["resultId"]) == []


async def test_ask_model_streams_through_stream_message(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer
) -> None:
    await _bot(db, fake_llm, "modelstream", _ask_model_block())
    fake_llm.script(Reply(tool_calls=[("add", {"a": 1, "b": 1})]), Reply(chunks=["Tw", "o"]))
    turn = await _turn(chat, "modelstream", "1+1?", stream=True)
    assert turn["clientSideActions"][0]["type"] == "stream"
    assert _responses_calls(fake_llm) == []
    streamed = await chat.post(f"/api/v2/sessions/{turn['sessionId']}/streamMessage", json={})
    assert pieces(streamed.text.splitlines()) == ["Tw", "o"]
    after = await chat.post(
        f"/api/v1/sessions/{turn['sessionId']}/continueChat", json={"message": "Two"}
    )
    assert texts(after.json()) == ["Tokens: resp_2"]
    values = await _variables(db, turn["resultId"])
    assert values["History"] == "resp_2"
    assert values["Answer"] == "Two"


async def test_ask_model_failing_leaves_a_log(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer
) -> None:
    await _bot(db, fake_llm, "modelfail", _ask_model_block())
    fake_llm.script(Reply(status=429, error="Rate limit reached"))
    body = await _turn(chat, "modelfail", "Hi")
    assert body["input"]["id"] == "again"
    assert await _logs(db, body["resultId"]) == [
        ("OpenAI: The provider answered HTTP 429", "Rate limit reached")
    ]


def _assistant_block() -> dict[str, Any]:
    return {
        "id": "assistant",
        "type": "openai",
        "options": {
            "action": "Ask Assistant",
            "assistantId": "asst_1",
            "threadVariableId": "vhistory",
            "message": "{{Question}}",
            "additionalInstructions": "Be nice",
            "functions": [{"name": "add", "code": ADD["code"]}],
            "responseMapping": [{"item": "Message", "variableId": "vanswer"}],
        },
    }


async def test_assistant_functions_run_and_their_outputs_are_submitted(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer
) -> None:
    await _bot(db, fake_llm, "assistant", _assistant_block())
    fake_llm.script(Reply(tool_calls=[("add", {"a": 4, "b": 5})]), Reply(chunks=["Nine"]))
    body = await _turn(chat, "assistant", "4+5?")
    assert texts(body)[0] == "Nine"
    run, submitted = [c for c in fake_llm.calls if "/runs" in c.path]
    assert run.path == "/v1/threads/thread_1/runs"
    assert run.body["additional_instructions"] == "Be nice"
    assert submitted.path == "/v1/threads/thread_1/runs/run_1/submit_tool_outputs"
    assert submitted.body == {
        "tool_outputs": [{"tool_call_id": "call_0", "output": "9"}],
        "stream": True,
    }
    assert submitted.headers["OpenAI-Beta"] == "assistants=v2"


async def test_assistant_functions_while_streaming(
    chat: httpx.AsyncClient, db: AsyncSession, fake_llm: FakeLlmServer
) -> None:
    await _bot(db, fake_llm, "assistantstream", _assistant_block())
    fake_llm.script(
        Reply(tool_calls=[("add", {"a": 4, "b": 5}), ("unknown", {})]),
        Reply(chunks=["Ni", "ne"]),
    )
    turn = await _turn(chat, "assistantstream", "4+5?", stream=True)
    assert turn["clientSideActions"][0]["type"] == "stream"
    streamed = await chat.post(f"/api/v2/sessions/{turn['sessionId']}/streamMessage", json={})
    assert pieces(streamed.text.splitlines()) == ["Ni", "ne"]
    submitted = fake_llm.calls[-1]
    assert submitted.body["tool_outputs"] == [
        {"tool_call_id": "call_0", "output": "9"},
        {"tool_call_id": "call_1", "output": "Error: there is no function named 'unknown'"},
    ]
    await chat.post(f"/api/v1/sessions/{turn['sessionId']}/continueChat", json={"message": "x"})
    assert await _logs(db, turn["resultId"]) == [
        ("Function unknown failed", "there is no function named 'unknown'")
    ]
