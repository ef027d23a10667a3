"""Chat turns end to end: load the session and bots, run the engine, save in one transaction."""

import contextlib
import dataclasses
import json
import random
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from botloom.domain.access.queries import BotRight, access_typebot
from botloom.domain.chat.bots import (
    BotCache,
    LiveState,
    closed_message,
    draft_bot,
    find_live_bot,
    linked_bot,
    live_bot,
    load_version,
    template_bot,
)
from botloom.domain.chat.locks import SessionLocks
from botloom.domain.chat.persistence import (
    StaleSessionError,
    TurnWrite,
    TurnWriter,
    result_exists,
)
from botloom.domain.errors import ForbiddenError, InvalidInputError, NotFoundError
from botloom.domain.integrations.payments import StripePayments
from botloom.domain.integrations.runtime import IntegrationsRuntime, WorkspaceIntegrations
from botloom.engine.blocks.logic.webhook.execute import REPLY_KEY
from botloom.engine.bot import Bot
from botloom.engine.ports import Ports
from botloom.engine.runtime import Reply
from botloom.engine.state import SessionState
from botloom.engine.walker import (
    EngineError,
    StartOptions,
    TurnOutcome,
    continue_chat,
    start_chat,
)
from botloom.ids import new_id
from botloom.integrations.http.client import GuardedHttpClient
from botloom.integrations.js_workers import JsWorkerPool, RemoteSandbox
from botloom.store.db import session_factory
from botloom.store.models import ChatSession, Log, User
from botloom.store.session_rows import read_session_row
from botloom.store.signals import Signals
from botloom.store.types import utcnow

MAX_TURN_ATTEMPTS = 5
"""How often a turn is re-run when another worker answered the same session meanwhile."""


class BotClosedError(InvalidInputError):
    """The bot no longer takes chats; the message is the bot's own "closed" text."""


@dataclass
class ChatRuntime:
    """Process-wide helpers of the chat service: the bot cache, session locks, JS sandboxes."""

    engine: AsyncEngine
    writer: TurnWriter
    js: JsWorkerPool
    cache: BotCache = field(default_factory=BotCache)
    locks: SessionLocks = field(default_factory=SessionLocks)
    integrations: IntegrationsRuntime | None = None
    http: GuardedHttpClient | None = None
    sessions: async_sessionmaker[AsyncSession] = field(init=False)
    """ORM sessions for what a turn reads besides its session row (bot-cache misses, linked
    bots): most turns never open one."""
    signals: Signals = field(init=False)
    """Wakes requests waiting on a session (a webhook's outcome) in any worker."""

    def __post_init__(self) -> None:
        self.sessions = session_factory(self.engine)
        self.signals = Signals(self.engine)

    def sandbox(self) -> RemoteSandbox:
        """A fresh JavaScript sandbox for one turn; its ``fetch`` goes through the guarded
        HTTP client (when there is one), wherever the sandbox runs."""
        return self.js.sandbox(fetch=self.http.fetch_text if self.http else None)


@dataclass
class StartRequest:
    """A startChat request, already parsed."""

    message: Reply | None = None
    result_id: str | None = None
    is_stream_enabled: bool = False
    is_only_registering: bool = False
    prefilled_variables: dict[str, Any] = field(default_factory=dict)
    text_format: str = "richText"
    start_group_id: str | None = None
    start_event_id: str | None = None
    session_id: str | None = None
    progress_bar_override: bool | None = None


@dataclass
class ChatTurn:
    """What the chat API answers: the engine's outcome, plus ids for startChat."""

    outcome: TurnOutcome
    session_id: str
    bot: Bot
    result_id: str | None = None


def _ports(runtime: ChatRuntime, workspace_id: str, preview: bool) -> Ports:
    async def load_bot(typebot_id: str) -> Bot | None:
        async with runtime.sessions() as db:
            return await linked_bot(
                db=db,
                cache=runtime.cache,
                typebot_id=typebot_id,
                workspace_id=workspace_id,
                preview=preview,
            )

    integrations = None
    payments = None
    if runtime.integrations is not None:
        integrations = runtime.integrations.for_workspace(runtime.engine, workspace_id)
        payments = StripePayments(runtime.engine, runtime.integrations.settings, workspace_id)
    return Ports(
        load_bot=load_bot,
        now=utcnow,
        new_id=new_id,
        random=random.random,
        integrations=integrations,
        http=runtime.http,
        payments=payments,
    )


