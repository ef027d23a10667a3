"""Custom domains over HTTP (SQLite and PostgreSQL): claim, verify through a DNS server on
loopback, give a bot an address on the domain, and chat with it there by ``Host``."""

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.store.models import WorkspaceRole
from tests.support.factories import Member, add_to_workspace, make_member
from tests.support.fake_dns import FakeDns
from tests.support.fixtures import fixture_bot
from tests.support.live_apps import client_of, live_app
from tests.support.live_server import LiveServer

DOMAIN = "bots.example.org"


@pytest.fixture(scope="module")
def domains_server(
    database_url: str, tmp_path_factory: pytest.TempPathFactory, dns_server: FakeDns
) -> Iterator[LiveServer]:
    with live_app(
        database_url,
        tmp_path_factory,
        dns_nameservers=[dns_server.address],
        public_url="http://botloom.example.net",
    ) as server:
        yield server


@pytest.fixture
async def http(domains_server: LiveServer, db: AsyncSession) -> AsyncIterator[httpx.AsyncClient]:
    async with client_of(domains_server.base_url) as client:
        yield client


async def _claim(http: httpx.AsyncClient, member: Member, name: str = DOMAIN) -> httpx.Response:
    return await http.post(
        "/api/v1/custom-domains",
        json={"workspaceId": member.workspace.id, "name": name},
        headers=member.headers,
    )


async def _verify(http: httpx.AsyncClient, member: Member) -> dict[str, Any]:
    response = await http.get(
        f"/api/v1/custom-domains/{DOMAIN}/verify",
        params={"workspaceId": member.workspace.id},
        headers=member.headers,
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def _published_bot(http: httpx.AsyncClient, member: Member) -> dict[str, Any]:
    imported = await http.post(
        "/api/v1/typebots/import",
        json={"workspaceId": member.workspace.id, "typebot": fixture_bot("lead-capture")},
        headers=member.headers,
    )
    assert imported.status_code == 200, imported.text
    typebot: dict[str, Any] = imported.json()["typebot"]
    published = await http.post(f"/api/v1/typebots/{typebot['id']}/publish", headers=member.headers)
    assert published.status_code == 200, published.text
    return typebot


async def _set_domain(
    http: httpx.AsyncClient, member: Member, typebot_id: str, value: str | None
) -> httpx.Response:
    return await http.patch(
        f"/api/v1/typebots/{typebot_id}",
        json={"typebot": {"customDomain": value}, "overwrite": True},
        headers=member.headers,
    )


async def test_a_bot_answers_on_its_verified_domain(
    http: httpx.AsyncClient, db: AsyncSession, dns_server: FakeDns
) -> None:
    owner = await make_member(db)
    claimed = await _claim(http, owner, "Bots.Example.org.")
    assert claimed.status_code == 200, claimed.text
    assert claimed.json()["customDomain"]["name"] == DOMAIN
    assert claimed.json()["customDomain"]["verified"] is False

    pending = await _verify(http, owner)
    assert pending["status"] == "Pending Verification"
    [record] = pending["domainJson"]["verification"]
    assert record["type"] == "TXT"
    assert record["domain"] == f"_botloom-challenge.{DOMAIN}"

    typebot = await _published_bot(http, owner)
    assert (await _set_domain(http, owner, typebot["id"], f"{DOMAIN}/support")).status_code == 200
    # Unverified: the domain does not serve the bot yet.
    early = await http.get("/support", headers={"Host": DOMAIN})
    assert early.status_code == 404

    dns_server.txt[record["domain"]] = ["unrelated", record["value"]]
    valid = await _verify(http, owner)
    assert valid["status"] == "Valid Configuration"
    assert valid["domainJson"]["verified"] is True
    listed = await http.get(
        "/api/v1/custom-domains",
        params={"workspaceId": owner.workspace.id},
        headers=owner.headers,
    )
    assert [(d["name"], d["verified"]) for d in listed.json()["customDomains"]] == [(DOMAIN, True)]

    page = await http.get("/support", headers={"Host": DOMAIN})
    assert page.status_code == 200, page.text
    assert f'content="http://{DOMAIN}/support"' in page.text
    assert typebot["publicId"] in page.text
    chat = await http.post(
        f"/api/v1/typebots/{typebot['publicId']}/startChat", json={}, headers={"Host": DOMAIN}
    )
    assert chat.status_code == 200, chat.text
    assert chat.json()["messages"]

    elsewhere = await http.get("/other", headers={"Host": DOMAIN})
    assert elsewhere.status_code == 404
    assert "No bot is published at this address" in elsewhere.text
    unknown = await http.get("/", headers={"Host": "stranger.example.com"})
    assert unknown.status_code == 404
    assert "not connected to a bot" in unknown.text
    own = await http.get(f"/{typebot['publicId']}", headers={"Host": "botloom.example.net"})
    assert own.status_code == 200

    removed = await http.request(
        "DELETE",
        f"/api/v1/custom-domains/{DOMAIN}",
        json={"workspaceId": owner.workspace.id},
        headers=owner.headers,
    )
    assert removed.json() == {"message": "success"}
    bot = await http.get(f"/api/v1/typebots/{typebot['id']}", headers=owner.headers)
    assert bot.json()["typebot"]["customDomain"] is None
    assert (await http.get("/support", headers={"Host": DOMAIN})).status_code == 404
    dns_server.txt.clear()


async def test_domains_are_checked_and_guarded(http: httpx.AsyncClient, db: AsyncSession) -> None:
    owner = await make_member(db)
    other = await make_member(db)
    member = await make_member(db)
    await add_to_workspace(db, member, owner.workspace, WorkspaceRole.MEMBER)

    bad = await _claim(http, owner, "https://bots.example.org")
    assert bad.status_code == 400
    assert "name" in bad.json()["message"]
    with_path = await _claim(http, owner, f"{DOMAIN}/path")
    assert with_path.status_code == 400
    not_admin = await http.post(
        "/api/v1/custom-domains",
        json={"workspaceId": owner.workspace.id, "name": DOMAIN},
        headers=member.headers,
    )
    assert not_admin.status_code == 403

    assert (await _claim(http, owner)).status_code == 200
    taken = await _claim(http, other)
    assert taken.status_code == 409
    assert "another workspace" in taken.json()["message"]

    typebot = await _published_bot(http, other)
    refused = await _set_domain(http, other, typebot["id"], DOMAIN)
    assert refused.status_code == 400
    assert refused.json()["message"].startswith("customDomain")

    hidden = await http.get(
        f"/api/v1/custom-domains/{DOMAIN}/verify",
        params={"workspaceId": other.workspace.id},
        headers=other.headers,
    )
    assert hidden.status_code == 404
