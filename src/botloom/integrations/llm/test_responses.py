"""Tests of reading the Responses API's streamed events and the request it is sent."""

from botloom.integrations.llm.responses import ModelQuestion, _first_body, _Round
from botloom.integrations.llm.types import ToolCall, Tools, ToolSpec, Usage


async def _never(call: ToolCall) -> str:
    raise AssertionError(call)


def test_function_calls_are_put_together_from_argument_deltas() -> None:
    round_ = _Round()
    round_.take("response.created", {"response": {"id": "resp_9"}})
    item = {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "add"}
    round_.take("response.output_item.added", {"output_index": 1, "item": item})
    round_.take("response.output_item.added", {"output_index": 0, "item": {"type": "message"}})
    for piece in ['{"a"', ": 1}"]:
        round_.take("response.function_call_arguments.delta", {"output_index": 1, "delta": piece})
    round_.take(
        "response.completed",
        {"response": {"id": "resp_9", "usage": {"input_tokens": 3, "output_tokens": 4}}},
    )
    assert round_.calls() == [ToolCall("call_1", "add", '{"a": 1}')]
    assert round_.response_id == "resp_9"
    assert round_.usage == Usage(3, 4)


def test_the_first_request() -> None:
    tools = Tools(specs=[ToolSpec("f", None, {"type": "object"})], call=_never)
    question = ModelQuestion(
        model="m",
        message="Hi",
        previous_response_id="resp_1",
        temperature=0.2,
        builtin_tools=[{"type": "web_search"}],
    )
    assert _first_body(question, tools) == {
        "model": "m",
        "input": [{"role": "user", "content": "Hi"}],
        "stream": True,
        "previous_response_id": "resp_1",
        "temperature": 0.2,
        "tools": [
            {"type": "web_search"},
            {"type": "function", "name": "f", "description": "", "parameters": {"type": "object"}},
        ],
    }
    assert "tools" not in _first_body(ModelQuestion(model="m", message="Hi"), None)
