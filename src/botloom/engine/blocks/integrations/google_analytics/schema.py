"""Google Analytics block: sends an event to Google Analytics from the visitor's page."""

from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel


class GoogleAnalyticsOptions(DocModel):
    """The event sent; ``value`` is a number or ``{{variable}}`` text."""

    tracking_id: str | None = None
    category: str | None = None
    action: str | None = None
    label: str | None = None
    value: float | str | None = None
    send_to: str | None = None


class GoogleAnalyticsBlock(BlockBase):
    """Tracks a Google Analytics event."""

    type: Literal["Google Analytics"]
    options: GoogleAnalyticsOptions = Field(default_factory=GoogleAnalyticsOptions)
