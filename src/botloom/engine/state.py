"""The session state: what a chat remembers between turns.

Compact by design: it points at a published version by id and never holds the bot graph, so a
turn reads and writes a few hundred bytes whatever the size of the bot.
"""

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

from botloom.schema.variables import Variable


class StateModel(BaseModel):
    """camelCase JSON, as stored in the ``chat_session`` row."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
    )


class ChatAnswer(StateModel):
    """An answer as the session keeps it: keyed by variable name or group title."""

    key: str
    value: str


class VirtualEdgeTarget(StateModel):
    """Where a session-made edge (jump, link, return) leads."""

    group_id: str
    block_id: str | None = None


class InsertedBlock(StateModel):
    """A placeholder block a command event splices into a group, to resume after it."""

    id: str
    group_id: str
    index: int


class BotFrame(StateModel):
    """One bot in the session's queue: the bot being run, or a parent waiting for a link."""

    version_id: str
    typebot_id: str
    result_id: str | None = None
    variables: list[Variable] = []
    answers: list[ChatAnswer] = []
    queued_edge_ids: list[str] = []
    is_merging_with_parent: bool = False
    virtual_edges: dict[str, VirtualEdgeTarget] = {}
    inserted_blocks: list[InsertedBlock] = []


class TranscriptLine(StateModel):
    """One line of the conversation, kept only for bots that build a transcript."""

    role: Literal["bot", "user"]
    text: str


class ReturnMark(StateModel):
    """Where a Return block goes back to, set by a Jump or by a reply/command event."""

    status: Literal["pending", "called"] = "pending"
    block_id: str
    auto_resume_message: dict[str, Any] | None = None


class SessionState(StateModel):
    """Everything a chat needs to continue."""

    schema_version: int = 1
    frames: list[BotFrame]
    current_block_id: str | None = None
    workspace_id: str | None = None
    public_id: str | None = None
    is_preview: bool = False
    preview_user_id: str | None = None
    """Who started a preview: only they may restart it under the same session id."""
    is_stream_enabled: bool = False
    text_format: Literal["richText", "markdown"] = "richText"
    return_mark: ReturnMark | None = None
    total_answers: int = 0
    visited_edge_index: int = 0
    set_variable_history_index: int = 0
    emails_sent: list[str] = []
    progress_bar_override: bool | None = None
    allowed_origins: list[str] | None = None
    transcript: list[TranscriptLine] | None = None
    """The conversation so far; ``None`` (not kept) unless a block needs it."""
    extra: dict[str, Any] = Field(default_factory=dict)

    @property
    def frame(self) -> BotFrame:
        """The bot being run now (the head of the queue)."""
        return self.frames[0]
