"""Response bodies of the chat API, shaped as Typebot's embed reads them (docs/chat-api.md),
and their models.

The routes return the plain dicts built here, and FastAPI checks them against the models and
writes them by alias, leaving out what the dict leaves out. What the engine hands over as it
is (a bubble's media content, the input block, client actions, the bot's theme and settings)
stays a dict in the model, so its keys keep their order and the bytes on the wire are the
ones the dicts give.
"""

from typing import Annotated, Any, Literal

from pydantic import Discriminator, Field, WithJsonSchema

from botloom.domain.chat.service import ChatTurn
from botloom.domain.schemas import ApiModel


def _open_object(
    description: str, properties: dict[str, Any], required: list[str]
) -> WithJsonSchema:
    """The schema of a JSON object the engine builds and the route passes through untouched;
    ``properties`` documents the keys clients rely on."""
    return WithJsonSchema(
        {
            "type": "object",
            "description": description,
            "properties": properties,
            "required": required,
            "additionalProperties": True,
        }
    )


_STRING = {"type": "string"}


class RichTextContent(ApiModel):
    """A text bubble as rich text (the default format)."""

    type: Literal["richText"]
    rich_text: list[Any]


class MarkdownContent(ApiModel):
    """A text bubble as Markdown (``textBubbleContentFormat: "markdown"``)."""

    type: Literal["markdown"]
    markdown: str


class TextBubble(ApiModel):
    """A text bubble; its id is the block's."""

    id: str
    type: Literal["text"]
    content: Annotated[RichTextContent | MarkdownContent, Discriminator("type")]


MediaContent = Annotated[
    dict[str, Any],
    _open_object(
        "The bubble's content as stored in the bot, variables substituted.",
        {"url": _STRING},
        ["url"],
    ),
]


class MediaBubble(ApiModel):
    """An image, video, audio or embed bubble; its id is the block's."""

    id: str
    type: Literal["image", "video", "audio", "embed"]
    content: MediaContent


ChatMessage = Annotated[TextBubble | MediaBubble, Discriminator("type")]

ChatInput = Annotated[
    dict[str, Any],
    _open_object(
        "The input block the bot waits on, as in the bot (with `prefilledValue` and runtime "
        "options when it has them).",
        {"id": _STRING, "type": _STRING, "outgoingEdgeId": _STRING, "options": {"type": "object"}},
        ["id", "type"],
    ),
]

ClientSideAction = Annotated[
    dict[str, Any],
    _open_object(
        "Something the client runs (a script, a redirect, a wait, ...), after the bubble "
        "`lastBubbleBlockId`; its payload is under the key named by `type`.",
        {
            "type": _STRING,
            "lastBubbleBlockId": _STRING,
            "expectsDedicatedReply": {"type": "boolean"},
        },
        ["type"],
    ),
]

_BotDocumentPart = Annotated[
    dict[str, Any], Field(description="As in the bot, only the fields it sets.")
]


class ChatLog(ApiModel):
    """What went wrong or right in a block, shown in the builder's preview."""

    status: str
    description: str
    details: str | None = None
    context: str | None = None


class DynamicTheme(ApiModel):
    """Avatars and background the bot gives as ``{{Variable}}`` URLs, resolved."""

    host_avatar_url: str | None = None
    guest_avatar_url: str | None = None
    background_url: str | None = None


class ChatBot(ApiModel):
    """The bot a chat runs, as much as the widget needs to draw it."""

    id: str
    version: str
    theme: _BotDocumentPart
    settings: _BotDocumentPart
    published_at: str | None = None


class ContinueChatResponse(ApiModel):
    """What the bot says in a turn, and the input it then waits on (none: the chat ended)."""

    messages: list[ChatMessage]
    input: ChatInput | None = None
    client_side_actions: list[ClientSideAction] | None = None
    logs: list[ChatLog] | None = Field(default=None, description="Preview chats only.")
    progress: float | None = None
    last_message_new_format: str | None = Field(
        default=None, description="The visitor's reply as the input reformatted it."
    )
    dynamic_theme: DynamicTheme | None = None


