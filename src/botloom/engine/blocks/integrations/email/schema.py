"""Send email block: an email to fixed or ``{{variable}}`` recipients.

Defaults follow Typebot's ``packages/blocks/integrations/src/sendEmail/constants.ts``.
"""

from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel


class EmailOptions(DocModel):
    """Options of the send email block; ``credentialsId`` "default" is the server's SMTP."""

    credentials_id: str = "default"
    recipients: list[str] = []
    cc: list[str] = []
    bcc: list[str] = []
    reply_to: str | None = None
    subject: str | None = None
    body: str | None = None
    is_custom_body: bool = False
    is_body_code: bool = False
    attachments_variable_id: str | None = None


class EmailBlock(BlockBase):
    """Sends an email."""

    type: Literal["Email"]
    options: EmailOptions = Field(default_factory=EmailOptions)
