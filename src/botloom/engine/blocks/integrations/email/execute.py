"""Runs the send email block: renders the email, applies Typebot's per-session limits, and
sends it through the ``integrations`` port. A failure is a log line; the flow goes on."""

import hashlib
import html
import json
from dataclasses import asdict

from botloom.engine.blocks.integrations.email.schema import EmailBlock, EmailOptions
from botloom.engine.blocks.integrations.http_request.request import result_values
from botloom.engine.integration_calls import EmailMessage, IntegrationError
from botloom.engine.runtime import BlockResult, TurnContext
from botloom.schema.variables import VariableValue

MAX_EMAILS_PER_SESSION = 5


async def _addresses(values: list[str], ctx: TurnContext) -> list[str]:
    """Addresses with variables substituted; a value may hold several, comma-separated."""
    out: list[str] = []
    for value in values:
        text = await ctx.substitute(value)
        out.extend(part.strip() for part in text.split(",") if part.strip())
    return out


def answers_table(values: dict[str, str]) -> tuple[str, str]:
    """The automatic body, as text and HTML: one line or table row per answer."""
    text = "\n".join(f"{key}: {value}" for key, value in values.items())
    rows = "".join(
        f"<tr><th align='left'>{html.escape(key)}</th><td>{html.escape(value)}</td></tr>"
        for key, value in values.items()
    )
    return text, f"<table>{rows}</table>"


def file_urls(value: VariableValue) -> list[str]:
    """The URLs a file input saved: a list, or one text of comma-separated URLs."""
    items = value if isinstance(value, list) else (value or "").split(",")
    return [url.strip() for url in items if url and url.strip()]


def is_custom_body(options: EmailOptions) -> bool:
    """Older documents have no ``isCustomBody``: a body they hold is then the one to send."""
    if "is_custom_body" in options.model_fields_set:
        return options.is_custom_body
    return bool(options.body)


async def render(options: EmailOptions, ctx: TurnContext) -> EmailMessage:
    """The email as it will be sent, every field substituted."""
    if is_custom_body(options):
        body = await ctx.substitute(options.body)
        text, body_html = ("", body) if options.is_body_code else (body, None)
    else:
        answers = {k: v for k, v in result_values(ctx).items() if k != "submittedAt"}
        text, body_html = answers_table(answers)
    return EmailMessage(
        credentials_id=options.credentials_id,
        recipients=await _addresses(options.recipients, ctx),
        cc=await _addresses(options.cc, ctx),
        bcc=await _addresses(options.bcc, ctx),
        reply_to=(await ctx.substitute(options.reply_to)) or None,
        subject=await ctx.substitute(options.subject),
        text=text,
        html=body_html,
        attachment_urls=file_urls(ctx.value_of(options.attachments_variable_id)),
    )


def fingerprint(message: EmailMessage) -> str:
    """What makes two emails identical, kept in the session to refuse duplicates."""
    return hashlib.sha256(json.dumps(asdict(message), sort_keys=True).encode()).hexdigest()


async def execute(block: EmailBlock, ctx: TurnContext) -> BlockResult:
    """Send the email; skipped in preview, refused past 5 per session or when identical to
    one already sent in this session."""
    if ctx.is_preview:
        ctx.log("Emails are not sent in preview mode", status="info")
        return BlockResult()
    port = ctx.ports.integrations
    if port is None:
        return BlockResult()
    message = await render(block.options, ctx)
    key = fingerprint(message)
    if not message.recipients:
        ctx.log("Email not sent", details="No recipients")
    elif len(ctx.state.emails_sent) >= MAX_EMAILS_PER_SESSION:
        ctx.log("Email not sent", details=f"At most {MAX_EMAILS_PER_SESSION} emails per session")
    elif key in ctx.state.emails_sent:
        ctx.log("Email not sent", details="An identical email was already sent in this session")
    else:
        try:
            await port.send_email(message)
        except IntegrationError as exc:
            ctx.log(exc.description, details=exc.details)
        else:
            ctx.state.emails_sent.append(key)
            ctx.log("Email successfully sent", status="success")
    return BlockResult()
