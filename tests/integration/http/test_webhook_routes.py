"""The builder's HTTP request routes: the list of blocks, and test runs with test values."""

from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from tests.integration.http.bots import calling_bot, http_block
from tests.integration.http.conftest import Listener, WebhookServer
from tests.support.factories import Member, make_member


async def create_bot(client: httpx.AsyncClient, member: Member, document: dict[str, Any]) -> str:
    created = await client.post(
        "/api/v1/typebots",
        json={"workspaceId": member.workspace.id, "typebot": document},
        headers=member.headers,
    )
    assert created.status_code == 200, created.text
    return str(created.json()["typebot"]["id"])


def run_url(bot_id: str, block_id: str = "b3") -> str:
    return f"/api/v1/typebots/{bot_id}/webhookBlocks/{block_id}/testWebhook"


async def test_test_run_sends_with_test_values_and_returns_the_response(
    http_client: httpx.AsyncClient, db: AsyncSession, webhook: WebhookServer
) -> None:
    member = await make_member(db)
    block = http_block(
        webhook.url("/echo/{{Name}}"),
        webhook={"body": '{"name": "{{Name}}", "token": "{{Token}}"}'},
        isCustomBody=True,
        variablesForTest=[{"id": "t1", "variableId": "vname", "value": "Preset"}],
    )
    bot_id = await create_bot(http_client, member, calling_bot(block))

    with_presets = await http_client.post(run_url(bot_id), headers=member.headers)
    assert with_presets.status_code == 200, with_presets.text
    assert with_presets.json()["statusCode"] == 200
    assert with_presets.json()["data"]["path"] == "/echo/Preset"
    assert webhook.requests[-1]["body"] == '{"name": "Preset", "token": "t0k3n"}'

    overridden = await http_client.post(
        run_url(bot_id),
        json={"variables": [{"id": "vname", "value": "Given"}, {"name": "Token", "value": "x"}]},
        headers=member.headers,
    )
    assert overridden.status_code == 200, overridden.text
    assert overridden.json()["data"]["path"] == "/echo/Given"
    assert webhook.requests[-1]["body"] == '{"name": "Given", "token": "x"}'


async def test_test_runs_report_error_statuses_and_refusals(
    http_client: httpx.AsyncClient,
    db: AsyncSession,
    webhook: WebhookServer,
    forbidden_listener: Listener,
) -> None:
    member = await make_member(db)
    failing = await create_bot(
        http_client, member, calling_bot(http_block(webhook.url("/status/503")))
    )
    answer = await http_client.post(run_url(failing), headers=member.headers)
    assert answer.json() == {"statusCode": 503, "data": {"error": "status 503", "code": 503}}

    private = f"http://127.0.0.2:{forbidden_listener.port}/"
    refused = await create_bot(http_client, member, calling_bot(http_block(private)))
    answer = await http_client.post(run_url(refused), headers=member.headers)
    assert answer.status_code == 200
    assert answer.json()["statusCode"] == 400
    assert answer.json()["data"] == (
        "Security validation failed: Access to loopback addresses (12"
        "7.0.0.0/8) is not allowed for security reasons."
    )
    assert forbidden_listener.connections == 0


async def test_test_runs_check_rights_and_inputs(
    http_client: httpx.AsyncClient, db: AsyncSession, webhook: WebhookServer
) -> None:
    member = await make_member(db)
    bot_id = await create_bot(http_client, member, calling_bot(http_block(webhook.url("/echo"))))
    stranger = await make_member(db)
    hidden = await http_client.post(run_url(bot_id), headers=stranger.headers)
    assert hidden.status_code == 404
    assert (await http_client.post(run_url(bot_id))).status_code == 401
    assert webhook.requests == []

    unknown = await http_client.post(run_url(bot_id, "nope"), headers=member.headers)
    assert unknown.status_code == 404
    not_http = await http_client.post(run_url(bot_id, "b4"), headers=member.headers)
    assert not_http.status_code == 404

    no_url = await create_bot(http_client, member, calling_bot(http_block("")))
    answer = await http_client.post(run_url(no_url), headers=member.headers)
    assert answer.status_code == 400
    assert "options.webhook.url" in answer.json()["message"]

    bad_body = await http_client.post(
        run_url(bot_id), json={"variables": "nope"}, headers=member.headers
    )
    assert bad_body.status_code in {400, 422}
    assert "variables" in bad_body.text


async def test_list_of_http_request_blocks(
    http_client: httpx.AsyncClient, db: AsyncSession, webhook: WebhookServer
) -> None:
    member = await make_member(db)
    document = calling_bot(http_block(webhook.url("/echo")))
    zapier = {**http_block("https://hooks.zapier.com/x", block_type="Zapier"), "id": "bz"}
    document["groups"][1]["blocks"].insert(1, zapier)
    bot_id = await create_bot(http_client, member, document)
    listed = await http_client.get(
        f"/api/v1/typebots/{bot_id}/webhookBlocks", headers=member.headers
    )
    assert listed.status_code == 200, listed.text
    assert listed.json() == {
        "webhookBlocks": [
            {"id": "b3", "type": "Webhook", "label": "Call > b3", "url": webhook.url("/echo")},
            {
                "id": "bz",
                "type": "Zapier",
                "label": "Call > bz",
                "url": "https://hooks.zapier.com/x",
            },
        ]
    }
    stranger = await make_member(db)
    hidden = await http_client.get(
        f"/api/v1/typebots/{bot_id}/webhookBlocks", headers=stranger.headers
    )
    assert hidden.status_code == 404
