"""The actions AI blocks share, built per provider: "Create chat completion" (which streams to
the web widget) and "Generate variables"; and the block of a provider made of them."""

from collections.abc import AsyncIterator
from typing import Any

from botloom.engine.variables import normalize_value
from botloom.integrations.llm.clients import chat_client
from botloom.integrations.llm.endpoint import api_base_url
from botloom.integrations.llm.functions import FunctionRunner
from botloom.integrations.llm.options import (
    BlockFunction,
    ChatCompletionOptions,
    ExtractedType,
    GenerateVariablesOptions,
    LlmCredentials,
    VariableToExtract,
)
from botloom.integrations.llm.outbound import outbound_http
from botloom.integrations.llm.prompts import mapped_values, prompt_messages
from botloom.integrations.llm.providers import Provider
from botloom.integrations.llm.redaction import keeping_secrets
from botloom.integrations.llm.types import (
    ChatClient,
    ChatRequest,
    LlmError,
    LlmMessage,
    StreamEnd,
    TextDelta,
    Usage,
)
from botloom.integrations.plugins.base import (
    Action,
    ActionContext,
    ActionStream,
    Integration,
    IntegrationError,
)

ChatContext = ActionContext[ChatCompletionOptions, LlmCredentials]
GenerateContext = ActionContext[GenerateVariablesOptions, LlmCredentials]


def _credentials(ctx: ActionContext[Any, LlmCredentials]) -> LlmCredentials:
    credentials = ctx.credentials
    if credentials is None or not credentials.api_key:
        raise IntegrationError("No API key provided")
    return credentials


def _model(provider: Provider, model: str | None) -> str:
    name = (model or provider.default_model or "").strip()
    if not name:
        raise IntegrationError("No model provided")
    return name


def _failure(provider: Provider, error: LlmError) -> IntegrationError:
    return IntegrationError(f"{provider.name}: {error.message}", error.details)


class _Call:
    """One provider call of an action: its request, the client to send it with, and the runner
    of the block's functions; ``async with`` it around the call."""

    def __init__(
        self,
        provider: Provider,
        ctx: ActionContext[Any, LlmCredentials],
        *,
        model: str | None,
        messages: list[LlmMessage],
        base_url: str | None,
        api_version: str | None,
        temperature: float | None = None,
        max_tokens: int | None = None,
        functions: list[BlockFunction] | None = None,
    ) -> None:
        credentials = _credentials(ctx)
        self.functions = FunctionRunner(ctx, functions or [])
        tools = self.functions.tools()
        self.request = ChatRequest(
            model=_model(provider, model),
            messages=messages,
            temperature=temperature,
            max_tokens=max_tokens,
            tools=tools,
        )
        if not messages:
            raise IntegrationError("No messages provided")
        settings = ctx.settings
        self.http = outbound_http(settings)
        self.client: ChatClient = chat_client(
            self.http,
            provider,
            api_key=credentials.api_key,
            timeout=settings.llm_timeout_seconds,
            base_url=api_base_url(provider, ctx, credentials, base_url),
            api_version=api_version,
        )

    async def __aenter__(self) -> "_Call":
        await self.http.__aenter__()
        return self

    async def __aexit__(self, *exc: Any) -> None:
        try:
            await self.functions.__aexit__(*exc)
        finally:
            await self.http.__aexit__(*exc)


def _chat_call(provider: Provider, ctx: ChatContext) -> _Call:
    options = ctx.options
    return _Call(
        provider,
        ctx,
        model=options.model,
        messages=prompt_messages(options.messages, ctx.get_variable, system=options.system_message),
        base_url=options.base_url,
        api_version=options.api_version,
        temperature=options.temperature,
        max_tokens=options.max_tokens,
        functions=options.tools,
    )


def _save_answer(ctx: ChatContext, content: str, usage: Usage) -> None:
    for variable_id, value in mapped_values(ctx.options.response_mapping, content, usage):
        ctx.set_variable(variable_id, value)


