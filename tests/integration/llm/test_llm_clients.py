"""The provider clients against a fake provider API on loopback: answers, streams, errors,
timeouts."""

import asyncio

import httpx
import pytest

from botloom.integrations.llm.clients import chat_client
from botloom.integrations.llm.openai_compatible import OpenAICompatibleClient
from botloom.integrations.llm.openai_extras import (
    AssistantQuestion,
    ask_assistant,
    create_speech,
    create_transcription,
    new_thread,
)
from botloom.integrations.llm.providers import PROVIDERS
from botloom.integrations.llm.types import (
    ChatClient,
    ChatRequest,
    LlmError,
    LlmMessage,
    StreamEnd,
    TextDelta,
    Usage,
)
from tests.integration.llm.fake_llm import FakeLlmServer, Reply

REQUEST = ChatRequest(
    model="m-1",
    messages=[LlmMessage("system", "Be brief"), LlmMessage("user", "Hi")],
    temperature=0.2,
)
WIRES = ["openai", "anthropic"]


def _client(
    http: httpx.AsyncClient, fake: FakeLlmServer, provider: str, timeout: float = 5
) -> ChatClient:
    return chat_client(
        http,
        PROVIDERS[provider],
        api_key="sk-test",
        timeout=timeout,
        base_url=fake.base_url,
    )


@pytest.mark.parametrize("provider", WIRES)
async def test_complete(http: httpx.AsyncClient, fake_llm: FakeLlmServer, provider: str) -> None:
    fake_llm.script(Reply(chunks=["Hello", " Ada"], prompt_tokens=3, completion_tokens=2))
    completion = await _client(http, fake_llm, provider).complete(REQUEST)
    assert completion.content == "Hello Ada"
    assert completion.usage == Usage(prompt_tokens=3, completion_tokens=2)
    (call,) = fake_llm.chat_calls()
    if provider == "openai":
        assert call.headers["Authorization"] == "Bearer sk-test"
        assert call.body["messages"] == [
            {"role": "system", "content": "Be brief"},
            {"role": "user", "content": "Hi"},
        ]
    else:
        assert call.headers["x-api-key"] == "sk-test"
        assert call.body["system"] == "Be brief"
        assert call.body["messages"] == [{"role": "user", "content": "Hi"}]
        assert call.body["max_tokens"] == 1024
    assert call.body["temperature"] == 0.2


@pytest.mark.parametrize("provider", WIRES)
async def test_stream_yields_each_piece_before_the_next_is_sent(
    http: httpx.AsyncClient, fake_llm: FakeLlmServer, provider: str
) -> None:
    second = asyncio.Event()
    fake_llm.script(Reply(chunks=["One", " two"], gates={1: second}))
    events = _client(http, fake_llm, provider).stream(REQUEST)
    first = await asyncio.wait_for(anext(events), 5)
    assert first == TextDelta("One")
    assert not second.is_set(), "the first piece came before the server sent the second"
    second.set()
    rest = [event async for event in events]
    assert rest == [TextDelta(" two"), StreamEnd(Usage(prompt_tokens=7, completion_tokens=5))]


async def test_openai_stream_asks_for_usage_only_where_it_is_understood(
    http: httpx.AsyncClient, fake_llm: FakeLlmServer
) -> None:
    [e async for e in _client(http, fake_llm, "mistral").stream(REQUEST)]
    [e async for e in _client(http, fake_llm, "openai").stream(REQUEST)]
    mistral, openai = fake_llm.chat_calls()
    assert "stream_options" not in mistral.body
    assert openai.body["stream_options"] == {"include_usage": True}


@pytest.mark.parametrize("provider", WIRES)
async def test_http_errors_carry_the_providers_message(
    http: httpx.AsyncClient, fake_llm: FakeLlmServer, provider: str
) -> None:
    fake_llm.script(Reply(status=429, error="Rate limit reached"), Reply(status=500))
    client = _client(http, fake_llm, provider)
    with pytest.raises(LlmError) as caught:
        await client.complete(REQUEST)
    assert (caught.value.status, caught.value.details) == (429, "Rate limit reached")
    with pytest.raises(LlmError) as streamed:
        [e async for e in client.stream(REQUEST)]
    assert streamed.value.status == 500


