"""Tests of the HTTP request block's runner with a recording ``http`` port (the request it
builds, the outcome of failures, replies from the page). End-to-end runs against a real
webhook server are in ``tests/integration/http``."""

import dataclasses
import json
from typing import Any

import pytest

from botloom.engine.blocks.integrations.http_request.execute import client_outcome, execute
from botloom.engine.blocks.integrations.http_request.request import (
    LONG_TIMEOUT_S,
    build_request,
    timeout_for,
)
from botloom.engine.blocks.integrations.http_request.schema import HttpRequestBlock
from botloom.engine.blocks.integrations.zapier.schema import ZapierBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.http import HttpProxy, HttpRequestData, HttpRequestError, HttpResponseData
from botloom.engine.integration_calls import (
    ActionCall,
    ActionOutcome,
    EmailMessage,
    IntegrationError,
)
from botloom.engine.runtime import CONTINUE, TurnContext
from botloom.engine.state import ChatAnswer

DOCUMENT = {"variables": [{"id": "v_n", "name": "Name"}, {"id": "v_l", "name": "List"}]}


class RecordingSender:
    """An ``http`` port that records requests and gives a fixed answer or failure."""

    def __init__(self, answer: HttpResponseData | HttpRequestError) -> None:
        self.answer = answer
        self.requests: list[HttpRequestData] = []

    async def send(self, request: HttpRequestData) -> HttpResponseData:
        self.requests.append(request)
        if isinstance(self.answer, HttpRequestError):
            raise self.answer
        return self.answer


def context_with(sender: RecordingSender, **variables: object) -> TurnContext:
    ctx = make_context(DOCUMENT, variables=variables)
    ctx.ports = dataclasses.replace(ctx.ports, http=sender)
    return ctx


def block(options: dict[str, Any]) -> HttpRequestBlock:
    return HttpRequestBlock.model_validate({"id": "b", "type": "Webhook", "options": options})


async def test_automatic_body_has_the_answers_and_the_valued_variables() -> None:
    ctx = context_with(RecordingSender(HttpResponseData(200, {}, b"")), Name="Ann", List=["a", "b"])
    ctx.frame.answers = [ChatAnswer(key="Email", value="a@b.c")]
    request = await build_request(block({"webhook": {"url": "https://x.example/h"}}), ctx)
    assert json.loads(request.body or b"") == {
        "submittedAt": "2024-01-15T12:00:00.000Z",
        "Email": "a@b.c",
        "Name": "Ann",
        "List": "a,b",
    }
    assert ("Content-Type", "application/json") in request.headers
    assert request.timeout_s == 10


@pytest.mark.parametrize(
    ("block_type", "url", "timeout", "expected"),
    [
        ("Webhook", "https://x.example/", 10, 10),
        ("Webhook", "https://x.example/", 30, 30),
        ("Webhook", "https://api.openai.com/v1/chat", 10, LONG_TIMEOUT_S),
        ("Zapier", "https://hooks.zapier.com/", 10, LONG_TIMEOUT_S),
        ("Zapier", "https://hooks.zapier.com/", 5, 5),
    ],
)
def test_timeout_rule(block_type: str, url: str, timeout: float, expected: float) -> None:
    model = ZapierBlock if block_type == "Zapier" else HttpRequestBlock
    raw = {"id": "b", "type": block_type, "options": {"timeout": timeout}}
    assert timeout_for(model.model_validate(raw), url) == expected


@pytest.mark.parametrize(
    ("failure", "status", "description"),
    [
        (HttpRequestError("blocked", "not public"), 400, "Webhook failed to execute."),
        (HttpRequestError("timeout", "slow"), 408, "Webhook request timed out. (10s)"),
        (HttpRequestError("network", "refused"), 500, "Webhook failed to execute."),
    ],
)
async def test_failures_end_the_block_with_a_log(
    failure: HttpRequestError, status: int, description: str
) -> None:
    ctx = context_with(RecordingSender(failure))
    result = await execute(block({"webhook": {"url": "https://x.example/"}}), ctx)
    assert result.outgoing_edge_id is CONTINUE
    assert [(log.status, log.description) for log in ctx.logs] == [("error", description)]
    assert json.loads(ctx.logs[0].details or "")["statusCode"] == status


async def test_a_block_without_url_does_nothing() -> None:
    sender = RecordingSender(HttpResponseData(200, {}, b""))
    ctx = context_with(sender)
    await execute(block({}), ctx)
    assert sender.requests == []
    assert ctx.logs == []


@pytest.mark.parametrize(
    ("reply", "status", "data"),
    [
        ('{"statusCode": 201, "data": {"id": 1}}', 201, {"id": 1}),
        ('{"id": 1}', 200, {"id": 1}),
        ("plain", 200, "plain"),
    ],
)
def test_page_replies(reply: str, status: int, data: object) -> None:
    outcome = client_outcome(reply)
    assert (outcome.status_code, outcome.data) == (status, data)


async def test_a_refused_target_answers_with_the_reason_alone() -> None:
    reason = "Security validation failed: Access to loopback addresses (127.0.0.0/8) is not allowed"
    ctx = context_with(RecordingSender(HttpRequestError("blocked", reason)))
    await execute(block({"webhook": {"url": "http://127.0.0.1/"}}), ctx)
    details = json.loads(ctx.logs[0].details or "")
    assert (details["statusCode"], details["response"]) == (400, reason)


class ProxyPort:
    """An ``integrations`` port that only knows the proxy credentials ``p1``."""

    async def run_action(self, call: ActionCall) -> ActionOutcome:
        raise AssertionError("not used by the HTTP request block")

    async def send_email(self, message: EmailMessage) -> None:
        raise AssertionError("not used by the HTTP request block")

    async def http_proxy(self, credentials_id: str) -> HttpProxy:
        if credentials_id != "p1":
            raise IntegrationError("Credentials not found", f"No credentials {credentials_id}")
        return HttpProxy("http://proxy.example:3128", username="u", password="p")


@pytest.mark.parametrize("credentials_id", ["p1", "other"])
async def test_proxy_credentials_send_through_the_proxy_or_not_at_all(credentials_id: str) -> None:
    sender = RecordingSender(HttpResponseData(200, {}, b"{}"))
    ctx = context_with(sender)
    ctx.ports = dataclasses.replace(ctx.ports, integrations=ProxyPort())
    options = {"webhook": {"url": "https://x.example/"}, "proxyCredentialsId": credentials_id}
    await execute(block(options), ctx)
    if credentials_id == "p1":
        assert [r.proxy for r in sender.requests] == [
            HttpProxy("http://proxy.example:3128", username="u", password="p")
        ]
    else:
        assert sender.requests == []
        assert [(log.description, log.details) for log in ctx.logs] == [
            ("Webhook not sent: Credentials not found", "No credentials other")
        ]
