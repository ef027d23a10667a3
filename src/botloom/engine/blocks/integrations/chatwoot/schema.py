"""Chatwoot block: opens or closes the Chatwoot live chat widget in the visitor's page.

Defaults follow Typebot's ``packages/blocks/integrations/src/chatwoot/constants.ts``.
"""

from enum import StrEnum
from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel


class ChatwootTask(StrEnum):
    """What the block does with the widget."""

    SHOW_WIDGET = "Show widget"
    CLOSE_WIDGET = "Close widget"


class ChatwootUser(DocModel):
    """The visitor's identity passed to Chatwoot; values may hold ``{{variables}}``."""

    id: str | None = None
    email: str | None = None
    name: str | None = None
    avatar_url: str | None = None
    phone_number: str | None = None


class ChatwootOptions(DocModel):
    """Options of the Chatwoot block."""

    task: ChatwootTask = ChatwootTask.SHOW_WIDGET
    base_url: str = "https://app.chatwoot.com"
    website_token: str | None = None
    user: ChatwootUser = Field(default_factory=ChatwootUser)


class ChatwootBlock(BlockBase):
    """Shows or closes the Chatwoot widget."""

    type: Literal["Chatwoot"]
    options: ChatwootOptions = Field(default_factory=ChatwootOptions)
