"""The HTTP request block (and its presets) through the real chat API, against the webhook
stand-in on loopback: what is sent, what is mapped back, what is logged, and that failures
never stop the chat."""

import base64
import json
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.ids import new_id
from botloom.scenarios.runner import plain_text
from botloom.store.models import Log
from tests.integration.http.bots import calling_bot, http_block, result_logs
from tests.integration.http.conftest import Listener, WebhookServer
from tests.support.factories import Member, make_member
from tests.support.fixtures import fixture_bot
from tests.support.publishing import publisher

NAME = 'Ada "the" Great'


@dataclass
class Chat:
    """The end of a chat: the last response, its texts and the result's logs."""

    response: dict[str, Any]
    texts: list[str]
    logs: list[Log]
    session_id: str
    result_id: str


async def chat_through(
    client: httpx.AsyncClient,
    db: AsyncSession,
    block: dict[str, Any],
    reply: str = NAME,
    member: Member | None = None,
) -> Chat:
    """Publish a bot around ``block`` (in ``member``'s workspace, or a new one's), start a chat
    and answer the name question."""
    member = member or await make_member(db)
    public_id = f"http-{new_id()}"
    await publisher(db, member)(calling_bot(block), public_id, None)
    start = await client.post(f"/api/v1/typebots/{public_id}/startChat", json={})
    assert start.status_code == 200, start.text
    session_id, result_id = start.json()["sessionId"], start.json()["resultId"]
    answer = await client.post(
        f"/api/v1/sessions/{session_id}/continueChat", json={"message": reply}
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    texts = [plain_text(m) for m in body["messages"] if m["type"] == "text"]
    return Chat(body, texts, await result_logs(db, result_id), session_id, result_id)


def _key_values(prefix: str, *pairs: tuple[str, str]) -> list[dict[str, str]]:
    """A block's list of headers or query parameters, with ids ``{prefix}1``, ``{prefix}2``…"""
    return [
        {"id": f"{prefix}{i}", "key": key, "value": value}
        for i, (key, value) in enumerate(pairs, start=1)
    ]


async def test_custom_body_headers_query_and_response_mapping(
    http_client: httpx.AsyncClient, db: AsyncSession, webhook: WebhookServer
) -> None:
    block = http_block(
        webhook.url("/echo/{{Token}}?fixed=1"),
        webhook={
            "headers": _key_values(
                "h", ("X-Token", "Bearer {{Token}}"), ("X-Empty", ""), ("", "no key")
            ),
            "queryParams": _key_values("q", ("name", "{{Name}}"), ("tag", "a"), ("tag", "b")),
            "body": '{"name": "{{Name}}", "token": "{{Token}}", "n": 1}',
        },
        isCustomBody=True,
        mappings={"vstatus": "statusCode", "vout": "JSON.parse(data.body).name + '|' + data.path"},
    )
    chat = await chat_through(http_client, db, block)
    sent = webhook.requests[-1]
    assert sent["method"] == "POST"
    assert sent["path"] == "/echo/t0k3n"
    assert sent["query"] == [["fixed", "1"], ["name", NAME], ["tag", "a"], ["tag", "b"]]
    assert sent["headers"]["x-token"] == "Bearer t0k3n"
    assert "x-empty" not in sent["headers"]
    assert sent["headers"]["content-type"] == "application/json"
    assert json.loads(sent["body"]) == {"name": NAME, "token": "t0k3n", "n": 1}
    assert chat.texts[-1] == f"Status=200 Out={NAME}|/echo/t0k3n"
    assert [(log.status, log.description) for log in chat.logs] == [
        ("success", "Webhook successfuly executed.")
    ]
    details = json.loads(chat.logs[0].details or "")
    assert details["statusCode"] == 200
    assert details["request"]["method"] == "POST"
    assert "headers" not in details["request"]


async def test_automatic_body_carries_answers_and_variables(
    http_client: httpx.AsyncClient, db: AsyncSession, webhook: WebhookServer
) -> None:
    chat = await chat_through(http_client, db, http_block(webhook.url("/echo")))
    body = json.loads(webhook.requests[-1]["body"])
    assert body.pop("submittedAt").endswith("Z")
    assert body == {"Name": NAME, "Token": "t0k3n"}
    assert chat.texts[-1] == "Status= Out="


@pytest.mark.parametrize("method", ["GET", "PUT", "PATCH", "DELETE", "OPTIONS"])
async def test_methods(
    http_client: httpx.AsyncClient, db: AsyncSession, webhook: WebhookServer, method: str
) -> None:
    block = http_block(
        webhook.url("/echo"),
        method=method,
        webhook={"body": '{"a": 1}'},
        isCustomBody=True,
        mappings={"vout": "data.method"},
    )
    chat = await chat_through(http_client, db, block)
    assert webhook.requests[-1]["method"] == method
    assert webhook.requests[-1]["body"] == ("" if method == "GET" else '{"a": 1}')
    assert chat.texts[-1] == f"Status= Out={method}"


async def test_basic_auth_and_form_bodies(
    http_client: httpx.AsyncClient, db: AsyncSession, webhook: WebhookServer
) -> None:
    block = http_block(
        webhook.url("/echo"),
        webhook={
            "headers": _key_values(
                "h",
                ("Authorization", "Basic user:{{Token}}"),
                ("Content-Type", "application/x-www-form-urlencoded"),
            ),
            "body": '{"name": "{{Name}}", "n": 2}',
        },
        isCustomBody=True,
    )
    await chat_through(http_client, db, block)
    sent = webhook.requests[-1]
    assert sent["headers"]["authorization"] == "Basic " + base64.b64encode(b"user:t0k3n").decode()
    assert httpx.QueryParams(sent["body"]) == httpx.QueryParams({"name": NAME, "n": "2"})


async def test_text_bodies_and_text_responses(
    http_client: httpx.AsyncClient, db: AsyncSession, webhook: WebhookServer
) -> None:
    echoed = await chat_through(
        http_client,
        db,
        http_block(
            webhook.url("/echo"),
            webhook={"body": "Hello {{Name}}, not JSON"},
            isCustomBody=True,
            mappings={"vout": "data.body"},
        ),
    )
    assert webhook.requests[-1]["body"] == 'Hello Ada \\"the\\" Great, not JSON'
    assert echoed.texts[-1] == 'Status= Out=Hello Ada \\"the\\" Great, not JSON'
    text = await chat_through(
        http_client, db, http_block(webhook.url("/text"), mappings={"vout": "data"})
    )
    assert text.texts[-1] == "Status= Out=plain words"


@pytest.mark.parametrize("code", [400, 404, 422, 500, 503])
async def test_error_statuses_are_mapped_logged_and_the_flow_goes_on(
    http_client: httpx.AsyncClient, db: AsyncSession, webhook: WebhookServer, code: int
) -> None:
    block = http_block(
        webhook.url(f"/status/{code}"), mappings={"vstatus": "statusCode", "vout": "data.error"}
    )
    chat = await chat_through(http_client, db, block)
    assert chat.texts[-1] == f"Status={code} Out=status {code}"
    assert [(log.status, log.description) for log in chat.logs] == [
        ("error", "Webhook returned an error.")
    ]
    assert json.loads(chat.logs[0].details or "")["response"] == {
        "error": f"status {code}",
        "code": code,
    }


async def test_timeouts_end_the_block_with_408(
    http_client: httpx.AsyncClient, db: AsyncSession, webhook: WebhookServer
) -> None:
    block = http_block(
        webhook.url("/slow?s=4"),
        timeout=1,
        mappings={"vstatus": "statusCode", "vout": "data.message"},
    )
    chat = await chat_through(http_client, db, block)
    assert chat.texts[-1] == "Status=408 Out=Request timed out."
    assert [(log.status, log.description) for log in chat.logs] == [
        ("error", "Webhook request timed out. (1s)")
    ]


async def test_redirects_are_followed(
    http_client: httpx.AsyncClient, db: AsyncSession, webhook: WebhookServer
) -> None:
    target = str(httpx.URL(webhook.url("/redirect"), params={"to": "/echo/moved", "code": 307}))
    chat = await chat_through(
        http_client, db, http_block(target, mappings={"vout": "data.path + ' ' + data.method"})
    )
    assert chat.texts[-1] == "Status= Out=/echo/moved POST"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.2:{port}/",
        "http://localhost:{port}/",
        "http://2130706433:{port}/",
        "http://[::ffff:127.0.0.2]:{port}/",
        "http://169.254.169.254/latest/meta-data/",
        "REDIRECT",
    ],
)
async def test_private_targets_are_refused_and_the_flow_goes_on(
    http_client: httpx.AsyncClient,
    db: AsyncSession,
    webhook: WebhookServer,
    forbidden_listener: Listener,
    url: str,
) -> None:
    private = f"http://127.0.0.2:{forbidden_listener.port}/"
    if url == "REDIRECT":
        target = str(httpx.URL(webhook.url("/redirect"), params={"to": private}))
    else:
        target = url.format(port=forbidden_listener.port)
    block = http_block(target, mappings={"vstatus": "statusCode", "vout": "typeof data"})
    chat = await chat_through(http_client, db, block)
    assert chat.texts[-1] == "Status=400 Out=string"
    assert [(log.status, log.description) for log in chat.logs] == [
        ("error", "Webhook failed to execute.")
    ]
    assert forbidden_listener.connections == 0


