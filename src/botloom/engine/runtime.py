"""What a block executor works with during one chat turn, and what it gives back.

``TurnContext`` is the turn's working copy of the session plus what the turn produces (messages,
client-side actions, logs, records for results). Executors read and write it; the walker owns it.
"""

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, Literal

from botloom.engine.history import history_variable_ids
from botloom.engine.ports import Ports
from botloom.engine.state import BotFrame, SessionState, VirtualEdgeTarget
from botloom.engine.templating import (
    Render,
    TemplateContext,
    inline_code_bodies,
    parse_variables_in_object,
    render_text,
    substitute,
)
from botloom.engine.variables import (
    UNDEFINED,
    VariableStore,
    VariableValue,
    guess_js_type,
    json_stringify,
)
from botloom.engine.virtual_edges import virtual_edge_id
from botloom.schema.variables import Variable

if TYPE_CHECKING:
    # Only for annotations: the bot module imports the block catalogue, whose runners import
    # this module.
    from botloom.engine.bot import Bot


def full_store(definitions: list[Variable], values: list[Variable]) -> VariableStore:
    """A bot's variables with the session's values: unwritten definitions first, in document
    order, then the written ones in the order they were written (Typebot's session order)."""
    written = {v.id for v in values}
    return VariableStore.of([*(d for d in definitions if d.id not in written), *values])


def session_values(definitions: list[Variable], store: VariableStore) -> list[Variable]:
    """What a session must keep of a store: variables that differ from the bot's definitions
    (written ones, and any added at run time), so its state does not grow with the bot.

    An unwritten variable is the definition object itself (see :func:`full_store`), so identity
    tells them apart without comparing hundreds of models on every write.
    """
    definition_ids = {id(d) for d in definitions}
    return [v for v in store.variables if id(v) not in definition_ids]


def js_text(value: object) -> str:
    """How a JavaScript result is inserted in text: strings as they are, nothing as "", the
    rest as JSON (numbers and booleans as JavaScript writes them)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json_stringify(value)


class _Continue:
    """The executor's way of saying: go on as usual (the block's own edge, or the next block)."""

    def __repr__(self) -> str:
        return "CONTINUE"


CONTINUE: Final = _Continue()


@dataclass
class BlockResult:
    """What running a bubble, logic or integration block gives.

    ``outgoing_edge_id``: an edge id leaves the group by that edge, ``None`` ends this path,
    ``CONTINUE`` follows the block's own edge if it has one, else the next block.
    ``pause``: the block waits for the client (a dedicated reply); the turn stops on it.
    """

    outgoing_edge_id: str | _Continue | None = CONTINUE
    messages: list[dict[str, Any]] = field(default_factory=list)
    client_side_actions: list[dict[str, Any]] = field(default_factory=list)
    pause: bool = False


@dataclass
class Reply:
    """What the visitor sent to an input (a continueChat ``message``)."""

    type: Literal["text", "audio", "command"] = "text"
    text: str = ""
    reply_id: str | None = None
    attached_file_urls: list[str] | None = None
    url: str | None = None

    @classmethod
    def from_message(cls, message: str | Mapping[str, Any]) -> "Reply":
        """Read a chat API ``message`` (a string or ``{type, text, metadata, ...}``)."""
        if isinstance(message, str):
            return cls(text=message)
        kind = message.get("type", "text")
        metadata = message.get("metadata") or {}
        if kind == "audio":
            return cls(type="audio", url=str(message.get("url", "")))
        if kind == "command":
            return cls(type="command", text=str(message.get("command", "")))
        urls = message.get("attachedFileUrls")
        return cls(
            text=str(message.get("text", "")),
            reply_id=metadata.get("replyId") if isinstance(metadata, Mapping) else None,
            attached_file_urls=[str(u) for u in urls] if isinstance(urls, list) else None,
        )


@dataclass
class ParsedReply:
    """A valid reply: what is saved as the answer and where the flow goes next.

    ``value`` is what the input's variable receives (defaults to ``content``); ``edge_id`` an
    item's or path's own edge; ``new_format`` replaces the text of the visitor's bubble;
    ``skip`` means nothing is saved (an optional input left empty).
    """

    content: str
    value: VariableValue | None = None
    edge_id: str | None = None
    new_format: str | None = None
    attached_file_urls: list[str] | None = None
    skip: bool = False


@dataclass
class InvalidReply:
    """A reply the input refuses; ``retry_message`` overrides the bot's invalid-message text."""

    retry_message: str | None = None


