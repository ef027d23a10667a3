"""Connecting Google Sheets: a workspace admin consents at Google, and the tokens Google gives
back become the workspace's ``google sheets`` credentials, encrypted like any other.

The ``state`` sent to Google is signed with a key derived from the encryption secret and names
the workspace, the user and a hash of their browser session, with an expiry: a callback that
brings back a state made for someone else, another session or another workspace is refused
(the OAuth CSRF defence), and nothing needs storing between the two steps. The PKCE verifier is
derived from the state's nonce with the same key, so only this server can finish the exchange.
"""

import hashlib
import hmac
import json
import logging
import re
import secrets
import time
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import urlencode

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.access.queries import access_workspace
from botloom.domain.auth.tokens import hash_token
from botloom.domain.credentials.service import WRITE_ROLE, create_credentials
from botloom.domain.credentials.vault import Vault
from botloom.domain.errors import (
    ConflictError,
    DomainError,
    ForbiddenError,
    NotFoundError,
    UnauthorizedError,
    UpstreamError,
)
from botloom.integrations.google_sheets import CREDENTIALS_TYPE
from botloom.integrations.llm.http import post_form
from botloom.integrations.llm.types import LlmError
from botloom.settings import Settings
from botloom.store.models import Credentials, User
from botloom.urlsafe import b64decode, b64encode

logger = logging.getLogger(__name__)

CALLBACK_PATH = "/api/v1/credentials/google-sheets/callback"
"""Where Google sends the browser back: register ``<public URL>`` + this in Google's console."""

SCOPES = "openid email https://www.googleapis.com/auth/spreadsheets"
STATE_TTL_SECONDS = 600
EXCHANGE_TIMEOUT_SECONDS = 15
_STATE_KEY_LABEL = b"botloom google-sheets oauth state"
_ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,64}$")

NOT_SET_UP = (
    "Google Sheets is not set up on this server: set BOTLOOM_GOOGLE_CLIENT_ID and "
    "BOTLOOM_GOOGLE_CLIENT_SECRET"
)


class ConnectOutcome(StrEnum):
    """How a return from Google ended; the builder says it in plain words."""

    CONNECTED = "connected"
    DENIED = "denied"
    """The person declined at Google."""
    EXPIRED = "expired"
    """The state is unknown, expired, or was made for another person or session."""
    FORBIDDEN = "forbidden"
    """The person may no longer manage the workspace's credentials."""
    UNAVAILABLE = "unavailable"
    """The server is not set up for it (no Google client, no encryption secret)."""
    FAILED = "failed"
    """Google refused the code or could not be reached."""


@dataclass(frozen=True)
class ConnectState:
    """What the signed ``state`` carries."""

    workspace_id: str
    user_id: str
    session: str
    expires: int
    nonce: str


def _key(secret: str) -> bytes:
    return hmac.new(secret.encode(), _STATE_KEY_LABEL, hashlib.sha256).digest()


def _mac(secret: str, message: str) -> str:
    return b64encode(hmac.new(_key(secret), message.encode(), hashlib.sha256).digest())


def session_binding(session_id: str | None) -> str:
    """What a state keeps of the browser session (a hash; empty for API-token callers)."""
    return hash_token(session_id)[:32] if session_id else ""


def seal_state(state: ConnectState, secret: str) -> str:
    """The state as sent to Google: its JSON and an HMAC of it."""
    payload = b64encode(json.dumps(asdict(state), separators=(",", ":")).encode())
    return f"{payload}.{_mac(secret, payload)}"


def _payload(value: str) -> dict[str, Any] | None:
    try:
        loaded = json.loads(b64decode(value.split(".", 1)[0]))
    except ValueError:
        return None
    return loaded if isinstance(loaded, dict) else None


def open_state(value: str, secret: str, *, now: float | None = None) -> ConnectState:
    """The state's content if this server signed it and it has not expired;
    ``UnauthorizedError`` otherwise."""
    payload, _, signature = value.partition(".")
    signed = hmac.compare_digest(signature.encode(), _mac(secret, payload).encode())
    loaded = _payload(value) if signed else None
    try:
        state = ConnectState(**loaded) if loaded is not None else None
    except TypeError:
        state = None
    if state is None or state.expires < (time.time() if now is None else now):
        raise UnauthorizedError("This Google connection is unknown or expired: start again")
    return state


def state_workspace(value: str | None) -> str | None:
    """The workspace a state names, unchecked: only to send the browser back to its page."""
    loaded = _payload(value) if value else None
    workspace_id = loaded.get("workspace_id") if loaded else None
    if isinstance(workspace_id, str) and _ID_PATTERN.match(workspace_id):
        return workspace_id
    return None


def _verifier(state: ConnectState, secret: str) -> str:
    return _mac(secret, f"pkce:{state.nonce}")


def _challenge(verifier: str) -> str:
    return b64encode(hashlib.sha256(verifier.encode()).digest())


def _client(settings: Settings) -> tuple[str, str]:
    if not settings.google_client_id or not settings.google_client_secret:
        raise ConflictError(NOT_SET_UP)
    return settings.google_client_id, settings.google_client_secret


