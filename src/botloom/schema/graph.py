"""Groups, edges, events and variables: the graph of a bot."""

from typing import Annotated, Literal

from pydantic import Discriminator, Field

from botloom.engine.blocks.catalog import AnyBlock
from botloom.schema.model import DocModel, GraphCoordinates, GraphId
from botloom.schema.variables import Variable, VariableValue

__all__ = ["Variable", "VariableValue"]


class Group(DocModel):
    """A group of blocks, run top to bottom."""

    always_exported = ("title", "graph_coordinates", "blocks")

    id: GraphId
    title: str = ""
    graph_coordinates: GraphCoordinates = Field(default_factory=GraphCoordinates)
    blocks: list[AnyBlock] = []


class EdgeFromBlock(DocModel):
    """An edge leaving a block, or one of its items or paths."""

    block_id: str
    item_id: str | None = None
    path_id: str | None = None


class EdgeFromEvent(DocModel):
    """An edge leaving an event."""

    event_id: str


class EdgeTo(DocModel):
    """Where an edge leads: a group, optionally from one of its blocks on."""

    group_id: str
    block_id: str | None = None


class Edge(DocModel):
    """A link between blocks (or events) and groups. ``from`` is informational only."""

    id: GraphId
    from_: EdgeFromBlock | EdgeFromEvent = Field(alias="from")
    to: EdgeTo


class EventBase(DocModel):
    """Fields every event has."""

    always_exported = ("graph_coordinates",)

    id: GraphId
    outgoing_edge_id: str | None = None
    graph_coordinates: GraphCoordinates = Field(default_factory=GraphCoordinates)


class StartEvent(EventBase):
    """Where a chat starts; always ``events[0]``."""

    type: Literal["start"]


class CommandEventOptions(DocModel):
    """A command sent by the embedding page, and whether the flow resumes after it."""

    command: str | None = None
    resume_after: bool | None = None


class CommandEvent(EventBase):
    """Runs its flow when the client sends a matching command."""

    type: Literal["command"]
    options: CommandEventOptions = Field(default_factory=CommandEventOptions)


class ReplyEventOptions(DocModel):
    """Variables that receive the reply, the input's name and its type."""

    content_variable_id: str | None = None
    input_name_variable_id: str | None = None
    input_type_variable_id: str | None = None


class ReplyEvent(EventBase):
    """Intercepts every reply to an input before it is saved."""

    type: Literal["reply"]
    options: ReplyEventOptions = Field(default_factory=ReplyEventOptions)


class InvalidReplyEvent(EventBase):
    """Runs instead of the retry message when a reply is invalid."""

    type: Literal["invalidReply"]
    options: ReplyEventOptions = Field(default_factory=ReplyEventOptions)


AnyEvent = Annotated[
    StartEvent | CommandEvent | ReplyEvent | InvalidReplyEvent, Discriminator("type")
]