@dataclass
class AnswerRecord:
    """An answer to save in results."""

    result_id: str
    block_id: str
    content: str
    attached_file_urls: list[str] | None = None


@dataclass
class VisitedEdgeRecord:
    """An off-default edge a result took."""

    result_id: str
    edge_id: str
    index: int


@dataclass
class SetVariableRecord:
    """A variable value set during the turn, for transcripts."""

    result_id: str
    index: int
    variable_id: str
    block_id: str
    value: VariableValue


@dataclass
class LogRecord:
    """A log line for a result, and for the response in preview."""

    result_id: str | None
    status: str
    description: str
    details: str | None = None
    context: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The chat API shape of the log."""
        out: dict[str, Any] = {"status": self.status, "description": self.description}
        if self.details is not None:
            out["details"] = self.details
        if self.context is not None:
            out["context"] = self.context
        return out


@dataclass
class TurnRecords:
    """Everything a turn wants written to results, in one transaction."""

    answers: list[AnswerRecord] = field(default_factory=list)
    visited_edges: list[VisitedEdgeRecord] = field(default_factory=list)
    set_variables: list[SetVariableRecord] = field(default_factory=list)
    logs: list[LogRecord] = field(default_factory=list)
    completed_result_ids: set[str] = field(default_factory=set)


LOG_DETAILS_LIMIT = 1000


class TurnContext:
    """The state of one turn while the walker runs it."""

    def __init__(self, state: SessionState, bots: "dict[str, Bot]", ports: Ports) -> None:
        self.state = state
        self.bots = bots
        self.ports = ports
        self.messages: list[dict[str, Any]] = []
        self.client_side_actions: list[dict[str, Any]] = []
        self.logs: list[LogRecord] = []
        self.records = TurnRecords()
        self.last_message_new_format: str | None = None
        self.new_results: list[tuple[str, str]] = []
        self.popped_frames: list[BotFrame] = []
        self.output_bytes = 0
        """JSON bytes of the messages and client-side actions sent so far this turn."""
        self._stores: dict[int, VariableStore] = {}

    # The bot and frame being run -------------------------------------------------------------

    @property
    def frame(self) -> BotFrame:
        """The bot frame being run."""
        return self.state.frames[0]

    @property
    def bot(self) -> "Bot":
        """The bot being run."""
        return self.bots[self.frame.version_id]

    @property
    def result_id(self) -> str | None:
        """The result answers go to (none in preview)."""
        return self.frame.result_id

    @property
    def is_preview(self) -> bool:
        """Whether this chat runs a draft from the builder."""
        return self.state.is_preview

    # Variables --------------------------------------------------------------------------------

    @property
    def variables(self) -> VariableStore:
        """The current frame's variables: its bot's definitions with the session's values."""
        return self.variables_of(self.frame)

    def variables_of(self, frame: BotFrame) -> VariableStore:
        """A frame's variables, built once per turn and kept up to date by writes."""
        store = self._stores.get(id(frame))
        if store is None:
            store = full_store(self.bots[frame.version_id].variables, frame.variables)
            self._stores[id(frame)] = store
        return store

    def write_variables(self, frame: BotFrame, store: VariableStore) -> None:
        """Replace a frame's variables; the session keeps only what differs from the bot."""
        self._stores[id(frame)] = store
        frame.variables = session_values(self.bots[frame.version_id].variables, store)

    def value_of(self, variable_id: str | None) -> VariableValue:
        """A variable's value by id; ``None`` if unset or unknown."""
        return None if variable_id is None else self.variables.value_of(variable_id)

    def set_variable(self, variable_id: str | None, value: object, *, block_id: str) -> None:
        """Write a variable of the current bot (unknown ids are ignored, as Typebot does)."""
        if variable_id is None or self.variables.get(variable_id) is None:
            return
        self._write(self.variables.set(variable_id, value))
        self._record_history(variable_id, block_id)

    def append_variable(self, variable_id: str | None, item: object, *, block_id: str) -> None:
        """Append an item to a variable (a list after that)."""
        if variable_id is None or self.variables.get(variable_id) is None:
            return
        self._write(self.variables.append(variable_id, item))
        self._record_history(variable_id, block_id)

    def replace_variables(self, store: VariableStore) -> None:
        """Swap the current frame's variables whole."""
        self._write(store)

    def _write(self, store: VariableStore) -> None:
        self.write_variables(self.frame, store)

    def _record_history(self, variable_id: str, block_id: str) -> None:
        if self.result_id is None or variable_id not in history_variable_ids(self.bot):
            return
        self.records.set_variables.append(
            SetVariableRecord(
                result_id=self.result_id,
                index=self.state.set_variable_history_index,
                variable_id=variable_id,
                block_id=block_id,
                value=self.value_of(variable_id),
            )
        )
        self.state.set_variable_history_index += 1

    # Templating -------------------------------------------------------------------------------

    async def substitute(self, text: str | None, *, render: Render = render_text) -> str:
        """``text`` with ``{{Variables}}`` and ``{{= inline code =}}`` replaced."""
        if not text:
            return ""
        return substitute(text, await self._template_context(text), render=render)

    async def deep_substitute(self, value: Any) -> Any:
        """Every string inside ``value`` (dicts and lists, deeply) substituted; ``value``
        itself when no string in it references anything."""
        text = json.dumps(value, default=str)
        if "{{" not in text:
            return value
        return parse_variables_in_object(value, await self._template_context(text))

    async def _template_context(self, text: str) -> TemplateContext:
        """A context whose inline code results were computed ahead, since JS runs async."""
        store = self.variables
        plain = TemplateContext.from_store(store)
        if self.ports.js is None or "{{=" not in text:
            return plain
        results: dict[str, str | None] = {}
        globals_ = self.js_globals()
        for body in inline_code_bodies(text, plain.id_of_name):
            if body not in results:
                results[body] = await self._run_inline(body, globals_)
        return TemplateContext.from_store(store, results.get)

    def js_globals(self, variable_ids: set[str] | None = None) -> dict[str, object]:
        """Variables as JavaScript globals named by id, their text read as JS values would be
        ("12" a number, "true" a boolean...), as Typebot injects them into code."""
        out: dict[str, object] = {}
        for variable in self.variables.variables:
            if variable_ids is not None and variable.id not in variable_ids:
                continue
            value = variable.value
            guessed = guess_js_type(value) if isinstance(value, str) else value
            out[variable.id] = None if guessed is UNDEFINED else guessed
        return out

    async def _run_inline(self, body: str, globals_: Mapping[str, object]) -> str | None:
        assert self.ports.js is not None
        try:
            value = await self.ports.js.run_function_body(body, globals_)
        except Exception:
            return None
        return js_text(value)

    # Edges and logs ---------------------------------------------------------------------------

    def add_virtual_edge(self, group_id: str, block_id: str | None = None) -> str:
        """An edge made by the session (jump, link, return) to a group, maybe from a block."""
        edge_id = virtual_edge_id(group_id, block_id)
        self.frame.virtual_edges[edge_id] = VirtualEdgeTarget(group_id=group_id, block_id=block_id)
        return edge_id

    def log(
        self,
        description: str,
        *,
        status: str = "error",
        details: str | None = None,
        context: str | None = None,
    ) -> None:
        """Add a log line to the result (and to the response where Typebot shows it)."""
        if details is not None and len(details) > LOG_DETAILS_LIMIT:
            details = details[:LOG_DETAILS_LIMIT] + "..."
        record = LogRecord(self.result_id, status, description, details, context)
        self.logs.append(record)
        if self.result_id is not None:
            self.records.logs.append(record)
