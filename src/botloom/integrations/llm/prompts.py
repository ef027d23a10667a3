"""Turning a block's prompt messages into the conversation sent to a model."""

from collections.abc import Callable

from botloom.integrations.llm.options import (
    PromptMessage,
    PromptRole,
    ResponseItem,
    ResponseMapping,
)
from botloom.integrations.llm.types import LlmMessage, Role, Usage
from botloom.schema.variables import VariableValue

GetVariable = Callable[[str | None], VariableValue]

_ROLES: dict[PromptRole, Role] = {
    PromptRole.SYSTEM: "system",
    PromptRole.USER: "user",
    PromptRole.ASSISTANT: "assistant",
}


def _dialogue(message: PromptMessage, get_variable: GetVariable) -> list[LlmMessage]:
    """A list variable read as alternating turns, starting with ``startsBy`` (the user)."""
    value = get_variable(message.dialogue_variable_id)
    items = value if isinstance(value, list) else [value]
    first: Role = "assistant" if message.starts_by == PromptRole.ASSISTANT else "user"
    second: Role = "user" if first == "assistant" else "assistant"
    return [
        LlmMessage(first if index % 2 == 0 else second, item)
        for index, item in enumerate(items)
        if item
    ]


def prompt_messages(
    messages: list[PromptMessage], get_variable: GetVariable, *, system: str | None = None
) -> list[LlmMessage]:
    """The conversation: an optional system prompt, then each message (dialogues expanded);
    messages left empty are dropped."""
    out = [LlmMessage("system", system)] if system else []
    for message in messages:
        if message.role == PromptRole.DIALOGUE:
            out.extend(_dialogue(message, get_variable))
        elif message.content:
            out.append(LlmMessage(_ROLES[message.role], message.content))
    return out


def mapped_values(
    mappings: list[ResponseMapping], content: str, usage: Usage
) -> list[tuple[str, str]]:
    """``(variable id, value)`` for each response mapping with a variable."""
    values = {
        ResponseItem.MESSAGE_CONTENT: content,
        ResponseItem.TOTAL_TOKENS: str(usage.total_tokens),
        ResponseItem.PROMPT_TOKENS: str(usage.prompt_tokens),
        ResponseItem.COMPLETION_TOKENS: str(usage.completion_tokens),
    }
    return [(m.variable_id, values[m.item]) for m in mappings if m.variable_id]
