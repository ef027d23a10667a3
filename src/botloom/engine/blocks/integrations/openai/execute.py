"""Runs the legacy OpenAI block as the ``openai`` plugin's actions: its options are rewritten
into the forge block's (``Messages sequence ✨`` expanded from its two list variables)."""

from typing import Any

from botloom.engine.blocks.integrations.openai.schema import (
    ChatMessage,
    ChatMessageRole,
    MessagesSequence,
    OpenAIBlock,
    OpenAIOptions,
    OpenAITask,
)
from botloom.engine.integration_runs import action_call, run_integration
from botloom.engine.runtime import BlockResult, TurnContext

OPENAI_PLUGIN = "openai"


def _as_list(value: object) -> list[str]:
    if isinstance(value, list):
        return [item for item in value if item]
    return [value] if isinstance(value, str) and value else []


def _sequence(sequence: MessagesSequence, ctx: TurnContext) -> list[dict[str, Any]]:
    """Two list variables as turns: the n-th user message, then the n-th assistant one."""
    users = _as_list(ctx.value_of(sequence.user_messages_variable_id))
    assistants = _as_list(ctx.value_of(sequence.assistant_messages_variable_id))
    out: list[dict[str, Any]] = []
    for index in range(max(len(users), len(assistants))):
        if index < len(users):
            out.append({"role": "user", "content": users[index]})
        if index < len(assistants):
            out.append({"role": "assistant", "content": assistants[index]})
    return out


def _message(message: ChatMessage, ctx: TurnContext) -> list[dict[str, Any]]:
    if message.role == ChatMessageRole.MESSAGES_SEQUENCE:
        content = message.content
        return _sequence(content, ctx) if isinstance(content, MessagesSequence) else []
    if message.role == ChatMessageRole.DIALOGUE:
        dialogue: dict[str, Any] = {
            "role": "Dialogue",
            "dialogueVariableId": message.dialogue_variable_id,
        }
        if message.starts_by is not None:
            dialogue["startsBy"] = message.starts_by.value
        return [dialogue]
    if isinstance(message.content, str) and message.role is not None:
        return [{"role": message.role.value, "content": message.content}]
    return []


def chat_options(options: OpenAIOptions, ctx: TurnContext) -> dict[str, Any]:
    """The forge "Create chat completion" options of a legacy chat completion."""
    return {
        "model": options.model,
        "messages": [m for message in options.messages for m in _message(message, ctx)],
        "temperature": options.advanced_settings.temperature,
        "responseMapping": [
            {"item": m.value_to_extract, "variableId": m.variable_id}
            for m in options.response_mapping
        ],
        "baseUrl": options.base_url,
        "apiVersion": options.api_version,
    }


def speech_options(options: OpenAIOptions) -> dict[str, Any]:
    """The forge "Create speech" options of a legacy speech task."""
    return {
        "model": options.model,
        "input": options.input,
        "voice": options.voice,
        "saveUrlInVariableId": options.save_url_in_variable_id,
        "baseUrl": options.base_url,
        "apiVersion": options.api_version,
    }


async def execute(block: OpenAIBlock, ctx: TurnContext) -> BlockResult:
    """Chat completion or speech through the ``openai`` plugin; images are not supported."""
    options = block.options
    if options.task == OpenAITask.CREATE_CHAT_COMPLETION:
        action, forge_options = "Create chat completion", chat_options(options, ctx)
    elif options.task == OpenAITask.CREATE_SPEECH:
        action, forge_options = "Create speech", speech_options(options)
    elif options.task == OpenAITask.CREATE_IMAGE:
        ctx.log("OpenAI: image generation is not supported")
        return BlockResult()
    else:
        return BlockResult()
    call = await action_call(
        ctx,
        integration_id=OPENAI_PLUGIN,
        action=action,
        credentials_id=options.credentials_id,
        options={key: value for key, value in forge_options.items() if value is not None},
        block_id=block.id,
    )
    return await run_integration(ctx, call)