@pytest.mark.parametrize("block_type", ["Zapier", "Make.com", "Pabbly"])
async def test_presets_send_like_the_http_request_block(
    http_client: httpx.AsyncClient, db: AsyncSession, webhook: WebhookServer, block_type: str
) -> None:
    block = http_block(
        webhook.url("/echo/preset"), block_type=block_type, mappings={"vout": "data.path"}
    )
    chat = await chat_through(http_client, db, block)
    assert json.loads(webhook.requests[-1]["body"])["Name"] == NAME
    assert chat.texts[-1] == "Status= Out=/echo/preset"


async def test_client_side_requests_wait_for_the_page_reply(
    http_client: httpx.AsyncClient, db: AsyncSession, webhook: WebhookServer
) -> None:
    block = http_block(
        "https://api.example.com/items?x=1",
        webhook={
            "headers": _key_values("h", ("X-Token", "{{Token}}")),
            "queryParams": _key_values("q", ("name", "{{Name}}")),
            "body": '{"name": "{{Name}}"}',
        },
        isCustomBody=True,
        isExecutedOnClient=True,
        mappings={"vstatus": "statusCode", "vout": "data.id"},
    )
    chat = await chat_through(http_client, db, block)
    assert webhook.requests == []
    assert chat.texts == []
    action = chat.response["clientSideActions"][0]
    assert action["type"] == "httpRequestToExecute"
    assert action["expectsDedicatedReply"] is True
    assert action["httpRequestToExecute"] == {
        "url": "https://api.example.com/items?x=1&name=Ada%20%22the%22%20Great",
        "method": "POST",
        "headers": {"X-Token": "t0k3n", "Content-Type": "application/json"},
        "body": {"name": NAME},
    }
    reply = json.dumps({"statusCode": 201, "data": {"id": "item-7"}})
    after = await http_client.post(
        f"/api/v1/sessions/{chat.session_id}/continueChat", json={"message": reply}
    )
    assert after.status_code == 200, after.text
    texts = [plain_text(m) for m in after.json()["messages"] if m["type"] == "text"]
    assert texts == ["Status=201 Out=item-7"]