async def _with_js(
    runtime: ChatRuntime, ports: Ports, run: Callable[[Ports], Awaitable[TurnOutcome]]
) -> TurnOutcome:
    """Run a turn with a JavaScript sandbox that lives as long as the turn, in a worker
    process (its V8 isolate is only created if the turn runs code)."""
    js = runtime.sandbox()
    integrations = ports.integrations
    if isinstance(integrations, WorkspaceIntegrations):
        # Actions run their code in the turn's sandbox: a second one would take a second place
        # in the pool, which busy turns could wait on forever.
        integrations = integrations.lending(js)
    try:
        return await run(dataclasses.replace(ports, js=js, integrations=integrations))
    finally:
        await js.close()


async def _start(
    runtime: ChatRuntime, ports: Ports, bot: Bot, options: StartOptions
) -> TurnOutcome:
    """The first turn of a chat; what the engine refuses in the request (an unknown
    ``startFrom`` group or event, a command with no event) is the caller's error."""
    try:
        return await _with_js(runtime, ports, lambda p: start_chat(bot, p, options))
    except EngineError as exc:
        raise InvalidInputError(str(exc)) from None


def check_origin(allowed: list[str] | None, origin: str | None) -> None:
    """Refuse a browser origin the bot's ``allowedOrigins`` does not list."""
    if allowed and origin is not None and origin not in allowed:
        raise ForbiddenError("This origin is not allowed to chat with this bot")


async def start_live_chat(
    *,
    runtime: ChatRuntime,
    public_id: str,
    request: StartRequest,
    origin: str | None,
) -> ChatTurn:
    """startChat on a published bot: a result (a view) is created, the first turn runs."""
    typebot = await find_live_bot(engine=runtime.engine, cache=runtime.cache, public_id=public_id)
    if typebot is None:
        raise NotFoundError("Typebot not found")
    if typebot.state is LiveState.SUSPENDED:
        raise ForbiddenError("This bot is suspended")
    bot = typebot.bot
    if typebot.state is LiveState.CLOSED:
        raise BotClosedError(closed_message(bot))
    settings = bot.document.settings
    check_origin(settings.security.allowed_origins, origin)
    result_id = await _result_for(runtime.engine, typebot.typebot_id, bot, request.result_id)
    session_id = new_id()
    options = _start_options(request, result_id, typebot.workspace_id, public_id, preview=False)
    ports = _ports(runtime, typebot.workspace_id, preview=False)
    outcome = await _start(runtime, ports, bot, options)
    outcome.state.allowed_origins = settings.security.allowed_origins
    new_result = None if result_id == request.result_id else (result_id, typebot.typebot_id)
    await runtime.writer.write(
        TurnWrite(
            session_id=session_id,
            outcome=outcome,
            turn=None,
            keep=not outcome.completed,
            write_results=True,
            new_result=new_result,
        )
    )
    return ChatTurn(outcome=outcome, session_id=session_id, bot=bot, result_id=result_id)


async def _result_for(engine: AsyncEngine, typebot_id: str, bot: Bot, requested: str | None) -> str:
    """The result id: the requested one when "remember user" is on and it exists, else new."""
    remember = bot.document.settings.general.remember_user
    if requested and remember is not None and remember.is_enabled:
        async with engine.connect() as connection:
            if await result_exists(connection, result_id=requested, typebot_id=typebot_id):
                return requested
    return new_id()


def _start_options(
    request: StartRequest,
    result_id: str | None,
    workspace_id: str,
    public_id: str | None,
    *,
    preview: bool,
) -> StartOptions:
    return StartOptions(
        result_id=result_id,
        is_preview=preview,
        prefilled_variables=request.prefilled_variables,
        start_group_id=request.start_group_id,
        start_event_id=request.start_event_id,
        message=request.message,
        is_stream_enabled=request.is_stream_enabled,
        text_format=request.text_format,
        workspace_id=workspace_id,
        public_id=public_id,
        progress_bar_override=request.progress_bar_override,
        only_register=request.is_only_registering,
    )


