"""The send email block through the real chat API, to SMTP relays on loopback."""

from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.credentials.vault import Vault
from botloom.store.models import Credentials, Typebot
from tests.integration.integrations.bots import looping_bot
from tests.integration.integrations.chat import Chat, publish, texts
from tests.integration.integrations.conftest import (
    DEFAULT_FROM,
    FILES,
    SECRET,
    SMTP_PASSWORD,
    SMTP_USER,
    Inbox,
)
from tests.support.factories import Member, make_member
from tests.support.fixtures import fixture_bot
from tests.support.postgres import free_port

# The test relays take logins over plain loopback on purpose; aiosmtpd warns on each one.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


def email_block(**options: Any) -> dict[str, Any]:
    return {"id": "b3", "type": "Email", "options": options}


async def _chat(
    api: httpx.AsyncClient,
    db: AsyncSession,
    block: dict[str, Any],
    member: Member | None = None,
    public_id: str = "mail",
) -> Chat:
    member = member or await make_member(db)
    await publish(db, member, looping_bot(block), public_id)
    chat = Chat(api, public_id)
    await chat.start()
    return chat


async def test_a_custom_text_email_with_cc_bcc_and_reply_to(
    api: httpx.AsyncClient, db: AsyncSession, default_inbox: Inbox
) -> None:
    block = email_block(
        recipients=["{{Name}}@example.com", "boss@example.com, ops@example.com"],
        cc=["cc@example.com"],
        bcc=["hidden@example.com"],
        replyTo="support@example.com",
        subject="Hello {{Name}}",
        body="Dear {{Name}},\nthanks!",
        isCustomBody=True,
    )
    chat = await _chat(api, db, block)
    reply = await chat.say("ada")
    assert texts(reply) == ["Done ada"]

    [mail] = default_inbox.received
    assert sorted(mail.recipients) == sorted(
        [
            "ada@example.com",
            "boss@example.com",
            "ops@example.com",
            "cc@example.com",
            "hidden@example.com",
        ]
    )
    message = mail.message
    assert message["From"] == DEFAULT_FROM
    assert message["To"] == "ada@example.com, boss@example.com, ops@example.com"
    assert message["Cc"] == "cc@example.com"
    assert message["Bcc"] is None, "bcc recipients stay out of the headers"
    assert message["Reply-To"] == "support@example.com"
    assert message["Subject"] == "Hello ada"
    body = message.get_body(("plain",))
    assert body is not None
    assert body.get_content().strip() == "Dear ada,\nthanks!"
    assert message.get_body(("html",)) is None
    assert await chat.logs(db) == [("success", "Email successfully sent", None)]


async def test_an_html_body(api: httpx.AsyncClient, db: AsyncSession, default_inbox: Inbox) -> None:
    block = email_block(
        recipients=["to@example.com"],
        subject="Html",
        body="<h1>Hi {{Name}}</h1><p>Welcome</p>",
        isCustomBody=True,
        isBodyCode=True,
    )
    chat = await _chat(api, db, block)
    await chat.say("Grace")
    [mail] = default_inbox.received
    html = mail.message.get_body(("html",))
    assert html is not None
    assert html.get_content().strip() == "<h1>Hi Grace</h1><p>Welcome</p>"


async def test_the_automatic_body_is_the_answers_table(
    api: httpx.AsyncClient, db: AsyncSession, default_inbox: Inbox
) -> None:
    chat = await _chat(api, db, email_block(recipients=["to@example.com"], subject="New lead"))
    await chat.say("Lin <3")
    [mail] = default_inbox.received
    text = mail.message.get_body(("plain",))
    html = mail.message.get_body(("html",))
    assert text is not None
    assert html is not None
    assert "Name: Lin <3" in text.get_content()
    assert "<th align='left'>Name</th><td>Lin &lt;3</td>" in html.get_content()


