"""Runs the HTTP request block and its Zapier, Make.com and Pabbly presets.

The request goes out through the ``http`` port (or from the visitor's page when the block says
so), parts of the response go into variables, and the flow always goes on: a request that fails
ends the block with a log entry on the result, as in Typebot.
"""

import dataclasses
import json

from botloom.engine.blocks.integrations.http_request.request import (
    HttpBlock,
    HttpOutcome,
    build_request,
    client_request,
    failure_outcome,
    outcome_of,
)
from botloom.engine.blocks.integrations.http_request.schema import ResponseVariableMapping
from botloom.engine.http import HttpRequestData, HttpRequestError
from botloom.engine.integration_calls import IntegrationError
from botloom.engine.runtime import BlockResult, Reply, TurnContext


async def execute(block: HttpBlock, ctx: TurnContext) -> BlockResult:
    """Send the request (or hand it to the page and wait), then map the response."""
    if not block.options.webhook.url:
        return BlockResult()
    request = await build_request(block, ctx)
    if block.options.is_executed_on_client:
        action = {
            "type": "httpRequestToExecute",
            "httpRequestToExecute": client_request(request),
            "expectsDedicatedReply": True,
        }
        return BlockResult(client_side_actions=[action], pause=True)
    try:
        request = await with_proxy(block, request, ctx)
    except IntegrationError as exc:
        # Sending without the proxy the author chose would reach the target from the wrong place.
        ctx.log(f"Webhook not sent: {exc.description}", details=exc.details)
        return BlockResult()
    outcome = await send(request, ctx)
    _log(request, outcome, ctx)
    await apply_response_mapping(block, outcome, ctx)
    return BlockResult()


async def with_proxy(
    block: HttpBlock, request: HttpRequestData, ctx: TurnContext
) -> HttpRequestData:
    """``request`` sent through the proxy of the block's ``proxyCredentialsId``, if it has one;
    raises ``IntegrationError`` when those credentials cannot be used."""
    credentials_id = block.options.proxy_credentials_id
    if not credentials_id:
        return request
    integrations = ctx.ports.integrations
    if integrations is None:
        raise IntegrationError("proxy credentials are not available here")
    return dataclasses.replace(request, proxy=await integrations.http_proxy(credentials_id))


async def send(request: HttpRequestData, ctx: TurnContext) -> HttpOutcome:
    """The outcome of sending ``request`` through the ``http`` port; never raises."""
    http = ctx.ports.http
    if http is None:
        return failure_outcome(HttpRequestError("network", "HTTP requests are not available"))
    try:
        return outcome_of(await http.send(request))
    except HttpRequestError as exc:
        return failure_outcome(exc)


async def resume(block: HttpBlock, reply: Reply, ctx: TurnContext) -> None:
    """The page sent the request: its reply is ``{"statusCode", "data"}`` as JSON."""
    await apply_response_mapping(block, client_outcome(reply.text), ctx)


def client_outcome(text: str) -> HttpOutcome:
    """Read the page's reply; anything else than ``{statusCode, data}`` counts as the data."""
    try:
        value = json.loads(text)
    except ValueError:
        return HttpOutcome(status_code=200, data=text)
    if isinstance(value, dict) and isinstance(value.get("statusCode"), int):
        return HttpOutcome(status_code=value["statusCode"], data=value.get("data"))
    return HttpOutcome(status_code=200, data=value)


async def apply_response_mapping(block: HttpBlock, outcome: HttpOutcome, ctx: TurnContext) -> None:
    """Map the response into the block's variables (see :func:`map_response`)."""
    await map_response(block.id, block.options.response_variable_mapping, outcome, ctx)


async def map_response(
    block_id: str,
    mapping_list: list[ResponseVariableMapping],
    outcome: HttpOutcome,
    ctx: TurnContext,
) -> None:
    """Set each mapped variable to its ``bodyPath``, a JavaScript expression over ``data`` and
    ``statusCode``; a path that fails to evaluate leaves its variable alone, as in Typebot."""
    mappings = [m for m in mapping_list if m.variable_id and m.body_path]
    if not mappings:
        return
    js = ctx.ports.js
    if js is None:
        ctx.log("Could not map the HTTP response: JavaScript is not available")
        return
    globals_ = {"data": outcome.data, "statusCode": outcome.status_code}
    for mapping in mappings:
        path = await ctx.substitute(mapping.body_path)
        try:
            value = await js.evaluate_expression(path, globals_)
        except Exception:  # noqa: S112 (a bad path or odd data maps nothing)
            continue
        ctx.set_variable(mapping.variable_id, value, block_id=block_id)


def _log(request: HttpRequestData, outcome: HttpOutcome, ctx: TurnContext) -> None:
    """The result's log entry, with the request and the response as details."""
    details = json.dumps(
        {
            "statusCode": outcome.status_code,
            "request": _request_details(request),
            "response": outcome.data,
        },
        ensure_ascii=False,
        default=str,
    )
    failure = outcome.failure
    if failure is not None and failure.kind == "timeout":
        ctx.log(f"Webhook request timed out. ({request.timeout_s:g}s)", details=details)
    elif failure is not None:
        ctx.log("Webhook failed to execute.", details=details)
    elif outcome.status_code >= 400:
        ctx.log("Webhook returned an error.", details=details)
    else:
        ctx.log("Webhook successfuly executed.", status="success", details=details)


def _request_details(request: HttpRequestData) -> dict[str, object]:
    details = client_request(request)
    details.pop("headers", None)  # they often hold credentials; results are widely readable
    return details
