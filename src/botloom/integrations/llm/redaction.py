"""Keeping credentials out of result logs, which anyone who can read a bot's results (and a
visitor, through the preview) sees: a provider that echoes the key it was sent would otherwise
publish it there.

``keeping_secrets`` wraps an action so that every log line it leaves, and the error it ends
with, has the credentials' secret values replaced and its length capped.
"""

import logging
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from dataclasses import replace
from typing import Any

from pydantic import BaseModel

from botloom.engine.integration_calls import IntegrationLog
from botloom.integrations.plugins.base import Action, ActionContext, ActionStream, IntegrationError
from botloom.settings import Settings

logger = logging.getLogger(__name__)

LOG_TEXT_LIMIT = 1000
"""The longest log description or details kept (a provider's error body can be long)."""
MIN_SECRET_LENGTH = 8
"""Shorter values (a port, ``true``) are too common in text to be secrets worth replacing."""
REDACTED = "[redacted]"

ServerSecrets = Callable[[Settings], Iterable[str | None]]


def secret_values(*sources: object) -> list[str]:
    """Every string of at least ``MIN_SECRET_LENGTH`` characters in ``sources`` (models, dicts,
    lists, strings, deeply), longest first so that no secret is left half replaced."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, BaseModel):
            walk(value.model_dump())
        elif isinstance(value, Mapping):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple | set | frozenset):
            for item in value:
                walk(item)
        elif isinstance(value, str) and len(value) >= MIN_SECRET_LENGTH:
            found.add(value)

    for source in sources:
        walk(source)
    return sorted(found, key=len, reverse=True)


def redacted(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret replaced, cut to ``LOG_TEXT_LIMIT`` characters."""
    for secret in secrets:
        text = text.replace(secret, REDACTED)
    if len(text) > LOG_TEXT_LIMIT:
        return text[: LOG_TEXT_LIMIT - 1] + "…"
    return text


def redacted_details(details: str | None, secrets: Iterable[str]) -> str | None:
    """``redacted`` for optional details."""
    return None if details is None else redacted(details, secrets)


def _redacted_error(error: IntegrationError, secrets: list[str]) -> IntegrationError:
    return IntegrationError(
        redacted(error.description, secrets), redacted_details(error.details, secrets)
    )


def _redact_logs(logs: list[IntegrationLog], secrets: list[str]) -> None:
    for log in logs:
        log.description = redacted(log.description, secrets)
        log.details = redacted_details(log.details, secrets)


def keeping_secrets(
    action: Action, *, integration_name: str, server_secrets: ServerSecrets = lambda _: ()
) -> Action:
    """``action`` (and its streamed variant) leaving no secret of its credentials, nor of
    ``server_secrets`` (an OAuth client secret...), in the logs it adds or the error it ends
    with. Any other exception becomes such an error, logged on the server with its traceback."""

    def secrets_of(ctx: ActionContext[Any, Any]) -> list[str]:
        return secret_values(ctx.credentials, list(server_secrets(ctx.settings)))

    def failure(exc: Exception, secrets: list[str]) -> IntegrationError:
        if isinstance(exc, IntegrationError):
            return _redacted_error(exc, secrets)
        logger.exception("%s action %r failed", integration_name, action.name)
        description = f"{integration_name}: {action.name} failed"
        return IntegrationError(description, redacted(str(exc) or type(exc).__name__, secrets))

    async def run(ctx: ActionContext[Any, Any]) -> None:
        secrets = secrets_of(ctx)
        try:
            await action.run(ctx)
        except Exception as exc:
            raise failure(exc, secrets) from None
        finally:
            _redact_logs(ctx.outcome.logs, secrets)

    stream = action.stream
    if stream is None:
        return replace(action, run=run)
    run_stream = stream.run

    async def streamed(ctx: ActionContext[Any, Any]) -> AsyncIterator[str]:
        secrets = secrets_of(ctx)
        pieces = run_stream(ctx)
        try:
            async for piece in pieces:
                yield piece
        except Exception as exc:
            raise failure(exc, secrets) from None
        finally:
            # Closed here, not later by the garbage collector: what the action keeps on
            # closing (the answer so far) must be in the outcome before it is saved.
            close = getattr(pieces, "aclose", None)
            if close is not None:
                await close()
            _redact_logs(ctx.outcome.logs, secrets)

    return replace(
        action, run=run, stream=ActionStream(variable_id=stream.variable_id, run=streamed)
    )
