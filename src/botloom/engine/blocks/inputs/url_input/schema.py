"""Website input: a URL, the protocol being optional.

Defaults follow Typebot's ``packages/blocks/inputs/src/url/constants.ts``.
"""

from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel


class UrlInputLabels(DocModel):
    """Placeholder of the field and label of its send button."""

    placeholder: str = "Type a URL..."
    button: str = "Send"


class UrlInputOptions(DocModel):
    """Options of the website input."""

    variable_id: str | None = None
    labels: UrlInputLabels = Field(default_factory=UrlInputLabels)
    retry_message_content: str = "This URL doesn't seem to be valid. Can you type it again?"


class UrlInputBlock(BlockBase):
    """Asks the visitor for a website address."""

    type: Literal["url input"]
    options: UrlInputOptions = Field(default_factory=UrlInputOptions)
