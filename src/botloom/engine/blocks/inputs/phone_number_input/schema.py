"""Phone number input: a number saved in E.164 form.

Defaults follow Typebot's ``packages/blocks/inputs/src/phone/constants.ts``.
"""

from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel


class PhoneNumberInputLabels(DocModel):
    """Placeholder of the field and label of its send button."""

    placeholder: str = "Type your phone number..."
    button: str = "Send"


class PhoneNumberInputOptions(DocModel):
    """Options of the phone number input; ``defaultCountryCode`` is an ISO country code."""

    variable_id: str | None = None
    labels: PhoneNumberInputLabels = Field(default_factory=PhoneNumberInputLabels)
    retry_message_content: str = (
        "This phone number doesn't seem to be valid. Can you type it again?"
    )
    default_country_code: str | None = None


class PhoneNumberInputBlock(BlockBase):
    """Asks the visitor for a phone number."""

    type: Literal["phone number input"]
    options: PhoneNumberInputOptions = Field(default_factory=PhoneNumberInputOptions)
