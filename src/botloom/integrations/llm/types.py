"""What every LLM provider client takes and gives, whatever its wire format."""

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

Role = Literal["system", "user", "assistant"]


@dataclass(frozen=True)
class LlmMessage:
    """One message of a conversation sent to a model."""

    role: Role
    content: str


@dataclass(frozen=True)
class ToolSpec:
    """A function the model may ask for: its name, what it does, and the JSON schema of its
    arguments object."""

    name: str
    description: str | None
    parameters: dict[str, Any]


@dataclass(frozen=True)
class ToolCall:
    """The model asking for a function: the call's id (to answer it), the function's name and
    its arguments as the JSON text the model wrote."""

    id: str
    name: str
    arguments: str


CallTool = Callable[[ToolCall], Awaitable[str]]
"""Runs a function the model asked for; its result as text (an error described, never raised)."""

MAX_TOOL_ROUNDS = 10
"""How many answers in a row may ask for functions before the call gives up."""


@dataclass(frozen=True)
class Tools:
    """The functions of a request and how to run them."""

    specs: list[ToolSpec]
    call: CallTool
    max_rounds: int = MAX_TOOL_ROUNDS

    def rounds(self) -> Iterator[int]:
        """One number per request a call may make: the first, then one per answer that asks
        for functions; the caller raises ``too_many_rounds`` when they run out."""
        return iter(range(self.max_rounds + 1))

    def too_many_rounds(self) -> "LlmError":
        """The error of a model that keeps asking for functions."""
        return LlmError(
            f"The model asked for functions {self.max_rounds} times in a row; stopped there"
        )

    async def results(self, calls: list[ToolCall]) -> list[tuple[ToolCall, str]]:
        """Each call with its result, in order."""
        return [(call, await self.call(call)) for call in calls]


def request_rounds(tools: "Tools | None") -> Iterator[int]:
    """The requests a call may make: only one without tools (see ``Tools.rounds``)."""
    return tools.rounds() if tools is not None else iter(range(1))


def rounds_exhausted(tools: "Tools | None") -> "LlmError":
    """The error once ``request_rounds`` ran out, which only happens with tools."""
    assert tools is not None
    return tools.too_many_rounds()


@dataclass(frozen=True)
class ChatRequest:
    """A chat completion request, in provider-neutral terms."""

    model: str
    messages: list[LlmMessage]
    temperature: float | None = None
    max_tokens: int | None = None
    tools: Tools | None = None


@dataclass(frozen=True)
class Usage:
    """Token counts of one completion (zero when the provider does not say)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0

    @classmethod
    def read(cls, raw: object, *, prompt: str, completion: str) -> "Usage":
        """The counts of a provider's ``usage`` object, which names them ``prompt`` and
        ``completion`` (zero when it is not an object or a count is missing)."""
        if not isinstance(raw, dict):
            return cls()
        return cls(
            prompt_tokens=int(raw.get(prompt) or 0),
            completion_tokens=int(raw.get(completion) or 0),
        )

    def __add__(self, other: "Usage") -> "Usage":
        return Usage(
            self.prompt_tokens + other.prompt_tokens,
            self.completion_tokens + other.completion_tokens,
        )

    @property
    def total_tokens(self) -> int:
        """Prompt and completion tokens together."""
        return self.prompt_tokens + self.completion_tokens


@dataclass(frozen=True)
class ChatCompletion:
    """A whole answer of a model."""

    content: str
    usage: Usage = field(default_factory=Usage)


@dataclass(frozen=True)
class TextDelta:
    """A piece of a streamed answer, as it arrives."""

    text: str


@dataclass(frozen=True)
class StreamEnd:
    """The end of a streamed answer, with its token counts when the provider gave them."""

    usage: Usage


StreamEvent = TextDelta | StreamEnd


class LlmError(Exception):
    """A provider call that failed: an HTTP error, a timeout, or an answer we cannot read.

    ``message`` is short and safe to show in a result's logs; ``details`` holds the provider's
    own error text when there is one.
    """

    def __init__(
        self, message: str, *, status: int | None = None, details: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.details = details


class ChatClient(Protocol):
    """A provider's chat API: whole answers, streamed answers, and JSON extraction."""

    async def complete(self, request: ChatRequest) -> ChatCompletion:
        """The whole answer to ``request``."""
        ...

    def stream(self, request: ChatRequest) -> AsyncIterator[StreamEvent]:
        """The answer to ``request`` piece by piece, then a :class:`StreamEnd`."""
        ...

    async def extract_json(
        self, request: ChatRequest, schema: dict[str, Any]
    ) -> tuple[dict[str, Any], Usage]:
        """An object matching the JSON ``schema``, generated from ``request``'s messages."""
        ...