async def start_preview_chat(
    *, db: AsyncSession, runtime: ChatRuntime, actor: User, typebot_id: str, request: StartRequest
) -> ChatTurn:
    """startChat on a draft from the builder: no results are written."""
    typebot, _ = await access_typebot(
        db=db, actor=actor, typebot_id=typebot_id, needed=BotRight.READ
    )
    bot = draft_bot(runtime.cache, typebot)
    return await _start_preview(
        db=db,
        runtime=runtime,
        actor=actor,
        bot=bot,
        workspace_id=typebot.workspace_id,
        request=request,
    )


async def start_template_preview_chat(
    *, db: AsyncSession, runtime: ChatRuntime, actor: User, slug: str, request: StartRequest
) -> ChatTurn:
    """startChat on a template of the gallery, without making a bot of it. It runs in no
    workspace: its blocks see no stored credentials and link to no bot."""
    bot = template_bot(runtime.cache, slug)
    return await _start_preview(
        db=db, runtime=runtime, actor=actor, bot=bot, workspace_id="", request=request
    )


async def _start_preview(
    *,
    db: AsyncSession,
    runtime: ChatRuntime,
    actor: User,
    bot: Bot,
    workspace_id: str,
    request: StartRequest,
) -> ChatTurn:
    """The first turn of a preview chat of ``bot`` by ``actor``: a session kept for
    continueChat, no result written."""
    session_id = request.session_id or new_id()
    if request.session_id:
        await _check_preview_restart(db, session_id, typebot_id=bot.typebot_id, user_id=actor.id)
    # A restarted preview replaces its session. Committing here also gives the connection
    # back before the turn runs (its linked bots take one of their own).
    await db.execute(delete(ChatSession).where(ChatSession.id == session_id))
    await db.commit()
    options = _start_options(request, None, workspace_id, None, preview=True)
    ports = _ports(runtime, workspace_id, preview=True)
    outcome = await _start(runtime, ports, bot, options)
    outcome.state.preview_user_id = actor.id
    await runtime.writer.write(
        TurnWrite(session_id=session_id, outcome=outcome, turn=None, keep=True, write_results=False)
    )
    return ChatTurn(outcome=outcome, session_id=session_id, bot=bot)


async def _check_preview_restart(
    db: AsyncSession, session_id: str, *, typebot_id: str, user_id: str
) -> None:
    """A preview may take over an existing session id only if it is its own: a preview of the
    same bot started by the same user. Any other session (a visitor's live chat above all)
    is refused, never replaced."""
    row = await db.get(ChatSession, session_id)
    if row is None:
        return
    state = SessionState.model_validate(row.state)
    own = (
        state.is_preview
        and state.preview_user_id == user_id
        and state.frames[0].typebot_id == typebot_id
    )
    if not own:
        raise InvalidInputError.for_field(
            "sessionId", "names a chat that is not your preview of this bot; leave it out"
        )


async def continue_live_chat(
    *,
    runtime: ChatRuntime,
    session_id: str,
    message: Reply | None,
    origin: str | None,
    hooks: "TurnHooks | None" = None,
) -> ChatTurn:
    """continueChat: one turn, applied after any other turn of the same session."""
    async with runtime.locks.hold(session_id):
        for _ in range(MAX_TURN_ATTEMPTS):
            with contextlib.suppress(StaleSessionError):
                return await _continue_once(runtime, session_id, message, origin, hooks)
    raise StaleSessionError(session_id)


@dataclass(frozen=True)
class TurnHooks:
    """What a turn run on the server's own behalf (a webhook's call) adds to a continueChat:
    ``check`` refuses a session that is not in the expected place (it raises), ``finish``
    sees the turn before it is written, and the session is kept even when the chat ended."""

    check: Callable[[SessionState, dict[str, Bot]], None]
    finish: Callable[[ChatTurn], None]