@pytest.mark.parametrize("provider", WIRES)
async def test_slow_answers_time_out(
    http: httpx.AsyncClient, fake_llm: FakeLlmServer, provider: str
) -> None:
    fake_llm.script(Reply(delay=2), Reply(delay=2))
    client = _client(http, fake_llm, provider, timeout=0.3)
    with pytest.raises(LlmError, match=r"did not answer within 0\.3 s"):
        await client.complete(REQUEST)
    with pytest.raises(LlmError, match=r"did not answer within 0\.3 s"):
        [e async for e in client.stream(REQUEST)]


async def test_a_stream_that_stalls_times_out(
    http: httpx.AsyncClient, fake_llm: FakeLlmServer
) -> None:
    never = asyncio.Event()
    fake_llm.script(Reply(chunks=["a", "b"], gates={1: never}))
    events = _client(http, fake_llm, "openai", timeout=0.3).stream(REQUEST)
    assert await anext(events) == TextDelta("a")
    with pytest.raises(LlmError, match="stopped streaming"):
        await anext(events)
    never.set()


async def test_unreachable_provider(http: httpx.AsyncClient) -> None:
    client = chat_client(
        http,
        PROVIDERS["groq"],
        api_key="k",
        timeout=2,
        base_url="http://127.0.0.1:9/v1",
    )
    with pytest.raises(LlmError, match="Could not reach"):
        await client.complete(REQUEST)


@pytest.mark.parametrize("provider", WIRES)
async def test_extract_json(
    http: httpx.AsyncClient, fake_llm: FakeLlmServer, provider: str
) -> None:
    fake_llm.script(Reply(json_answer={"City": "Paris"}))
    schema = {"type": "object", "properties": {"City": {"type": "string"}}}
    values, _usage = await _client(http, fake_llm, provider).extract_json(REQUEST, schema)
    assert values == {"City": "Paris"}
    (call,) = fake_llm.chat_calls()
    if provider == "openai":
        assert call.body["response_format"] == {"type": "json_object"}
        assert '"City"' in call.body["messages"][0]["content"]
    else:
        assert call.body["tools"][0]["input_schema"] == schema


def _openai(http: httpx.AsyncClient, fake: FakeLlmServer) -> OpenAICompatibleClient:
    return OpenAICompatibleClient(http, base_url=fake.base_url, api_key="sk", timeout=5)


async def test_speech_and_transcription(http: httpx.AsyncClient, fake_llm: FakeLlmServer) -> None:
    client = _openai(http, fake_llm)
    audio = await create_speech(client, text="Hi there", voice="alloy", model=None)
    assert audio == b"ID3Hi there"
    fake_llm.script(Reply(chunks=["You said hi"]))
    text = await create_transcription(client, audio=b"12345", file_name="a.mp3")
    assert text == "You said hi (5 bytes)"
    speech, transcription = fake_llm.calls
    assert speech.body == {"model": "tts-1", "input": "Hi there", "voice": "alloy"}
    assert transcription.body["model"] == "whisper-1"


async def test_assistant_streams_its_answer_without_citations(
    http: httpx.AsyncClient, fake_llm: FakeLlmServer
) -> None:
    client = _openai(http, fake_llm)
    thread_id = await new_thread(client)
    fake_llm.script(Reply(chunks=["The answer", "【4:0†source】 is 42"]))
    question = AssistantQuestion(assistant_id="asst_1", message="What is it?")
    events = [e async for e in ask_assistant(client, thread_id=thread_id, question=question)]
    text = "".join(e.text for e in events if isinstance(e, TextDelta))
    assert text == "The answer is 42"
    assert thread_id == "thread_1"
    paths = [c.path for c in fake_llm.calls]
    assert paths == ["/v1/threads", "/v1/threads/thread_1/messages", "/v1/threads/thread_1/runs"]
    assert fake_llm.calls[2].headers["OpenAI-Beta"] == "assistants=v2"
