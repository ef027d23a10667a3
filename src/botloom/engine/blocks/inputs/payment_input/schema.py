"""Payment input: a Stripe payment form; the reply tells whether the payment went through.

Defaults follow Typebot's ``packages/blocks/inputs/src/payment/constants.ts``.
"""

from enum import StrEnum
from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel


class PaymentProvider(StrEnum):
    """The payment services supported."""

    STRIPE = "Stripe"


class PaymentInputLabels(DocModel):
    """Label of the pay button and the text shown once paid."""

    button: str = "Pay"
    success: str = "Success"


class PaymentAddress(DocModel):
    """The payer's postal address sent to the provider."""

    country: str | None = None
    line1: str | None = None
    line2: str | None = None
    state: str | None = None
    city: str | None = None
    postal_code: str | None = None


class PaymentAdditionalInformation(DocModel):
    """What the payment carries besides the amount: description and payer details."""

    description: str | None = None
    name: str | None = None
    email: str | None = None
    phone_number: str | None = None
    address: PaymentAddress = Field(default_factory=PaymentAddress)


class PaymentInputOptions(DocModel):
    """Options of the payment input; ``amount`` is text (it may hold ``{{variables}}``)."""

    variable_id: str | None = None
    provider: PaymentProvider = PaymentProvider.STRIPE
    labels: PaymentInputLabels = Field(default_factory=PaymentInputLabels)
    additional_information: PaymentAdditionalInformation = Field(
        default_factory=PaymentAdditionalInformation
    )
    credentials_id: str | None = None
    currency: str = "USD"
    amount: str | None = None
    retry_message_content: str = "Payment failed. Please, try again."


class PaymentInputBlock(BlockBase):
    """Asks the visitor to pay."""

    type: Literal["payment input"]
    options: PaymentInputOptions = Field(default_factory=PaymentInputOptions)
