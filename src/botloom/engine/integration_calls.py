"""What the engine asks of integrations (forge actions, emails) and what it gets back.

Plain data, so that the engine stays free of I/O: the ``integrations`` port runs the calls.
"""

from dataclasses import dataclass, field
from typing import Any

from botloom.schema.variables import Variable, VariableValue


class IntegrationError(Exception):
    """An integration could not do its job; the block ends with a log and the flow goes on."""

    def __init__(self, description: str, details: str | None = None) -> None:
        self.description = description
        self.details = details
        super().__init__(description if details is None else f"{description}: {details}")


@dataclass(frozen=True)
class ActionCall:
    """One action of a plugin (a forge block): ``options`` are the block's options with
    variables substituted and empty strings removed, as Typebot passes them."""

    integration_id: str
    action: str | None
    credentials_id: str | None
    options: dict[str, Any]
    variables: list[Variable]
    block_id: str
    is_preview: bool
    result_id: str | None = None
    stream_variable_id: str | None = None
    """Set when the answer may be streamed to the web client instead, into this variable."""


@dataclass
class IntegrationLog:
    """A log line an integration wants on the result."""

    description: str
    status: str = "error"
    details: str | None = None


@dataclass
class ActionOutcome:
    """What an action did: variables to set (by variable id, in order), logs, client actions."""

    variables: list[tuple[str, VariableValue]] = field(default_factory=list)
    logs: list[IntegrationLog] = field(default_factory=list)
    client_side_actions: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class EmailMessage:
    """A fully rendered email of the send email block; ``credentials_id`` "default" is the
    server's own SMTP. ``html`` and ``text`` are the two bodies (either may be empty)."""

    credentials_id: str
    recipients: list[str]
    subject: str
    text: str
    html: str | None = None
    cc: list[str] = field(default_factory=list)
    bcc: list[str] = field(default_factory=list)
    reply_to: str | None = None
    attachment_urls: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PaymentRequest:
    """A payment a payment input asks for: ``amount`` in the currency's smallest unit (cents),
    the payer's details as the block's options give them (variables substituted)."""

    credentials_id: str
    amount: int
    currency: str
    is_preview: bool
    description: str | None = None
    receipt_email: str | None = None
    name: str | None = None
    phone: str | None = None
    address: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CreatedPayment:
    """A payment the provider opened: its id, the secret the browser confirms it with, and the
    public key the browser's payment form is made with."""

    id: str
    client_secret: str
    public_key: str
