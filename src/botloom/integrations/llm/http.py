"""Shared HTTP handling of the provider clients: errors, timeouts, redirects and oversized
answers become ``LlmError``."""

import asyncio
import json
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, asynccontextmanager, contextmanager
from dataclasses import dataclass
from typing import Any

import httpx

from botloom.engine.http import HttpRequestError
from botloom.integrations.http.client import read_at_most
from botloom.integrations.http.guard import BlockedAddressError
from botloom.integrations.llm.types import LlmError

BLOCKED = "The provider's address is private and not allowed (see BOTLOOM_HTTP_ALLOWED_HOSTS)"

ERROR_BODY_LIMIT = 2000
RESPONSE_LIMIT_BYTES = 10 * 2**20
"""The most an answer may weigh (a JSON answer, an error body, or a whole stream): the time
limit alone would let a fast server fill the memory."""


def provider_error_text(body: str) -> str:
    """The provider's own error message when its body has one, else the body (shortened)."""
    try:
        parsed = json.loads(body)
    except json.JSONDecodeError:
        return body[:ERROR_BODY_LIMIT]
    error = parsed.get("error") if isinstance(parsed, dict) else None
    if isinstance(error, dict) and isinstance(error.get("message"), str):
        return str(error["message"])[:ERROR_BODY_LIMIT]
    if isinstance(error, str):
        return error[:ERROR_BODY_LIMIT]
    return body[:ERROR_BODY_LIMIT]


def _raise_for_status(status: int, body: str) -> None:
    if 300 <= status < 400:
        # Provider clients never follow redirects: the key headers (``api-key``,
        # ``x-api-key``) would go along to wherever the redirect points.
        raise LlmError(
            f"The provider answered HTTP {status}, a redirect (not followed)", status=status
        )
    if status >= 400:
        raise LlmError(
            f"The provider answered HTTP {status}",
            status=status,
            details=provider_error_text(body),
        )


async def _body(response: httpx.Response, max_bytes: int) -> bytes:
    try:
        return await read_at_most(response, max_bytes)
    except HttpRequestError as exc:
        raise LlmError(
            f"The response is larger than {max_bytes // 2**20} MB", details=str(exc)
        ) from None


@contextmanager
def _reaching_provider(time_limit: float) -> Iterator[None]:
    # Until the provider answers: failing to reach it in time, or at all, is an LlmError.
    try:
        yield
    except (TimeoutError, httpx.TimeoutException) as exc:
        raise LlmError(f"The provider did not answer within {time_limit:g} s") from exc
    except BlockedAddressError as exc:
        raise LlmError(BLOCKED, details=str(exc)) from exc
    except httpx.HTTPError as exc:
        raise LlmError("Could not reach the provider", details=str(exc)) from exc


async def post_form(
    http: httpx.AsyncClient, url: str, *, form: dict[str, str], time_limit: float
) -> dict[str, Any]:
    """POST a form (an OAuth token request) and read a JSON object."""
    return json_object(await send(http, "POST", url, data=form, time_limit=time_limit))


async def send(
    http: httpx.AsyncClient,
    method: str,
    url: str,
    *,
    time_limit: float,
    max_bytes: int = RESPONSE_LIMIT_BYTES,
    **kwargs: Any,
) -> httpx.Response:
    """One request, read whole within ``time_limit`` seconds and up to ``max_bytes``; HTTP
    errors, redirects (unless ``follow_redirects=True`` is passed) and larger answers raise
    ``LlmError``. ``kwargs`` are httpx's."""
    with _reaching_provider(time_limit):
        async with (
            asyncio.timeout(time_limit),
            http.stream(method, url, timeout=time_limit, **kwargs) as streamed,
        ):
            body = await _body(streamed, max_bytes)
    content_type = streamed.headers.get("content-type")
    # The body is already decoded: the answer keeps only the header needed to read it.
    response = httpx.Response(
        streamed.status_code,
        headers={"content-type": content_type} if content_type else None,
        content=body,
        request=streamed.request,
    )
    _raise_for_status(response.status_code, response.text)
    return response


def json_object(response: httpx.Response) -> dict[str, Any]:
    """A response's body as a JSON object."""
    try:
        value = response.json()
    except ValueError as exc:
        raise LlmError("The provider answered with something that is not JSON") from exc
    if not isinstance(value, dict):
        raise LlmError("The provider answered with JSON that is not an object")
    return value


@asynccontextmanager
async def open_stream(
    http: httpx.AsyncClient,
    url: str,
    *,
    body: dict[str, Any],
    headers: dict[str, str],
    params: Mapping[str, str] | None = None,
    time_limit: float,
) -> AsyncIterator[httpx.Response]:
    """POST ``body`` and hold the streamed response open.

    ``time_limit`` bounds the wait for the headers and for each piece after them, not the whole
    answer: a long answer that keeps coming is not cut.
    """
    request = http.build_request(
        "POST", url, json=body, headers=headers, params=params, timeout=time_limit
    )
    with _reaching_provider(time_limit):
        response = await http.send(request, stream=True)
    try:
        if response.status_code >= 300:
            error_body = await _body(response, RESPONSE_LIMIT_BYTES)
            _raise_for_status(response.status_code, error_body.decode(errors="replace"))
        yield response
    except httpx.TimeoutException as exc:
        raise LlmError(f"The provider stopped streaming for more than {time_limit:g} s") from exc
    except httpx.HTTPError as exc:
        raise LlmError("The provider's stream broke off", details=str(exc)) from exc
    finally:
        await response.aclose()


@dataclass(frozen=True)
class ProviderApi:
    """One provider's API: where it is, the headers (and query) every call carries, and how
    long a call may take."""

    http: httpx.AsyncClient
    base_url: str
    headers: Mapping[str, str]
    time_limit: float
    params: Mapping[str, str] | None = None

    def _headers(self, extra: Mapping[str, str] | None) -> dict[str, str]:
        return {**self.headers, **(extra or {})}

    async def send(
        self, path: str, *, headers: Mapping[str, str] | None = None, **kwargs: Any
    ) -> httpx.Response:
        """POST to an API path (``/audio/speech``...); ``kwargs`` are httpx's (``json``,
        ``data``, ``files``). See ``send``."""
        return await send(
            self.http,
            "POST",
            self.base_url + path,
            headers=self._headers(headers),
            params=self.params,
            time_limit=self.time_limit,
            **kwargs,
        )

    async def post_json(
        self, path: str, body: dict[str, Any], *, headers: Mapping[str, str] | None = None
    ) -> dict[str, Any]:
        """POST ``body`` to an API path and read the JSON object it answers."""
        return json_object(await self.send(path, json=body, headers=headers))

    def open_stream(
        self, path: str, body: dict[str, Any], *, headers: Mapping[str, str] | None = None
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """POST ``body`` to an API path and hold the streamed answer open (see
        ``open_stream``)."""
        return open_stream(
            self.http,
            self.base_url + path,
            body=body,
            headers=self._headers(headers),
            params=self.params,
            time_limit=self.time_limit,
        )
