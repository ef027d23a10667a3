"""The HTTP client AI and Sheets actions call out with: SSRF-guarded, per the server's settings."""

import httpx

from botloom.integrations.http.client import guarded_httpx_client
from botloom.integrations.http.guard import SsrfPolicy
from botloom.settings import Settings


def outbound_http(settings: Settings) -> httpx.AsyncClient:
    """A client that reaches only public hosts, and the private ones the settings allow, and
    gives up after the settings' provider time limit.

    It follows no redirect: calls carry API keys, and httpx drops only ``Authorization`` on a
    redirect to another host, not ``api-key`` or ``x-api-key``. A request without secrets may
    still pass ``follow_redirects=True``.
    """
    return guarded_httpx_client(
        SsrfPolicy.from_settings(settings),
        timeout=settings.llm_timeout_seconds,
        follow_redirects=False,
    )
