"""Builds the request of an HTTP request block (or a Zapier, Make.com or Pabbly preset) from
its options and the session's variables, as Typebot does; and reads what comes back."""

import base64
import json
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import quote, urlencode, urlsplit

from botloom.engine.blocks.integrations.http_request.schema import (
    HttpMethod,
    HttpRequestOptions,
    KeyValue,
)
from botloom.engine.blocks.logic.set_variable.execute import iso_utc
from botloom.engine.http import HttpRequestData, HttpRequestError, HttpResponseData
from botloom.engine.runtime import TurnContext
from botloom.engine.templating import render_json_escaped


class HttpBlock(Protocol):
    """A block that sends an HTTP request: the HTTP request block, Zapier, Make.com, Pabbly."""

    @property
    def id(self) -> str:
        """The block id."""
        ...

    @property
    def type(self) -> str:
        """The block type."""
        ...

    @property
    def options(self) -> HttpRequestOptions:
        """The request options."""
        ...


PRESET_TYPES = frozenset({"Zapier", "Make.com", "Pabbly"})
DEFAULT_TIMEOUT_S = 10.0
LONG_TIMEOUT_S = 120.0
"""Used, unless the block sets its own, for automation services and AI APIs, which are slow."""
_SLOW_HOST_SUFFIXES = ("openai.com", "anthropic.com")
_STATE_BODY = "{{state}}"
_FORM_TYPE = "application/x-www-form-urlencoded"


@dataclass
class HttpOutcome:
    """What the block got: an HTTP status and the body (JSON-parsed when it parses).

    Failures without a response get a status too, as in Typebot: 400 for a refused target,
    408 for a timeout, 500 for other errors, with ``{"message": ...}`` as data.
    """

    status_code: int
    data: object
    failure: HttpRequestError | None = None

    def to_json(self) -> dict[str, object]:
        """The ``{statusCode, data}`` shape of test runs and client replies."""
        return {"statusCode": self.status_code, "data": self.data}


def timeout_for(block: HttpBlock, url: str) -> float:
    """The block's time limit: its own ``timeout`` when changed from the default, else a long
    one for presets and AI APIs, else the default."""
    timeout = block.options.timeout
    if timeout != DEFAULT_TIMEOUT_S:
        return timeout
    host = (urlsplit(url).hostname or "").lower()
    if block.type in PRESET_TYPES or host.endswith(_SLOW_HOST_SUFFIXES):
        return LONG_TIMEOUT_S
    return DEFAULT_TIMEOUT_S


async def build_request(block: HttpBlock, ctx: TurnContext) -> HttpRequestData:
    """The request the block sends now: variables substituted in the URL, headers, query and
    body; the automatic body (answers and variables) unless a custom one is set."""
    options = block.options
    url = await ctx.substitute(options.webhook.url)
    headers = _with_basic_auth(await _pairs(options.webhook.headers, ctx))
    query = await _pairs(options.webhook.query_params, ctx)
    body: bytes | None = None
    form: list[tuple[str, str]] | None = None
    if options.webhook.method != HttpMethod.GET:
        text, is_json = await _body_text(options, ctx)
        if is_json and _is_form(headers):
            form = _form_pairs(json.loads(text))
        if form is None:
            body = text.encode()
            if is_json and not _has_header(headers, "content-type"):
                headers.append(("Content-Type", "application/json"))
    return HttpRequestData(
        method=options.webhook.method.value,
        url=url,
        headers=headers,
        query=query,
        body=body,
        form=form,
        timeout_s=timeout_for(block, url),
    )


async def _pairs(items: list[KeyValue], ctx: TurnContext) -> list[tuple[str, str]]:
    """Key/value rows with variables substituted; rows missing a key or a value are dropped."""
    pairs = []
    for item in items:
        key = (await ctx.substitute(item.key)).strip()
        value = await ctx.substitute(item.value)
        if key and value:
            pairs.append((key, value))
    return pairs


def _with_basic_auth(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``Authorization: Basic user:password`` written in clear is sent base64-encoded."""
    out = []
    for name, value in headers:
        credentials = value[6:] if value.startswith("Basic ") else ""
        if name.lower() == "authorization" and ":" in credentials:
            value = "Basic " + base64.b64encode(credentials.encode()).decode("ascii")
        out.append((name, value))
    return out


def _has_header(headers: list[tuple[str, str]], name: str) -> bool:
    return any(key.lower() == name for key, _ in headers)


def _is_form(headers: list[tuple[str, str]]) -> bool:
    return any(k.lower() == "content-type" and _FORM_TYPE in v.lower() for k, v in headers)


def _form_pairs(value: object) -> list[tuple[str, str]] | None:
    if not isinstance(value, dict):
        return None
    return [
        (str(key), item if isinstance(item, str) else json.dumps(item))
        for key, item in value.items()
    ]


async def _body_text(options: HttpRequestOptions, ctx: TurnContext) -> tuple[str, bool]:
    """The body text and whether it is JSON."""
    custom = options.webhook.body
    if not options.is_custom_body or not custom or custom.strip() == _STATE_BODY:
        return json.dumps(result_values(ctx), ensure_ascii=False), True
    text = await ctx.substitute(custom, render=render_json_escaped)
    try:
        json.loads(text)
    except ValueError:
        return text, False
    return text, True


def result_values(ctx: TurnContext) -> dict[str, str]:
    """The automatic body: when it was sent, the answers by key, then the variables that hold
    a value by name (lists as JavaScript's ``String`` writes them)."""
    values = {"submittedAt": iso_utc(ctx.ports.now())}
    for answer in ctx.frame.answers:
        values[answer.key] = answer.value
    for variable in ctx.variables.variables:
        value = variable.value
        if isinstance(value, list):
            values[variable.name] = ",".join(item or "" for item in value)
        elif value:
            values[variable.name] = value
    return values


def outcome_of(response: HttpResponseData) -> HttpOutcome:
    """The response as the block sees it: JSON data when the body parses, else its text."""
    text = response.text
    try:
        data: object = json.loads(text)
    except ValueError:
        data = text
    return HttpOutcome(status_code=response.status_code, data=data)


_FAILURE_STATUS = {"blocked": 400, "timeout": 408}


def failure_outcome(error: HttpRequestError) -> HttpOutcome:
    """What a request that got no response gives the block."""
    status = _FAILURE_STATUS.get(error.kind, 500)
    if error.kind == "blocked":
        # The guard's reason alone, in Typebot's words: bots show it to visitors.
        return HttpOutcome(status_code=status, data=str(error), failure=error)
    message = "Request timed out." if error.kind == "timeout" else str(error)
    return HttpOutcome(status_code=status, data={"message": message}, failure=error)


def client_request(request: HttpRequestData) -> dict[str, object]:
    """The ``httpRequestToExecute`` payload: the visitor's page sends the request itself."""
    url = request.url
    if request.query:
        separator = "&" if "?" in url else "?"
        url += separator + urlencode(request.query, quote_via=quote)
    payload: dict[str, object] = {
        "url": url,
        "method": request.method,
        "headers": dict(request.headers),
    }
    if request.body is not None:
        text = request.body.decode()
        try:
            payload["body"] = json.loads(text)
        except ValueError:
            payload["body"] = text
    elif request.form is not None:
        payload["body"] = dict(request.form)
    return payload
