"""The ``payments`` port: Stripe PaymentIntents made and checked with the workspace's Stripe
credentials, through Stripe's own client (its API base URL is a setting)."""

from dataclasses import dataclass
from typing import Any, cast

import stripe
from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel
from sqlalchemy.ext.asyncio import AsyncEngine
from stripe.params import PaymentIntentCreateParams

from botloom.domain.integrations.actions import load_credentials_as
from botloom.engine.integration_calls import CreatedPayment, IntegrationError, PaymentRequest
from botloom.settings import Settings

STRIPE_CREDENTIALS_TYPE = "stripe"
_TIMEOUT_SECONDS = 30


class _CamelModel(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, validate_by_name=True, extra="ignore")


class StripeLiveKeys(_CamelModel):
    """The keys payments of published bots are made with."""

    public_key: str = Field(min_length=1, max_length=500)
    secret_key: str = Field(min_length=1, max_length=500)


class StripeTestKeys(_CamelModel):
    """The keys previews in the builder pay with, when set (Stripe's test mode)."""

    public_key: str | None = Field(default=None, max_length=500)
    secret_key: str | None = Field(default=None, max_length=500)


class StripeCredentials(_CamelModel):
    """The data of ``stripe`` credentials, as Typebot stores it."""

    live: StripeLiveKeys
    test: StripeTestKeys = Field(default_factory=StripeTestKeys)

    def keys(self, *, is_preview: bool) -> tuple[str, str]:
        """The (public, secret) keys to use: the test keys in preview when both are set."""
        if is_preview and self.test.public_key and self.test.secret_key:
            return self.test.public_key, self.test.secret_key
        return self.live.public_key, self.live.secret_key


def _payment_intent_params(request: PaymentRequest) -> PaymentIntentCreateParams:
    params: dict[str, Any] = {
        "amount": request.amount,
        "currency": request.currency,
        "automatic_payment_methods": {"enabled": True},
    }
    if request.description:
        params["description"] = request.description
    if request.receipt_email:
        params["receipt_email"] = request.receipt_email
    if request.name and request.address.get("line1"):
        # Stripe keeps a payer's postal details only as a shipping address (name and line1
        # required); the payment form sends the same details as billing details.
        params["shipping"] = {
            "name": request.name,
            "address": request.address,
            **({"phone": request.phone} if request.phone else {}),
        }
    return cast("PaymentIntentCreateParams", params)


@dataclass(frozen=True)
class StripePayments:
    """Payments as one workspace's bots make them (its ``stripe`` credentials only)."""

    engine: AsyncEngine
    settings: Settings
    workspace_id: str

    async def _keys(self, credentials_id: str, *, is_preview: bool) -> tuple[str, str]:
        credentials = await load_credentials_as(
            StripeCredentials,
            "Stripe",
            engine=self.engine,
            settings=self.settings,
            workspace_id=self.workspace_id,
            credentials_id=credentials_id,
            type_=STRIPE_CREDENTIALS_TYPE,
        )
        return credentials.keys(is_preview=is_preview)

    def _client(self, secret_key: str) -> stripe.StripeClient:
        return stripe.StripeClient(
            secret_key,
            base_addresses={"api": self.settings.stripe_api_base},
            http_client=stripe.HTTPXClient(timeout=_TIMEOUT_SECONDS),
            max_network_retries=0,
        )

    async def create_payment(self, request: PaymentRequest) -> CreatedPayment:
        """Create a PaymentIntent; ``IntegrationError`` says why it could not."""
        public_key, secret_key = await self._keys(
            request.credentials_id, is_preview=request.is_preview
        )
        try:
            intent = await self._client(secret_key).v1.payment_intents.create_async(
                _payment_intent_params(request)
            )
        except stripe.StripeError as exc:
            raise IntegrationError("Payment not created", exc.user_message or str(exc)) from None
        if not intent.client_secret:
            raise IntegrationError("Payment not created", "Stripe sent no client secret")
        return CreatedPayment(
            id=intent.id, client_secret=intent.client_secret, public_key=public_key
        )

    async def payment_status(
        self, credentials_id: str, payment_id: str, *, is_preview: bool
    ) -> str:
        """Stripe's status of the PaymentIntent (``succeeded`` once paid)."""
        _, secret_key = await self._keys(credentials_id, is_preview=is_preview)
        try:
            intent = await self._client(secret_key).v1.payment_intents.retrieve_async(payment_id)
        except stripe.StripeError as exc:
            raise IntegrationError("Payment not checked", exc.user_message or str(exc)) from None
        return str(intent.status)
