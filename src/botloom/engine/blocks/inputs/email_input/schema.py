"""Email input: an email address, checked and lowercased.

Defaults follow Typebot's ``packages/blocks/inputs/src/email/constants.ts``.
"""

from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel


class EmailInputLabels(DocModel):
    """Placeholder of the field and label of its send button."""

    placeholder: str = "Type your email..."
    button: str = "Send"


class EmailInputOptions(DocModel):
    """Options of the email input."""

    variable_id: str | None = None
    labels: EmailInputLabels = Field(default_factory=EmailInputLabels)
    retry_message_content: str = "This email doesn't seem to be valid. Can you type it again?"


class EmailInputBlock(BlockBase):
    """Asks the visitor for an email address."""

    type: Literal["email input"]
    options: EmailInputOptions = Field(default_factory=EmailInputOptions)
