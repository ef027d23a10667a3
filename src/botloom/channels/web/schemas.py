"""Request bodies of the chat API (Typebot's viewer OpenAPI)."""

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Discriminator, Field, StringConstraints

from botloom.domain.schemas import ApiModel
from botloom.engine.runtime import Reply

TextFormat = Literal["richText", "markdown"]

MAX_REPLY_CHARS = 100_000
"""Longest reply a visitor may send: far more than anyone types, and it bounds what one reply
can make a bot repeat."""
MAX_URL_CHARS = 8_192
MAX_PREFILLED_VARIABLES = 500
MAX_PREFILLED_VALUE_CHARS = 100_000
MAX_CLIENT_LOGS = 100

ChatId = Annotated[
    str, StringConstraints(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9_-]+$")
]
"""A session or result id as this server makes them (clients may name a preview session)."""
ReplyText = Annotated[str, StringConstraints(max_length=MAX_REPLY_CHARS)]
Url = Annotated[str, StringConstraints(max_length=MAX_URL_CHARS)]
ShortText = Annotated[str, StringConstraints(max_length=200)]


def _check_prefilled(values: dict[str, Any]) -> dict[str, Any]:
    for name, value in values.items():
        items = value if isinstance(value, list) else [value]
        if any(isinstance(item, str) and len(item) > MAX_PREFILLED_VALUE_CHARS for item in items):
            raise ValueError(
                f"{name}: longer than the {MAX_PREFILLED_VALUE_CHARS} characters allowed"
            )
    return values


PrefilledVariables = Annotated[
    dict[ShortText, Any],
    Field(max_length=MAX_PREFILLED_VARIABLES),
    AfterValidator(_check_prefilled),
]


class MessageMetadata(ApiModel):
    """Which button a reply came from."""

    reply_id: ShortText | None = None


class TextMessage(ApiModel):
    """A typed reply or a clicked button."""

    type: Literal["text"]
    text: ReplyText
    metadata: MessageMetadata | None = None
    attached_file_urls: Annotated[list[Url], Field(max_length=100)] | None = None


class AudioMessage(ApiModel):
    """A recorded voice reply, uploaded first."""

    type: Literal["audio"]
    url: Url


class CommandMessage(ApiModel):
    """A command sent by the embedding page (``Typebot.sendCommand``)."""

    type: Literal["command"]
    command: ShortText


Message = ReplyText | Annotated[TextMessage | AudioMessage | CommandMessage, Discriminator("type")]


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
    result_id: ChatId | None = None
    is_stream_enabled: bool = False
    is_only_registering: bool = False
    prefilled_variables: PrefilledVariables = Field(default_factory=dict)
    text_bubble_content_format: TextFormat = "richText"


class StartFromGroup(ApiModel):
    """Start a preview from a group."""

    type: Literal["group"]
    group_id: ShortText


class StartFromEvent(ApiModel):
    """Start a preview from an event."""

    type: Literal["event"]
    event_id: ShortText


class PreviewStartChatBody(StartChatBody):
    """startChat on a draft, from the builder."""

    session_id: ChatId | None = None
    start_from: Annotated[StartFromGroup | StartFromEvent, Discriminator("type")] | None = None
    is_progress_bar_enabled: bool | None = None


class ContinueChatBody(ApiModel):
    """A visitor's reply, or the client's answer to a dedicated-reply action."""

    message: Message | None = None
    text_bubble_content_format: TextFormat = "richText"


class ClientLog(ApiModel):
    """A log line the widget reports."""

    status: Annotated[str, StringConstraints(max_length=32)] | None = None
    description: Annotated[str, StringConstraints(max_length=10_000)] = ""
    details: Any = None
    context: ShortText | None = None


class ClientLogsBody(ApiModel):
    """Logs the widget reports for a session."""

    client_logs: Annotated[list[ClientLog], Field(max_length=MAX_CLIENT_LOGS)]