def chat_completion_action(provider: Provider, *, name: str = "Create chat completion") -> Action:
    """The chat completion action of ``provider``: the whole answer during the turn, or
    streamed to the web widget when the answer is shown right after the block."""

    async def run(ctx: ChatContext) -> None:
        call = _chat_call(provider, ctx)
        async with call:
            try:
                completion = await call.client.complete(call.request)
            except LlmError as exc:
                raise _failure(provider, exc) from None
        _save_answer(ctx, completion.content, completion.usage)

    async def stream(ctx: ChatContext) -> AsyncIterator[str]:
        call = _chat_call(provider, ctx)
        pieces: list[str] = []
        usage = Usage()
        try:
            async with call:
                async for event in call.client.stream(call.request):
                    if isinstance(event, TextDelta):
                        pieces.append(event.text)
                        yield event.text
                    elif isinstance(event, StreamEnd):
                        usage = event.usage
        except LlmError as exc:
            raise _failure(provider, exc) from None
        finally:
            # What arrived is kept even when the stream broke off.
            if pieces:
                _save_answer(ctx, "".join(pieces), usage)

    return Action(
        name=name,
        options_model=ChatCompletionOptions,
        run=run,
        set_variable_ids=lambda options: [
            m.variable_id for m in options.response_mapping if m.variable_id
        ],
        stream=ActionStream(variable_id=lambda options: options.stream_variable_id(), run=stream),
    )


def _json_type(variable: VariableToExtract) -> dict[str, Any]:
    if variable.type == ExtractedType.ENUM:
        return {"type": "string", "enum": variable.values}
    if variable.type == ExtractedType.ARRAY:
        return {"type": "array", "items": {"type": "string"}}
    return {"type": variable.type.value}


def extraction_schema(variables: list[VariableToExtract], names: dict[str, str]) -> dict[str, Any]:
    """The JSON schema of the object to generate: one property per variable, by name."""
    properties: dict[str, Any] = {}
    required: list[str] = []
    for variable in variables:
        name = names.get(variable.variable_id or "")
        if name is None:
            continue
        schema = _json_type(variable)
        if variable.description:
            schema["description"] = variable.description
        if not variable.is_required:
            schema = {"anyOf": [schema, {"type": "null"}]}
        properties[name] = schema
        required.append(name)
    return {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def generate_variables_action(provider: Provider) -> Action:
    """Fill variables with values a model extracts or generates from the prompt."""

    async def run(ctx: GenerateContext) -> None:
        options = ctx.options
        if not options.prompt:
            raise IntegrationError("No prompt provided")
        names = {v.id: v.name for v in ctx.variables}
        schema = extraction_schema(options.variables_to_extract, names)
        if not schema["properties"]:
            raise IntegrationError("No variables to extract")
        call = _Call(
            provider,
            ctx,
            model=options.model,
            messages=[LlmMessage("user", options.prompt)],
            base_url=options.base_url,
            api_version=options.api_version,
        )
        async with call:
            try:
                values, _usage = await call.client.extract_json(call.request, schema)
            except LlmError as exc:
                raise _failure(provider, exc) from None
        for variable in options.variables_to_extract:
            name = names.get(variable.variable_id or "")
            if name is not None and values.get(name) is not None:
                ctx.set_variable(variable.variable_id, normalize_value(values[name]))

    return Action(
        name="Generate variables",
        options_model=GenerateVariablesOptions,
        run=run,
        set_variable_ids=lambda options: [
            v.variable_id for v in options.variables_to_extract if v.variable_id
        ],
    )


def llm_integration(
    provider: Provider,
    *,
    chat_action: str = "Create chat completion",
    generates_variables: bool = False,
    more_actions: tuple[Action, ...] = (),
) -> Integration:
    """The forge block of ``provider``: its chat action (under Typebot's label for it), then
    ``more_actions``, then "Generate variables" if the block has it; none logs the key."""
    generate = (generate_variables_action(provider),) if generates_variables else ()
    actions = (chat_completion_action(provider, name=chat_action), *more_actions, *generate)
    return Integration(
        id=provider.block_id,
        name=provider.name,
        icon=provider.block_id,
        credentials_model=LlmCredentials,
        actions=tuple(keeping_secrets(a, integration_name=provider.name) for a in actions),
    )