async def _continue_once(
    runtime: ChatRuntime,
    session_id: str,
    message: Reply | None,
    origin: str | None,
    hooks: TurnHooks | None,
) -> ChatTurn:
    stored = await read_session(runtime, session_id, origin)
    state = stored.state
    bots = await session_bots(runtime, state)
    if hooks is not None:
        hooks.check(state, bots)
    else:
        # The page that sends a turn has the webhook's response already: stop keeping it.
        state.extra.pop(REPLY_KEY, None)
    ports = _ports(runtime, state.workspace_id or "", preview=state.is_preview)
    try:
        outcome = await _with_js(runtime, ports, lambda p: continue_chat(state, bots, p, message))
    except EngineError as exc:
        raise InvalidInputError(str(exc)) from None
    turn = ChatTurn(outcome=outcome, session_id=session_id, bot=bots[state.frames[-1].version_id])
    if hooks is not None:
        hooks.finish(turn)
    await runtime.writer.write(
        TurnWrite(
            session_id=session_id,
            outcome=outcome,
            turn=stored.turn,
            keep=state.is_preview or not outcome.completed or hooks is not None,
            write_results=not state.is_preview,
        )
    )
    return turn


@dataclass(frozen=True)
class StoredSession:
    """A chat session as read at the start of a turn."""

    state: SessionState
    turn: int
    """The turn counter the turn's write must still find (see ``TurnWrite``)."""


async def read_session(runtime: ChatRuntime, session_id: str, origin: str | None) -> StoredSession:
    """The session's state, read for a turn coming from ``origin``. Raises ``NotFoundError``
    for an unknown session and ``ForbiddenError`` for an origin the bot does not allow."""
    # The one read of a turn, by the driver on a pooled connection; the ORM session only wakes
    # up on a bot-cache miss or a linked bot.
    row = await read_session_row(runtime.engine, session_id)
    if row is None:
        raise NotFoundError("Session not found.")
    try:
        state = SessionState.model_validate_json(row.state_json)
    except ValidationError:
        # Rows written before states went through pydantic may hold escapes its JSON parser
        # refuses (lone surrogates); Python's parser reads them.
        state = SessionState.model_validate(json.loads(row.state_json))
    check_origin(state.allowed_origins, origin)
    return StoredSession(state=state, turn=row.turn)


async def session_bots(runtime: ChatRuntime, state: SessionState) -> dict[str, Bot]:
    """The bot versions the session's frames run, by version id (cached; the database is only
    asked on a miss). Raises ``NotFoundError`` when one is gone."""
    bots: dict[str, Bot] = {}
    missing: list[str] = []
    for frame in state.frames:
        bot = runtime.cache.get(frame.version_id)
        if bot is None:
            missing.append(frame.version_id)
        else:
            bots[frame.version_id] = bot
    if missing:
        async with runtime.sessions() as db:
            for version_id in missing:
                loaded = await load_version(db=db, cache=runtime.cache, version_id=version_id)
                if loaded is None:
                    raise NotFoundError("Session not found.")
                bots[version_id] = loaded
    return bots


async def save_client_logs(
    *, db: AsyncSession, session_id: str, logs: list[Mapping[str, Any]]
) -> None:
    """Logs the widget reports (failed requests, client-side errors), into the result."""
    row = await db.get(ChatSession, session_id)
    if row is None:
        raise NotFoundError("Session not found.")
    state = SessionState.model_validate(row.state)
    result_id = state.frames[0].result_id
    if result_id is None or state.is_preview:
        return
    for entry in logs:
        db.add(
            Log(
                result_id=result_id,
                status=str(entry.get("status") or "error"),
                description=str(entry.get("description") or "")[:2000],
                details=_text_or_none(entry.get("details")),
                context=_text_or_none(entry.get("context")),
            )
        )
    try:
        await db.commit()
    except IntegrityError:
        # The result was deleted while its chat was open: its logs have nowhere to go.
        await db.rollback()


def _text_or_none(value: object) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


async def update_session_bot(
    *, db: AsyncSession, runtime: ChatRuntime, actor: User, session_id: str
) -> None:
    """Point a preview session at the bot's latest draft (keeps its place and variables)."""
    row = await db.get(ChatSession, session_id)
    if row is None:
        raise NotFoundError("Session not found.")
    state = SessionState.model_validate(row.state)
    frame = state.frames[0]
    typebot, _ = await access_typebot(
        db=db, actor=actor, typebot_id=frame.typebot_id, needed=BotRight.READ
    )
    bot = (
        draft_bot(runtime.cache, typebot)
        if state.is_preview
        else await live_bot(db=db, cache=runtime.cache, typebot=typebot)
    )
    if bot is None:
        raise NotFoundError("Typebot is not published")
    frame.version_id = bot.version_id
    row.state = state.model_dump(mode="json")
    row.turn += 1
    await db.commit()
