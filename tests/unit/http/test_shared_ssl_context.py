"""Clients made per AI call share the process's one SSL context: building a context costs
milliseconds of CPU on the event loop, inside a chat turn."""

import ssl
from collections.abc import Callable
from typing import Any

import pytest

from botloom.integrations.http.client import ssl_context
from botloom.integrations.llm.outbound import outbound_http
from botloom.settings import Settings


@pytest.fixture
def contexts_built(monkeypatch: pytest.MonkeyPatch) -> list[ssl.SSLContext]:
    """Every SSL context built from now on (httpx builds its verifying ones with this)."""
    built: list[ssl.SSLContext] = []
    original: Callable[..., ssl.SSLContext] = ssl.create_default_context

    def counting(*args: Any, **kwargs: Any) -> ssl.SSLContext:
        context = original(*args, **kwargs)
        built.append(context)
        return context

    monkeypatch.setattr(ssl, "create_default_context", counting)
    ssl_context.cache_clear()
    return built


async def test_two_ai_calls_build_one_ssl_context(contexts_built: list[ssl.SSLContext]) -> None:
    settings = Settings()
    for _ in range(2):
        async with outbound_http(settings):
            pass
    assert contexts_built == [ssl_context()]


def test_the_shared_context_verifies_certificates_and_host_names() -> None:
    context = ssl_context()
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname
