"""Request bodies of the chat API (Typebot's viewer OpenAPI)."""

from typing import Annotated, Any, Literal

from pydantic import Discriminator, Field

from botloom.domain.schemas import ApiModel
from botloom.engine.runtime import Reply

TextFormat = Literal["richText", "markdown"]


class MessageMetadata(ApiModel):
    """Which button a reply came from."""

    reply_id: str | None = None


class TextMessage(ApiModel):
    """A typed reply or a clicked button."""

    type: Literal["text"]
    text: str
    metadata: MessageMetadata | None = None
    attached_file_urls: list[str] | None = None


class AudioMessage(ApiModel):
    """A recorded voice reply, uploaded first."""

    type: Literal["audio"]
    url: str


class CommandMessage(ApiModel):
    """A command sent by the embedding page (``Typebot.sendCommand``)."""

    type: Literal["command"]
    command: str


Message = str | Annotated[TextMessage | AudioMessage | CommandMessage, Discriminator("type")]


def to_reply(message: Message | None) -> Reply | None:
    """The engine's view of a message."""
    if message is None:
        return None
    if isinstance(message, str):
        return Reply(text=message)
    return Reply.from_message(message.model_dump(mode="json", exclude_none=True))


class StartChatBody(ApiModel):
    """startChat on a published bot."""

    message: Message | None = None
    result_id: str | None = None
    is_stream_enabled: bool = False
    is_only_registering: bool = False
    prefilled_variables: dict[str, Any] = Field(default_factory=dict)
    text_bubble_content_format: TextFormat = "richText"


class StartFromGroup(ApiModel):
    """Start a preview from a group."""

    type: Literal["group"]
    group_id: str


class StartFromEvent(ApiModel):
    """Start a preview from an event."""

    type: Literal["event"]
    event_id: str


class PreviewStartChatBody(StartChatBody):
    """startChat on a draft, from the builder."""

    session_id: str | None = None
    start_from: Annotated[StartFromGroup | StartFromEvent, Discriminator("type")] | None = None
    is_progress_bar_enabled: bool | None = None


class ContinueChatBody(ApiModel):
    """A visitor's reply, or the client's answer to a dedicated-reply action."""

    message: Message | None = None
    text_bubble_content_format: TextFormat = "richText"


class ClientLog(ApiModel):
    """A log line the widget reports."""

    status: str | None = None
    description: str = ""
    details: Any = None
    context: str | None = None


class ClientLogsBody(ApiModel):
    """Logs the widget reports for a session."""

    client_logs: list[ClientLog]
