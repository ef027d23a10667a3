"""What every block type declares: its document model and its family."""

import builtins
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from botloom.schema.model import DocModel, GraphId

if TYPE_CHECKING:
    from botloom.engine.runtime import BlockResult, InvalidReply, ParsedReply, Reply, TurnContext


class BlockFamily(StrEnum):
    """The families of Typebot's block catalogue; the engine treats each family alike."""

    START = "start"
    BUBBLE = "bubble"
    INPUT = "input"
    LOGIC = "logic"
    INTEGRATION = "integration"
    FORGE = "forge"


class BlockBase(DocModel):
    """Fields every block has, whatever its type."""

    id: GraphId
    type: str
    outgoing_edge_id: str | None = None


class ItemBase(DocModel):
    """An item of a block that has items (buttons, conditions, A/B paths, cards)."""

    id: GraphId
    outgoing_edge_id: str | None = None


Execute = Callable[[Any, "TurnContext"], Awaitable["BlockResult"]]
"""Runs a bubble, logic or integration block (the block is an instance of the spec's model)."""

ParseReply = Callable[[Any, "Reply", "TurnContext"], Awaitable["ParsedReply | InvalidReply"]]
"""Checks and reads a visitor's reply to an input block."""

FormatInput = Callable[[Any, "TurnContext"], Awaitable[dict[str, Any]]]
"""The input as the chat API sends it to the client (items filtered, variables parsed...)."""

Resume = Callable[[Any, "Reply", "TurnContext"], Awaitable[None]]
"""Takes the client's dedicated reply to a paused block (a client-side result, an event)."""


@dataclass(frozen=True, kw_only=True)
class BlockSpec:
    """The registration of one block type: its ``type`` string, family and document model,
    and what runs it: ``execute`` for bubbles, logic and integrations, ``parse_reply`` (and
    optionally ``format_input``) for inputs. A block type without a runner is kept in
    documents but skipped at run time."""

    type: str
    family: BlockFamily
    model: builtins.type[BlockBase]
    execute: Execute | None = None
    parse_reply: ParseReply | None = None
    format_input: FormatInput | None = None
    resume: Resume | None = None