async def test_five_emails_per_session_and_no_duplicates(
    api: httpx.AsyncClient, db: AsyncSession, default_inbox: Inbox
) -> None:
    block = email_block(
        recipients=["to@example.com"], subject="About {{Name}}", body="x", isCustomBody=True
    )
    chat = await _chat(api, db, block)
    await chat.say("one")
    duplicate = await chat.say("one")
    assert texts(duplicate) == ["Done one"], "a refused email does not stop the chat"
    for name in ("two", "three", "four", "five", "six"):
        await chat.say(name)
    subjects = [mail.message["Subject"] for mail in default_inbox.received]
    assert subjects == ["About one", "About two", "About three", "About four", "About five"]
    logs = await chat.logs(db)
    refused = [details for status, _, details in logs if status == "error"]
    assert refused == [
        "An identical email was already sent in this session",
        "At most 5 emails per session",
    ]


async def _smtp_credentials(
    db: AsyncSession, member: Member, port: int, sender: dict[str, str], **data: Any
) -> str:
    """The member's SMTP credentials for a relay on 127.0.0.1:``port``, sending as ``sender``."""
    sealed = Vault(SECRET).seal({"host": "127.0.0.1", "port": port, "from": sender, **data})
    row = Credentials(
        workspace_id=member.workspace.id, type="smtp", name="Relay", data=sealed.data, iv=sealed.iv
    )
    db.add(row)
    await db.commit()
    return row.id


async def test_the_workspace_smtp_credentials_are_used(
    api: httpx.AsyncClient, db: AsyncSession, default_inbox: Inbox, auth_inbox: Inbox
) -> None:
    member = await make_member(db)
    credentials_id = await _smtp_credentials(
        db,
        member,
        auth_inbox.port,
        {"email": "shop@example.com", "name": "The Shop"},
        username=SMTP_USER,
        password=SMTP_PASSWORD,
        isTlsEnabled=False,
    )
    block = email_block(
        credentialsId=credentials_id,
        recipients=["to@example.com"],
        subject="Order",
        body="Thanks",
        isCustomBody=True,
    )
    chat = await _chat(api, db, block, member)
    await chat.say("ada")
    assert default_inbox.received == []
    [mail] = auth_inbox.received
    assert auth_inbox.logins == [SMTP_USER]
    assert mail.message["From"] == "The Shop <shop@example.com>"
    assert mail.mail_from == "shop@example.com"


async def test_smtp_failures_are_logged_and_the_chat_goes_on(
    api: httpx.AsyncClient, db: AsyncSession, default_inbox: Inbox, auth_inbox: Inbox
) -> None:
    member = await make_member(db)
    shop = {"email": "shop@example.com"}
    wrong_password = await _smtp_credentials(
        db, member, auth_inbox.port, shop, username=SMTP_USER, password="wrong"
    )
    nobody_listens = await _smtp_credentials(db, member, free_port(), shop)
    for credentials_id in (wrong_password, nobody_listens, "missing-credentials"):
        block = email_block(
            credentialsId=credentials_id, recipients=["to@example.com"], subject="S", body="B"
        )
        chat = await _chat(api, db, block, member, public_id=f"mail-{credentials_id}")
        reply = await chat.say("ada")
        assert texts(reply) == ["Done ada"]
        [(status, description, _)] = await chat.logs(db)
        assert status == "error"
        assert description in {"Email not sent", "Credentials not found"}
    assert auth_inbox.received == []
    assert default_inbox.received == []
    # A log never shows the stored secret.
    assert "wrong" not in str(await chat.logs(db))


def _file_input_bot(block: dict[str, Any]) -> dict[str, Any]:
    """The looping bot, but its first question is a file input saving into ``Files``."""
    document = looping_bot(block)
    document["groups"][0]["blocks"][1] = {
        "id": "b2",
        "type": "file input",
        "options": {"variableId": "vfiles", "isMultipleAllowed": True},
        "outgoingEdgeId": "e1",
    }
    return document


async def test_uploaded_files_are_attached(
    api: httpx.AsyncClient, db: AsyncSession, default_inbox: Inbox, file_server: str
) -> None:
    block = email_block(
        recipients=["to@example.com"],
        subject="Files",
        body="See attached",
        isCustomBody=True,
        attachmentsVariableId="vfiles",
    )
    await publish(db, await make_member(db), _file_input_bot(block), "attachments")
    chat = Chat(api, "attachments")
    await chat.start()
    urls = [file_server + path for path in FILES]
    reply = await chat.say(", ".join(urls))
    assert texts(reply) == ["Done "]
    [mail] = default_inbox.received
    attached = [
        (part.get_filename(), part.get_content_type(), part.get_content())
        for part in mail.message.iter_attachments()
    ]
    assert attached == [
        ("report.pdf", "application/pdf", FILES["/uploads/report.pdf"][1]),
        ("photo one.png", "image/png", FILES["/uploads/photo%20one.png"][1]),
    ]
    body = mail.message.get_body(("plain",))
    assert body is not None
    assert body.get_content().strip() == "See attached"


