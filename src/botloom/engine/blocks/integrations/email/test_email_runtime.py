"""Tests of the send email block's runner, with a port that records what it is asked."""

import dataclasses
from typing import Any

from botloom.engine.blocks.integrations.email.execute import execute, file_urls
from botloom.engine.blocks.integrations.email.schema import EmailBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.http import HttpProxy
from botloom.engine.integration_calls import (
    ActionCall,
    ActionOutcome,
    EmailMessage,
    IntegrationError,
)
from botloom.engine.runtime import TurnContext

DOCUMENT = {"variables": [{"id": "v_n", "name": "Name"}, {"id": "v_f", "name": "Files"}]}


class RecordingPort:
    def __init__(self, error: IntegrationError | None = None) -> None:
        self.sent: list[EmailMessage] = []
        self.error = error

    async def run_action(self, call: ActionCall) -> ActionOutcome:
        raise AssertionError("not used by the email block")

    async def send_email(self, message: EmailMessage) -> None:
        if self.error is not None:
            raise self.error
        self.sent.append(message)

    async def http_proxy(self, credentials_id: str) -> HttpProxy:
        raise AssertionError("not used by the email block")


def _context(port: RecordingPort, **variables: object) -> TurnContext:
    ctx = make_context(DOCUMENT, variables=variables)
    ctx.ports = dataclasses.replace(ctx.ports, integrations=port)
    return ctx


def _block(**options: Any) -> EmailBlock:
    return EmailBlock.model_validate({"id": "b", "type": "Email", "options": options})


async def test_the_email_is_rendered_with_variables() -> None:
    port = RecordingPort()
    ctx = _context(port, Name="ann", Files=["https://f/a.pdf", "https://f/b.png"])
    block = _block(
        recipients=["{{Name}}@x.com, b@x.com"],
        subject="Hi {{Name}}",
        body="<b>{{Name}}</b>",
        isCustomBody=True,
        isBodyCode=True,
        attachmentsVariableId="v_f",
    )
    await execute(block, ctx)
    [message] = port.sent
    assert message.recipients == ["ann@x.com", "b@x.com"]
    assert (message.subject, message.text, message.html) == ("Hi ann", "", "<b>ann</b>")
    assert message.attachment_urls == ["https://f/a.pdf", "https://f/b.png"]
    assert message.credentials_id == "default"
    assert ctx.state.emails_sent


async def test_a_body_without_is_custom_body_is_sent_as_is() -> None:
    port = RecordingPort()
    await execute(_block(recipients=["a@x.com"], body="Plain {{Name}}"), _context(port, Name="Z"))
    assert (port.sent[0].text, port.sent[0].html) == ("Plain Z", None)
    explicit = RecordingPort()
    ctx = _context(explicit, Name="Z")
    await execute(_block(recipients=["a@x.com"], body="ignored", isCustomBody=False), ctx)
    assert explicit.sent[0].text == "Name: Z"


async def test_failures_and_refusals_are_logs() -> None:
    port = RecordingPort(IntegrationError("Email not sent", "relay down"))
    ctx = _context(port)
    result = await execute(_block(recipients=["a@x.com"], subject="s"), ctx)
    assert [(log.status, log.description, log.details) for log in ctx.logs] == [
        ("error", "Email not sent", "relay down")
    ]
    assert ctx.state.emails_sent == [], "a failed email does not count"
    assert result.outgoing_edge_id is not None
    empty = _context(RecordingPort())
    await execute(_block(recipients=["{{Name}}"]), empty)
    assert [log.details for log in empty.logs] == ["No recipients"]


def test_file_urls_from_a_list_or_a_text() -> None:
    assert file_urls("https://a/1.pdf, https://a/2.pdf") == ["https://a/1.pdf", "https://a/2.pdf"]
    assert file_urls(["https://a/1.pdf", None, ""]) == ["https://a/1.pdf"]
    assert file_urls(None) == []
