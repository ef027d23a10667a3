"""``fetch`` in server-side scripts goes through the same guard as the HTTP request block."""

import json
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from tests.integration.http.conftest import Listener, WebhookServer
from tests.integration.http.test_http_request_block import chat_through

LOOPBACK_REFUSAL = (
    "Security validation failed: Access to loopback addresses (127.0.0.0/8) is not allowed "
    "for security reasons."
)


def server_script(content: str) -> dict[str, Any]:
    return {
        "id": "b3",
        "type": "Code",
        "options": {"content": content, "isExecutedOnClient": False},
    }


async def test_fetch_reaches_allowed_hosts_and_resolves_to_the_text(
    http_client: httpx.AsyncClient, db: AsyncSession, webhook: WebhookServer
) -> None:
    script = server_script(
        f"""
        const text = await fetch({json.dumps(webhook.url("/echo/from-script"))}, {{
          method: "POST",
          headers: {{ "X-Token": {{{{Token}}}} }},
          body: JSON.stringify({{ name: {{{{Name}}}} }}),
        }});
        const echoed = JSON.parse(text);
        setVariable("Out", echoed.path + " " + JSON.parse(echoed.body).name);
        setVariable("Status", typeof text);
        """
    )
    chat = await chat_through(http_client, db, script, reply="Grace")
    sent = webhook.requests[-1]
    assert sent["method"] == "POST"
    assert sent["headers"]["x-token"] == "t0k3n"
    assert chat.texts[-1] == "Status=string Out=/echo/from-script Grace"


async def test_fetch_to_private_addresses_is_rejected_before_connecting(
    http_client: httpx.AsyncClient,
    db: AsyncSession,
    webhook: WebhookServer,
    forbidden_listener: Listener,
) -> None:
    private = f"http://127.0.0.2:{forbidden_listener.port}/"
    redirect = str(httpx.URL(webhook.url("/redirect"), params={"to": private}))
    script = server_script(
        f"""
        const outcomes = [];
        for (const url of [{json.dumps(private)}, {json.dumps(redirect)},
                           "http://169.254.169.254/latest/meta-data/", "http://0x7f.1/"]) {{
          try {{
            await fetch(url);
            outcomes.push("fetched");
          }} catch (error) {{
            const refused = /Security validation failed: Access to /.test(error.message);
            outcomes.push(refused ? "refused" : error.message);
          }}
        }}
        setVariable("Out", outcomes.join(","));
        """
    )
    chat = await chat_through(http_client, db, script)
    assert chat.texts[-1] == "Status= Out=refused,refused,refused,refused"
    assert forbidden_listener.connections == 0


async def test_a_script_whose_fetch_fails_is_logged_and_the_flow_goes_on(
    http_client: httpx.AsyncClient, db: AsyncSession, forbidden_listener: Listener
) -> None:
    script = server_script(
        f"await fetch('http://127.0.0.2:{forbidden_listener.port}/'); setVariable('Out', 'no');"
    )
    chat = await chat_through(http_client, db, script)
    assert chat.texts[-1] == "Status= Out="
    assert [(log.status, log.description) for log in chat.logs] == [
        ("error", "Script block failed")
    ]
    assert LOOPBACK_REFUSAL in (chat.logs[0].details or "")
    assert forbidden_listener.connections == 0