SSRF_URLS = [
    "http://127.0.0.2:{port}/",
    "http://2130706434:{port}/",
    "http://0x7f000002:{port}/",
    "http://0177.0.0.2:{port}/",
    "http://127.2:{port}/",
    "http://[::1]:{port}/",
    "http://[::ffff:127.0.0.2]:{port}/",
    "http://localhost:{port}/",
    "http://169.254.169.254/latest/meta-data/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://10.0.0.1/",
    "http://192.168.0.1/",
    "http://[fe80::1]/",
    "REDIRECT",
]


@pytest.mark.parametrize("url", SSRF_URLS)
async def test_fetch_url_bot_refuses_private_targets(
    http_client: httpx.AsyncClient,
    db: AsyncSession,
    webhook: WebhookServer,
    forbidden_listener: Listener,
    url: str,
) -> None:
    """The ``fetch-url`` bot: the visitor types the URL the HTTP block fetches, sees the status
    and response, and is asked again."""
    if url == "REDIRECT":
        private = f"http://127.0.0.2:{forbidden_listener.port}/"
        target = str(httpx.URL(webhook.url("/redirect"), params={"to": private}))
    else:
        target = url.format(port=forbidden_listener.port)
    texts, logs = await _fetch_url_chat(http_client, db, target)
    # The guard's reason, in Typebot's words, is the response the bot shows.
    assert texts[0].startswith("Fetched with status 400: Security validation failed: Access to ")
    assert texts[0].endswith("is not allowed for security reasons.") or texts[0].endswith(
        "This range includes cloud metadata services."
    )
    assert texts[1] == "Which address should I fetch?"
    assert [(log.status, log.description) for log in logs] == [
        ("error", "Webhook failed to execute.")
    ]
    assert forbidden_listener.connections == 0


async def test_fetch_url_bot_reaches_allowed_hosts(
    http_client: httpx.AsyncClient, db: AsyncSession, webhook: WebhookServer
) -> None:
    texts, logs = await _fetch_url_chat(http_client, db, webhook.url("/text"))
    assert texts[0] == "Fetched with status 200: plain words"
    assert [log.status for log in logs] == ["success"]


async def _fetch_url_chat(
    client: httpx.AsyncClient, db: AsyncSession, url: str
) -> tuple[list[str], list[Log]]:
    member = await make_member(db)
    public_id = f"ssrf-{new_id()}"
    await publisher(db, member)(fixture_bot("fetch-url"), public_id, None)
    start = (await client.post(f"/api/v1/typebots/{public_id}/startChat", json={})).json()
    answer = await client.post(
        f"/api/v1/sessions/{start['sessionId']}/continueChat", json={"message": url}
    )
    assert answer.status_code == 200, answer.text
    texts = [plain_text(m) for m in answer.json()["messages"] if m["type"] == "text"]
    return texts, await result_logs(db, start["resultId"])


async def test_a_server_without_allow_list_refuses_loopback(
    client: httpx.AsyncClient, db: AsyncSession, webhook: WebhookServer
) -> None:
    """The default settings: even the webhook stand-in on 127.0.0.1 is out of reach."""
    block = http_block(webhook.url("/echo"), mappings={"vstatus": "statusCode"})
    chat = await chat_through(client, db, block)
    assert chat.texts[-1] == "Status=400 Out="
    assert webhook.requests == []
