"""Pixel block: sends a Meta Pixel event from the visitor's page.

Defaults follow Typebot's ``packages/blocks/integrations/src/pixel/constants.ts``.
"""

from enum import StrEnum
from typing import Any, Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel


class PixelEventType(StrEnum):
    """Meta's standard events, and ``Custom`` for an event named by the user."""

    CUSTOM = "Custom"
    LEAD = "Lead"
    CONTACT = "Contact"
    COMPLETE_REGISTRATION = "CompleteRegistration"
    SCHEDULE = "Schedule"
    SUBMIT_APPLICATION = "SubmitApplication"
    VIEW_CONTENT = "ViewContent"
    ADD_PAYMENT_INFO = "AddPaymentInfo"
    ADD_TO_CART = "AddToCart"
    ADD_TO_WISHLIST = "AddToWishlist"
    CUSTOMIZE_PRODUCT = "CustomizeProduct"
    DONATE = "Donate"
    FIND_LOCATION = "FindLocation"
    INITIATE_CHECKOUT = "InitiateCheckout"
    PURCHASE = "Purchase"
    SEARCH = "Search"
    START_TRIAL = "StartTrial"
    SUBSCRIBE = "Subscribe"


class PixelParam(DocModel):
    """One property of the event; its value is any JSON value."""

    id: str
    key: str | None = None
    value: Any = None


class PixelOptions(DocModel):
    """Options of the Pixel block; ``name`` is used by ``Custom`` events only."""

    pixel_id: str | None = None
    is_init_skip: bool = False
    event_type: PixelEventType | None = None
    name: str | None = None
    params: list[PixelParam] = []


class PixelBlock(BlockBase):
    """Tracks a Meta Pixel event."""

    type: Literal["Pixel"]
    options: PixelOptions = Field(default_factory=PixelOptions)