async def start_google_sheets_connect(
    *,
    db: AsyncSession,
    settings: Settings,
    actor: User,
    workspace_id: str,
    session_id: str | None,
    redirect_uri: str,
) -> str:
    """Google's consent screen for an admin of the workspace, with a state bound to them, their
    session and the workspace."""
    await access_workspace(db=db, actor=actor, workspace_id=workspace_id, needed=WRITE_ROLE)
    client_id, _ = _client(settings)
    secret = Vault(settings.encryption_secret).usable_secret()
    state = ConnectState(
        workspace_id=workspace_id,
        user_id=actor.id,
        session=session_binding(session_id),
        expires=int(time.time()) + STATE_TTL_SECONDS,
        nonce=secrets.token_urlsafe(16),
    )
    query = {
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "response_type": "code",
        "scope": SCOPES,
        # A refresh token comes only with offline access, and again only on a fresh consent.
        "access_type": "offline",
        "prompt": "consent",
        "include_granted_scopes": "true",
        "state": seal_state(state, secret),
        "code_challenge": _challenge(_verifier(state, secret)),
        "code_challenge_method": "S256",
    }
    return f"{settings.google_oauth_authorize_url}?{urlencode(query)}"


def _email_of(id_token: object) -> str | None:
    # The ID token comes straight from Google's token endpoint over the exchange's own
    # connection, so it is read for a label without checking its signature.
    if not isinstance(id_token, str) or id_token.count(".") != 2:
        return None
    try:
        claims = json.loads(b64decode(id_token.split(".")[1]))
    except ValueError:
        return None
    email = claims.get("email") if isinstance(claims, dict) else None
    return email if isinstance(email, str) and email else None


async def _exchange(
    settings: Settings, state: ConnectState, secret: str, code: str, redirect_uri: str
) -> dict[str, Any]:
    client_id, client_secret = _client(settings)
    form = {
        "code": code,
        "client_id": client_id,
        "client_secret": client_secret,
        "redirect_uri": redirect_uri,
        "grant_type": "authorization_code",
        "code_verifier": _verifier(state, secret),
    }
    # The token endpoint is the operator's own setting, not a bot's: no SSRF guard applies.
    async with httpx.AsyncClient(follow_redirects=False) as http:
        try:
            return await post_form(
                http,
                settings.google_oauth_token_url,
                form=form,
                time_limit=EXCHANGE_TIMEOUT_SECONDS,
            )
        except LlmError as exc:
            raise UpstreamError(f"Google did not accept the authorization: {exc.message}") from None


async def _connect(
    *,
    db: AsyncSession,
    settings: Settings,
    actor: User,
    session_id: str | None,
    state_value: str,
    code: str,
    redirect_uri: str,
) -> Credentials:
    vault = Vault(settings.encryption_secret)
    secret = vault.usable_secret()
    state = open_state(state_value, secret)
    if state.user_id != actor.id or (
        state.session and not hmac.compare_digest(state.session, session_binding(session_id))
    ):
        raise UnauthorizedError("This Google connection was started by someone else: start again")
    await access_workspace(db=db, actor=actor, workspace_id=state.workspace_id, needed=WRITE_ROLE)
    tokens = await _exchange(settings, state, secret, code, redirect_uri)
    access_token = tokens.get("access_token")
    if not isinstance(access_token, str) or not access_token:
        raise UpstreamError("Google's answer has no access token")
    expires_in = tokens.get("expires_in")
    data: dict[str, Any] = {"access_token": access_token}
    if isinstance(tokens.get("refresh_token"), str):
        data["refresh_token"] = tokens["refresh_token"]
    if isinstance(expires_in, int | float):
        data["expiry_date"] = time.time() * 1000 + expires_in * 1000
    return await create_credentials(
        db=db,
        vault=vault,
        actor=actor,
        workspace_id=state.workspace_id,
        type_=CREDENTIALS_TYPE,
        name=_email_of(tokens.get("id_token")) or "Google Sheets",
        data=data,
    )


_OUTCOMES: tuple[tuple[type[DomainError], ConnectOutcome], ...] = (
    (UnauthorizedError, ConnectOutcome.EXPIRED),
    (ForbiddenError, ConnectOutcome.FORBIDDEN),
    (NotFoundError, ConnectOutcome.FORBIDDEN),
    (ConflictError, ConnectOutcome.UNAVAILABLE),
)


async def do_connect_google_sheets(
    *,
    db: AsyncSession,
    settings: Settings,
    actor: User,
    session_id: str | None,
    state: str | None,
    code: str | None,
    error: str | None,
    redirect_uri: str,
) -> tuple[ConnectOutcome, Credentials | None]:
    """Finish a connection Google sent back: the new credentials, or why there are none."""
    if error:
        return ConnectOutcome.DENIED, None
    if not state or not code:
        return ConnectOutcome.FAILED, None
    try:
        row = await _connect(
            db=db,
            settings=settings,
            actor=actor,
            session_id=session_id,
            state_value=state,
            code=code,
            redirect_uri=redirect_uri,
        )
    except DomainError as exc:
        outcome = next(
            (outcome for cls, outcome in _OUTCOMES if isinstance(exc, cls)), ConnectOutcome.FAILED
        )
        logger.warning("Google Sheets not connected (%s): %s", outcome, exc)
        return outcome, None
    return ConnectOutcome.CONNECTED, row
