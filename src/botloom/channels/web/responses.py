"""Response bodies of the chat API, shaped as Typebot's embed reads them (docs/chat-api.md)."""

from typing import Any

from botloom.domain.chat.service import ChatTurn


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


def start_chat_response(turn: ChatTurn) -> dict[str, Any]:
    """The startChat body: the session, the bot's look and the first turn."""
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
    return body | _turn_fields(turn)


def continue_chat_response(turn: ChatTurn) -> dict[str, Any]:
    """The continueChat body."""
    return _turn_fields(turn)
