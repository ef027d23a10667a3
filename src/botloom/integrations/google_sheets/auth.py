"""Google OAuth tokens of Sheets credentials: used while valid, refreshed when expired."""

import time

import httpx

from botloom.integrations.llm.http import post_form
from botloom.integrations.llm.types import LlmError
from botloom.integrations.plugins.base import IntegrationError
from botloom.schema.model import DocModel
from botloom.settings import Settings

EXPIRY_MARGIN_MS = 60_000
"""A token this close to its expiry is refreshed first."""


class GoogleCredentials(DocModel):
    """The data of ``google sheets`` credentials: Google's OAuth token set, as Typebot keeps
    it (snake_case keys; ``expiry_date`` in milliseconds)."""

    access_token: str | None = None
    refresh_token: str | None = None
    expiry_date: float | None = None


def is_fresh(credentials: GoogleCredentials, *, now_ms: float) -> bool:
    """Whether the access token can be used as it is."""
    if not credentials.access_token:
        return False
    return credentials.expiry_date is None or credentials.expiry_date > now_ms + EXPIRY_MARGIN_MS


async def refreshed_token(
    http: httpx.AsyncClient, credentials: GoogleCredentials, settings: Settings
) -> str:
    """A new access token from the refresh token, at the configured token endpoint."""
    if not credentials.refresh_token:
        raise IntegrationError(
            "Google Sheets: the access token expired and there is no refresh token"
        )
    if not settings.google_client_id or not settings.google_client_secret:
        raise IntegrationError(
            "Google Sheets: the access token expired",
            "Set BOTLOOM_GOOGLE_CLIENT_ID and BOTLOOM_GOOGLE_CLIENT_SECRET to refresh it",
        )
    try:
        data = await post_form(
            http,
            settings.google_oauth_token_url,
            form={
                "client_id": settings.google_client_id,
                "client_secret": settings.google_client_secret,
                "refresh_token": credentials.refresh_token,
                "grant_type": "refresh_token",
            },
            time_limit=settings.llm_timeout_seconds,
        )
    except LlmError as exc:
        raise IntegrationError(
            "Google Sheets: could not refresh the access token", exc.details
        ) from None
    token = data.get("access_token")
    if not isinstance(token, str):
        raise IntegrationError("Google Sheets: the token endpoint gave no access token")
    return token


def now_ms() -> float:
    """The time, as Google's ``expiry_date`` counts it."""
    return time.time() * 1000