class _ChatStart(ApiModel):
    session_id: str = Field(description="To send to continueChat.")
    typebot: ChatBot
    result_id: str | None = None


class StartChatResponse(ContinueChatResponse, _ChatStart):
    """A new chat: its session, the bot's look, and the first turn.

    Bases are listed turn first so that pydantic, which lays out fields from the last base to
    the first, writes the session and the bot before the turn, as the dict does.
    """


def _turn_fields(turn: ChatTurn) -> dict[str, Any]:
    outcome = turn.outcome
    body: dict[str, Any] = {"messages": outcome.messages}
    if outcome.input is not None:
        body["input"] = outcome.input
    if outcome.client_side_actions:
        body["clientSideActions"] = outcome.client_side_actions
    if outcome.logs and outcome.state.is_preview:
        body["logs"] = outcome.logs
    if outcome.progress is not None:
        body["progress"] = outcome.progress
    if outcome.last_message_new_format is not None:
        body["lastMessageNewFormat"] = outcome.last_message_new_format
    dynamic_theme = _dynamic_theme(turn)
    if dynamic_theme:
        body["dynamicTheme"] = dynamic_theme
    return body


def _dynamic_theme(turn: ChatTurn) -> dict[str, str]:
    """Avatars and background given as ``{{Variable}}`` URLs, resolved for this session."""
    theme = turn.bot.document.theme
    frame = turn.outcome.state.frames[-1]
    values = {v.name: v.value for v in frame.variables}

    def resolve(url: str | None) -> str | None:
        if not url or "{{" not in url:
            return None
        name = url.strip().removeprefix("{{").removesuffix("}}")
        value = values.get(name)
        return value if isinstance(value, str) else None

    found = {
        "hostAvatarUrl": resolve(theme.chat.host_avatar.url if theme.chat.host_avatar else None),
        "guestAvatarUrl": resolve(theme.chat.guest_avatar.url if theme.chat.guest_avatar else None),
        "backgroundUrl": resolve(
            theme.general.background.content if theme.general.background else None
        ),
    }
    return {k: v for k, v in found.items() if v}


def _start_props(turn: ChatTurn) -> dict[str, str]:
    """Typebot's ``startPropsToInject`` from the bot's settings: the page of a live chat loads
    the bot's own head code and Google Tag Manager container (a preview loads neither)."""
    if turn.outcome.state.is_preview:
        return {}
    metadata = turn.bot.document.settings.metadata
    found = {"customHeadCode": metadata.custom_head_code, "gtmId": metadata.google_tag_manager_id}
    return {key: value for key, value in found.items() if value}


def start_chat_response(turn: ChatTurn) -> dict[str, Any]:
    """The startChat body: the session, the bot's look and the first turn (after the start
    props to inject, when the bot has any)."""
    document = turn.bot.document
    typebot: dict[str, Any] = {
        "id": turn.bot.typebot_id,
        "version": document.version,
        "theme": document.theme.model_dump(mode="json", exclude_unset=True),
        "settings": document.settings.model_dump(mode="json", exclude_unset=True),
    }
    if turn.bot.published_at is not None:
        typebot["publishedAt"] = turn.bot.published_at
    body: dict[str, Any] = {"sessionId": turn.session_id, "typebot": typebot}
    if turn.result_id is not None:
        body["resultId"] = turn.result_id
    fields = _turn_fields(turn)
    start_props = _start_props(turn)
    if start_props:
        inject = {"type": "startPropsToInject", "startPropsToInject": start_props}
        fields["clientSideActions"] = [inject, *fields.get("clientSideActions", [])]
    return body | fields


def continue_chat_response(turn: ChatTurn) -> dict[str, Any]:
    """The continueChat body."""
    return _turn_fields(turn)
