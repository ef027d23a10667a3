"""OpenAI's "Ask Model": a message to a model through the Responses API, the conversation
carried on by the last response's id (kept in a variable), with OpenAI's built-in tools and the
block's JavaScript functions."""

from collections.abc import AsyncIterator
from enum import StrEnum
from typing import Any

from pydantic import field_validator

from botloom.integrations.llm.functions import FunctionRunner
from botloom.integrations.llm.options import BlockFunction, LlmCredentials, number_or_none
from botloom.integrations.llm.responses import ModelQuestion, ResponseEnd, ask_model
from botloom.integrations.llm.types import TextDelta
from botloom.integrations.plugins.base import Action, ActionContext, ActionStream, IntegrationError
from botloom.integrations.plugins.openai.client import OPENAI, openai_api
from botloom.schema.model import DocModel


class AskModelItem(StrEnum):
    """What a response mapping of "Ask Model" saves."""

    MESSAGE = "Message"
    RESPONSE_ID = "Response ID"


class AskModelMapping(DocModel):
    """Saves the answer (or the response id) into a variable."""

    item: AskModelItem = AskModelItem.MESSAGE
    variable_id: str | None = None


class AskModelOptions(DocModel):
    """Options of "Ask Model"."""

    model: str | None = None
    message: str | None = None
    instructions: str | None = None
    response_id_variable_id: str | None = None
    file_search_vector_store_ids: list[str] = []
    file_search_max_num_results: int | None = None
    file_search_score_threshold: float | None = None
    web_search_enabled: bool = False
    code_interpreter_enabled: bool = False
    functions: list[BlockFunction] = []
    temperature: float | None = None
    response_mapping: list[AskModelMapping] = []
    base_url: str | None = None
    api_version: str | None = None

    @field_validator(
        "temperature", "file_search_max_num_results", "file_search_score_threshold", mode="before"
    )
    @classmethod
    def _numbers(cls, value: object) -> object:
        return number_or_none(value)

    def mapped(self, item: AskModelItem) -> list[str]:
        """The variables that get ``item``."""
        return [m.variable_id for m in self.response_mapping if m.item == item and m.variable_id]

    def builtin_tools(self) -> list[dict[str, Any]]:
        """The tools OpenAI runs itself that the block turns on."""
        tools: list[dict[str, Any]] = []
        if self.web_search_enabled:
            tools.append({"type": "web_search"})
        if self.code_interpreter_enabled:
            tools.append({"type": "code_interpreter", "container": {"type": "auto"}})
        if self.file_search_vector_store_ids:
            search: dict[str, Any] = {
                "type": "file_search",
                "vector_store_ids": self.file_search_vector_store_ids,
            }
            if self.file_search_max_num_results is not None:
                search["max_num_results"] = self.file_search_max_num_results
            if self.file_search_score_threshold is not None:
                search["ranking_options"] = {"score_threshold": self.file_search_score_threshold}
            tools.append(search)
        return tools


AskModelContext = ActionContext[AskModelOptions, LlmCredentials]


def _question(ctx: AskModelContext) -> ModelQuestion:
    options = ctx.options
    if not options.message:
        raise IntegrationError("Message is empty")
    previous = ctx.get_variable(options.response_id_variable_id)
    return ModelQuestion(
        model=(options.model or OPENAI.default_model or "").strip(),
        message=options.message,
        instructions=options.instructions,
        previous_response_id=previous if isinstance(previous, str) and previous else None,
        temperature=options.temperature,
        builtin_tools=options.builtin_tools(),
    )


async def _answer(ctx: AskModelContext) -> AsyncIterator[str]:
    options = ctx.options
    question = _question(ctx)
    pieces: list[str] = []
    response_id: str | None = None
    api = openai_api(ctx, base_url=options.base_url, api_version=options.api_version)
    try:
        async with api as client, FunctionRunner(ctx, options.functions) as functions:
            async for event in ask_model(client, question, functions.tools()):
                if isinstance(event, TextDelta):
                    pieces.append(event.text)
                    yield event.text
                elif isinstance(event, ResponseEnd):
                    response_id = event.response_id
    finally:
        for variable_id in options.mapped(AskModelItem.MESSAGE):
            ctx.set_variable(variable_id, "".join(pieces) or None)
        if response_id is not None:
            ctx.set_variable(options.response_id_variable_id, response_id)
            for mapped_id in options.mapped(AskModelItem.RESPONSE_ID):
                ctx.set_variable(mapped_id, response_id)


async def ask(ctx: AskModelContext) -> None:
    """The whole answer, during the turn."""
    async for _piece in _answer(ctx):
        pass


def _message_variable(options: AskModelOptions) -> str | None:
    return next(iter(options.mapped(AskModelItem.MESSAGE)), None)


ASK_MODEL = Action(
    name="Ask Model",
    options_model=AskModelOptions,
    run=ask,
    set_variable_ids=lambda o: [
        *([o.response_id_variable_id] if o.response_id_variable_id else []),
        *(m.variable_id for m in o.response_mapping if m.variable_id),
    ],
    stream=ActionStream(variable_id=_message_variable, run=_answer),
)