async def test_attachments_from_forbidden_or_missing_places_stop_the_email(
    api: httpx.AsyncClient, db: AsyncSession, default_inbox: Inbox, file_server: str
) -> None:
    member = await make_member(db)
    block = email_block(
        recipients=["to@example.com"], subject="Files", body="x", attachmentsVariableId="vfiles"
    )
    await publish(db, member, _file_input_bot(block), "attachments")
    cases = {
        "http://169.254.169.254/latest/meta-data/iam": "address not allowed",
        "http://10.20.30.40/private.pdf": "address not allowed",
        file_server + "/uploads/missing.pdf": "HTTP 404",
    }
    for url, reason in cases.items():
        chat = Chat(api, "attachments")
        await chat.start()
        assert texts(await chat.say(url)) == ["Done "]
        [(status, description, details)] = await chat.logs(db)
        assert (status, description) == ("error", "Email not sent")
        assert details is not None
        assert reason in details
    assert default_inbox.received == []


async def test_a_version_4_bot_sends_with_its_credentials(
    api: httpx.AsyncClient, db: AsyncSession, auth_inbox: Inbox
) -> None:
    """A bot of Typebot's version 4 naming SMTP credentials by id, imported unchanged: cc,
    bcc and reply-to reach the server."""
    document = fixture_bot("v4-send-email")
    member = await make_member(db)
    sealed = Vault(SECRET).seal(
        {
            "host": "127.0.0.1",
            "port": auth_inbox.port,
            "username": SMTP_USER,
            "password": SMTP_PASSWORD,
            "from": {"email": "reports@botloom.test", "name": "Reports"},
        }
    )
    db.add(
        Credentials(
            id="send-email-credentials",
            workspace_id=member.workspace.id,
            type="smtp",
            name="Relay",
            data=sealed.data,
            iv=sealed.iv,
        )
    )
    await db.commit()
    await publish(db, member, document, "send-email")
    chat = Chat(api, "send-email")
    await chat.start()
    assert texts(await chat.say("Mail the report")) == ["The report is on its way."]
    [mail] = auth_inbox.received
    assert sorted(mail.recipients) == [
        "audit@botloom.test",
        "first.cc@botloom.test",
        "owner@botloom.test",
        "second.cc@botloom.test",
    ]
    assert mail.message["Subject"] == "Weekly report"
    assert mail.message["Reply-To"] == "support@botloom.test"
    assert mail.message["From"] == "Reports <reports@botloom.test>"
    assert "audit@botloom.test" not in mail.message.as_string(), "bcc stays out of the headers"
    body = mail.message.get_body(("plain",))
    assert body is not None
    assert body.get_content().strip() == "The weekly report is ready."


async def test_emails_are_not_sent_in_preview(
    api: httpx.AsyncClient, db: AsyncSession, default_inbox: Inbox
) -> None:
    member = await make_member(db)
    block = email_block(recipients=["to@example.com"], subject="S", body="B")
    await publish(db, member, looping_bot(block), "preview-mail")
    typebot_id = await db.scalar(select(Typebot.id).where(Typebot.public_id == "preview-mail"))
    started = await api.post(
        f"/api/v1/typebots/{typebot_id}/preview/startChat", json={}, headers=member.headers
    )
    assert started.status_code == 200, started.text
    reply = await api.post(
        f"/api/v1/sessions/{started.json()['sessionId']}/continueChat",
        json={"message": {"type": "text", "text": "ada"}},
    )
    body = reply.json()
    assert texts(body) == ["Done ada"]
    assert body["logs"] == [
        {"status": "info", "description": "Emails are not sent in preview mode"}
    ]
    assert default_inbox.received == []
