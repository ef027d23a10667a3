"""Tests of prompt messages and response mappings."""

import pytest

from botloom.integrations.llm.options import ChatCompletionOptions, PromptMessage
from botloom.integrations.llm.prompts import mapped_values, prompt_messages
from botloom.integrations.llm.types import LlmMessage, Usage
from botloom.schema.variables import VariableValue

VALUES: dict[str, VariableValue] = {"dlg": ["u1", None, "a1", "u2"], "one": "only"}


def _messages(*raw: dict[str, str]) -> list[PromptMessage]:
    return [PromptMessage.model_validate(m) for m in raw]


@pytest.mark.parametrize(
    ("messages", "system", "expected"),
    [
        (
            _messages({"role": "user", "content": "Hi"}, {"role": "assistant", "content": ""}),
            "Be kind",
            [LlmMessage("system", "Be kind"), LlmMessage("user", "Hi")],
        ),
        (
            _messages({"role": "Dialogue", "dialogueVariableId": "dlg"}),
            None,
            [LlmMessage("user", "u1"), LlmMessage("user", "a1"), LlmMessage("assistant", "u2")],
        ),
        (
            _messages({"role": "Dialogue", "dialogueVariableId": "one", "startsBy": "assistant"}),
            None,
            [LlmMessage("assistant", "only")],
        ),
        (_messages({"role": "Dialogue", "dialogueVariableId": "unset"}), None, []),
    ],
)
def test_prompt_messages(
    messages: list[PromptMessage], system: str | None, expected: list[LlmMessage]
) -> None:
    assert prompt_messages(messages, lambda v: VALUES.get(v or ""), system=system) == expected


def test_response_mappings_and_options() -> None:
    options = ChatCompletionOptions.model_validate(
        {
            "temperature": "0,7",
            "maxTokens": "256",
            "responseMapping": [
                {"variableId": "v1"},
                {"item": "Message Content", "variableId": "v2"},
                {"item": "Total tokens", "variableId": "v3"},
                {"item": "Prompt tokens"},
            ],
        }
    )
    assert (options.temperature, options.max_tokens) == (0.7, 256)
    assert options.stream_variable_id() == "v1"
    usage = Usage(prompt_tokens=3, completion_tokens=4)
    assert mapped_values(options.response_mapping, "Hi", usage) == [
        ("v1", "Hi"),
        ("v2", "Hi"),
        ("v3", "7"),
    ]
