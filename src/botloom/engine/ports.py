"""The engine's only ways to reach the outside: everything with I/O comes in through ``Ports``."""

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from botloom.engine.http import HttpProxy, HttpRequestData, HttpResponseData
from botloom.engine.integration_calls import (
    ActionCall,
    ActionOutcome,
    CreatedPayment,
    EmailMessage,
    PaymentRequest,
)

if TYPE_CHECKING:
    # Only for annotations: the bot module imports the block catalogue, whose runners import
    # the engine's runtime, which imports this module.
    from botloom.engine.bot import Bot


class JsRunner(Protocol):
    """Runs bot-authored JavaScript in a sandbox with time and memory limits."""

    async def evaluate_expression(
        self, expression: str, globals_: Mapping[str, object] | None = None
    ) -> object:
        """Evaluate ``{{= code =}}``-style code (an expression, or a body with ``return``)."""
        ...

    async def run_function_body(
        self, code: str, globals_: Mapping[str, object] | None = None
    ) -> object:
        """Run code as the body of an async function; ``return`` gives the result."""
        ...


class Integrations(Protocol):
    """Runs integrations with the workspace's decrypted credentials (see ``integration_calls``)."""

    async def run_action(self, call: ActionCall) -> ActionOutcome:
        """Run a plugin action; problems come back as logs in the outcome, never raised."""
        ...

    async def send_email(self, message: EmailMessage) -> None:
        """Send an email; raises ``IntegrationError`` when it cannot."""
        ...

    async def http_proxy(self, credentials_id: str) -> HttpProxy:
        """The proxy of the workspace's ``http proxy`` credentials; raises
        ``IntegrationError`` when they are missing, another workspace's, or unreadable."""
        ...


class Payments(Protocol):
    """Opens and checks payments with the workspace's payment provider (Stripe)."""

    async def create_payment(self, request: PaymentRequest) -> CreatedPayment:
        """Open a payment; raises ``IntegrationError`` when it cannot."""
        ...

    async def payment_status(
        self, credentials_id: str, payment_id: str, *, is_preview: bool
    ) -> str:
        """The provider's status of a payment (``succeeded`` once paid); raises
        ``IntegrationError`` when it cannot tell."""
        ...


class HttpSender(Protocol):
    """Sends bots' HTTP requests, refusing targets that are not on the public internet."""

    async def send(self, request: HttpRequestData) -> HttpResponseData:
        """The final response (any status); raises ``HttpRequestError`` when there is none."""
        ...


LoadBot = Callable[[str], Awaitable["Bot | None"]]
"""Loads a bot of the same workspace by typebot id: its live version, or its draft in preview."""


@dataclass(frozen=True)
class Ports:
    """What a chat turn may use. Tests pass fakes; the server passes real adapters."""

    load_bot: LoadBot
    now: Callable[[], datetime]
    new_id: Callable[[], str]
    random: Callable[[], float]
    js: JsRunner | None = None
    integrations: Integrations | None = None
    http: HttpSender | None = None
    payments: Payments | None = None
