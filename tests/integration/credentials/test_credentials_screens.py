"""What the builder's credentials screens rely on: the kinds and their fields, HTTP proxy
credentials, values that never come back, and Google Sheets connected through its consent
screen (a fake Google on loopback) with a state bound to the person, session and workspace."""

from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.api.web_session import CSRF_HEADER, SESSION_COOKIE
from botloom.domain.auth.sessions import SessionPolicy, csrf_token_for, do_create_session
from botloom.domain.credentials.vault import Vault
from botloom.settings import Settings
from botloom.store.models import Credentials, WorkspaceRole
from tests.integration.credentials.conftest import SECRET
from tests.support.factories import Member, add_to_workspace, make_member
from tests.support.fake_google import GOOGLE_EMAIL, FakeGoogle

CALLBACK = "/api/v1/credentials/google-sheets/callback"


@dataclass
class Browser:
    """A signed-in browser: its session cookie, and the headers a write from the page sends."""

    member: Member
    session_id: str
    write_headers: dict[str, str]

    def cookies(self) -> dict[str, str]:
        """The session cookie, as the browser sends it."""
        return {"Cookie": f"{SESSION_COOKIE}={self.session_id}"}


async def _browser(client: httpx.AsyncClient, db: AsyncSession, member: Member) -> Browser:
    session_id, _ = await do_create_session(
        db=db, user=member.user, policy=SessionPolicy.from_settings(Settings())
    )
    headers = {
        CSRF_HEADER: csrf_token_for(session_id),
        "Origin": str(client.base_url).rstrip("/"),
    }
    return Browser(member=member, session_id=session_id, write_headers=headers)


def _credentials_url(member: Member) -> str:
    return f"/api/v1/workspaces/{member.workspace.id}/credentials"


async def _authorize(client: httpx.AsyncClient, browser: Browser) -> str:
    started = await client.post(
        f"{_credentials_url(browser.member)}/google-sheets/authorize",
        headers={**browser.write_headers, **browser.cookies()},
    )
    assert started.status_code == 200, started.text
    url: str = started.json()["authorizeUrl"]
    return url


async def _consent(google: FakeGoogle, authorize_url: str) -> str:
    """What Google's consent screen sends the browser back to."""
    async with httpx.AsyncClient() as at_google:
        consented = await at_google.get(authorize_url)
    assert consented.status_code == 302, consented.text
    return consented.headers["location"]


async def _return(client: httpx.AsyncClient, browser: Browser, back: str) -> str:
    parts = urlsplit(back)
    assert parts.path == CALLBACK
    returned = await client.get(f"{parts.path}?{parts.query}", headers=browser.cookies())
    assert returned.status_code == 303, returned.text
    return returned.headers["location"]


async def test_google_sheets_connects_through_the_consent_screen(
    client: httpx.AsyncClient, db: AsyncSession, google: FakeGoogle
) -> None:
    browser = await _browser(client, db, await make_member(db))
    authorize_url = await _authorize(client, browser)
    assert authorize_url.startswith(google.authorize_url + "?")
    query = parse_qs(urlsplit(authorize_url).query)
    assert query["redirect_uri"] == [f"{str(client.base_url).rstrip('/')}{CALLBACK}"]
    assert query["access_type"] == ["offline"]
    assert "https://www.googleapis.com/auth/spreadsheets" in query["scope"][0].split()

    landed = await _return(client, browser, await _consent(google, authorize_url))
    workspace_id = browser.member.workspace.id
    assert landed == f"/workspaces/{workspace_id}/settings/credentials?googleSheets=connected"
    assert google.exchanges[-1]["grant_type"] == "authorization_code"

    listed = await client.get(_credentials_url(browser.member), headers=browser.member.headers)
    (entry,) = listed.json()["credentials"]
    assert (entry["type"], entry["name"]) == ("google sheets", GOOGLE_EMAIL)
    assert "access-" not in listed.text
    assert "refresh-" not in listed.text
    row = await db.get(Credentials, entry["id"])
    assert row is not None
    stored = Vault(SECRET).open(row)
    assert stored["access_token"].startswith("access-")
    assert stored["refresh_token"].startswith("refresh-")
    assert stored["expiry_date"] > 0


async def test_a_return_from_google_is_refused_unless_it_is_this_persons_own(
    client: httpx.AsyncClient, db: AsyncSession, google: FakeGoogle
) -> None:
    owner = await _browser(client, db, await make_member(db))
    landing = f"/workspaces/{owner.member.workspace.id}/settings/credentials?googleSheets="

    # Someone else, signed in, is sent to the owner's return link (login CSRF): refused.
    back = await _consent(google, await _authorize(client, owner))
    stranger = await _browser(client, db, await make_member(db))
    assert await _return(client, stranger, back) == landing + "expired"
    # The same person in another browser session: refused too.
    back = await _consent(google, await _authorize(client, owner))
    elsewhere = await _browser(client, db, owner.member)
    assert await _return(client, elsewhere, back) == landing + "expired"
    # A state whose workspace was changed: its signature no longer matches.
    back = await _consent(google, await _authorize(client, owner))
    assert (
        await _return(client, owner, back.replace("state=", "state=x"))
        == "/typebots?googleSheets=expired"
    )
    # Declined at Google; a code Google does not know.
    google.declines = True
    back = await _consent(google, await _authorize(client, owner))
    assert await _return(client, owner, back) == landing + "denied"
    google.declines = False
    back = await _consent(google, await _authorize(client, owner))
    assert await _return(client, owner, back.replace("code=", "code=forged")) == landing + "failed"
    listed = await client.get(_credentials_url(owner.member), headers=owner.member.headers)
    assert listed.json()["credentials"] == []


