"""OpenAI's "Ask Assistant": a message to an assistant, in a thread kept in a variable."""

from collections.abc import AsyncIterator
from enum import StrEnum

from botloom.integrations.llm.functions import FunctionRunner
from botloom.integrations.llm.openai_compatible import OpenAICompatibleClient
from botloom.integrations.llm.openai_extras import AssistantQuestion, ask_assistant, new_thread
from botloom.integrations.llm.options import BlockFunction, LlmCredentials
from botloom.integrations.llm.types import TextDelta
from botloom.integrations.plugins.base import Action, ActionContext, ActionStream, IntegrationError
from botloom.integrations.plugins.openai.client import openai_api
from botloom.schema.model import DocModel


class AssistantItem(StrEnum):
    """What a response mapping of the assistant saves."""

    MESSAGE = "Message"
    THREAD_ID = "Thread ID"


class AssistantMapping(DocModel):
    """Saves the answer (or the thread id) into a variable."""

    item: AssistantItem = AssistantItem.MESSAGE
    variable_id: str | None = None


class AssistantOptions(DocModel):
    """Options of "Ask Assistant"."""

    assistant_id: str | None = None
    thread_variable_id: str | None = None
    thread_id: str | None = None
    message: str | None = None
    functions: list[BlockFunction] = []
    additional_instructions: str | None = None
    response_mapping: list[AssistantMapping] = []
    base_url: str | None = None
    api_version: str | None = None

    def message_variable_id(self) -> str | None:
        """The variable the answer goes to."""
        return next(
            (
                m.variable_id
                for m in self.response_mapping
                if m.item == AssistantItem.MESSAGE and m.variable_id
            ),
            None,
        )


AssistantContext = ActionContext[AssistantOptions, LlmCredentials]


async def _thread(ctx: AssistantContext, client: OpenAICompatibleClient) -> str:
    """The conversation's thread: the one in the thread variable, else a new one (saved)."""
    options = ctx.options
    current = ctx.get_variable(options.thread_variable_id)
    if isinstance(current, str) and current:
        return current
    if options.thread_id:
        return options.thread_id
    thread_id = await new_thread(client)
    mapped = next(
        (m.variable_id for m in options.response_mapping if m.item == AssistantItem.THREAD_ID),
        None,
    )
    ctx.set_variable(mapped or options.thread_variable_id, thread_id)
    return thread_id


async def _answer(ctx: AssistantContext) -> AsyncIterator[str]:
    options = ctx.options
    if not options.assistant_id:
        raise IntegrationError("Assistant ID is empty")
    if not options.message:
        raise IntegrationError("Message is empty")
    api = openai_api(ctx, base_url=options.base_url, api_version=options.api_version)
    pieces: list[str] = []
    try:
        async with api as client, FunctionRunner(ctx, options.functions) as functions:
            thread_id = await _thread(ctx, client)
            question = AssistantQuestion(
                assistant_id=options.assistant_id,
                message=options.message,
                additional_instructions=options.additional_instructions,
            )
            # The assistant holds its functions' descriptions; the block only runs them.
            tools = functions.tools(offered=False)
            async for event in ask_assistant(
                client, thread_id=thread_id, question=question, tools=tools
            ):
                if isinstance(event, TextDelta):
                    pieces.append(event.text)
                    yield event.text
    finally:
        ctx.set_variable(options.message_variable_id(), "".join(pieces))


async def ask(ctx: AssistantContext) -> None:
    """The whole answer, during the turn."""
    async for _piece in _answer(ctx):
        pass


ASK_ASSISTANT = Action(
    name="Ask Assistant",
    options_model=AssistantOptions,
    run=ask,
    set_variable_ids=lambda o: [m.variable_id for m in o.response_mapping if m.variable_id],
    stream=ActionStream(variable_id=lambda o: o.message_variable_id(), run=_answer),
)