async def test_only_admins_connect_google_sheets(
    client: httpx.AsyncClient, db: AsyncSession, google: FakeGoogle
) -> None:
    admin = await make_member(db)
    member = await make_member(db)
    await add_to_workspace(db, member, admin.workspace, WorkspaceRole.MEMBER)
    refused = await client.post(
        f"{_credentials_url(admin)}/google-sheets/authorize", headers=member.headers
    )
    assert refused.status_code == 403, refused.text
    # An admin who is demoted before coming back from Google connects nothing.
    promoted = await _browser(client, db, member)
    await client.patch(
        f"/api/v1/workspaces/{admin.workspace.id}/members/{member.user.id}",
        json={"role": "ADMIN"},
        headers=admin.headers,
    )
    started = await client.post(
        f"{_credentials_url(admin)}/google-sheets/authorize",
        headers={**promoted.write_headers, **promoted.cookies()},
    )
    back = await _consent(google, started.json()["authorizeUrl"])
    await client.patch(
        f"/api/v1/workspaces/{admin.workspace.id}/members/{member.user.id}",
        json={"role": "MEMBER"},
        headers=admin.headers,
    )
    landing = await _return(client, promoted, back)
    assert landing.endswith("?googleSheets=forbidden")


async def test_the_kinds_of_credentials_and_their_fields(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    answer = await client.get("/api/v1/credentials/kinds", headers=member.headers)
    assert answer.status_code == 200, answer.text
    kinds = {kind["type"]: kind for kind in answer.json()["kinds"]}
    assert {"smtp", "http proxy", "openai", "anthropic", "mistral", "google sheets"} <= set(kinds)
    smtp_fields = {field["key"]: field["kind"] for field in kinds["smtp"]["fields"]}
    assert smtp_fields["password"] == "secret"
    assert smtp_fields["port"] == "number"
    assert smtp_fields["isTlsEnabled"] == "boolean"
    assert smtp_fields["from.email"] == "text"
    assert [f["key"] for f in kinds["http proxy"]["fields"]] == ["url", "username", "password"]
    assert kinds["openai"]["fields"][0] == {
        "key": "apiKey",
        "label": "API key",
        "kind": "secret",
        "required": False,
    }
    google_sheets = kinds["google sheets"]
    assert (google_sheets["connect"], google_sheets["available"]) == ("oauth", True)
    assert google_sheets["fields"] == []
    assert (await client.get("/api/v1/credentials/kinds")).status_code == 401


async def test_values_go_in_and_never_come_out(client: httpx.AsyncClient, db: AsyncSession) -> None:
    member = await make_member(db)
    url = _credentials_url(member)
    smtp = {
        "type": "smtp",
        "name": "Mail server",
        "data": {
            "host": "smtp.example.com",
            "port": 587,
            "username": "bot",
            "password": "hunter2-secret",
            "from": {"email": "bot@example.com", "name": "Bot"},
        },
    }
    created = await client.post(url, json=smtp, headers=member.headers)
    assert created.status_code == 200, created.text
    assert "hunter2" not in created.text
    assert "data" not in created.json()["credentials"]
    renamed = await client.patch(
        f"{url}/{created.json()['credentials']['id']}",
        json={"name": "Mailer"},
        headers=member.headers,
    )
    assert renamed.json()["credentials"]["name"] == "Mailer"
    listed = await client.get(url, headers=member.headers)
    assert "hunter2" not in listed.text
    assert "smtp.example.com" not in listed.text


async def test_http_proxy_credentials_need_a_proxy_url(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    member = await make_member(db)
    url = _credentials_url(member)
    wrong = await client.post(
        url,
        json={"type": "http proxy", "name": "Proxy", "data": {"url": "ftp://proxy"}},
        headers=member.headers,
    )
    assert wrong.status_code == 400, wrong.text
    assert "data.url" in wrong.text
    assert "proxy's address" in wrong.text
    missing = await client.post(
        url, json={"type": "http proxy", "name": "Proxy", "data": {}}, headers=member.headers
    )
    assert missing.status_code == 400
    assert "data.url" in missing.text
    data = {"url": "http://proxy.example.com:3128", "username": "u", "password": "p4ss-word"}
    made = await client.post(
        url, json={"type": "http proxy", "name": "Proxy", "data": data}, headers=member.headers
    )
    assert made.status_code == 200, made.text
    assert "p4ss-word" not in made.text
    row = await db.get(Credentials, made.json()["credentials"]["id"])
    assert row is not None
    assert Vault(SECRET).open(row) == data
