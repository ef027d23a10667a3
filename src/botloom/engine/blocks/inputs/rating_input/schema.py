"""Rating input: a score picked among numbers or icons.

Defaults follow Typebot's ``packages/blocks/inputs/src/rating/constants.ts``.
"""

from enum import StrEnum
from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel


class RatingButtonType(StrEnum):
    """Whether the scale is shown as numbers or as icons."""

    ICONS = "Icons"
    NUMBERS = "Numbers"


class RatingInputLabels(DocModel):
    """Captions of the two ends of the scale and label of the send button."""

    left: str | None = None
    right: str | None = None
    button: str = "Send"


class RatingCustomIcon(DocModel):
    """An SVG icon replacing the default star, when enabled."""

    is_enabled: bool = False
    svg: str | None = None


class RatingInputOptions(DocModel):
    """Options of the rating input; ``startsAt`` is a number or ``{{variable}}`` text."""

    variable_id: str | None = None
    button_type: RatingButtonType = RatingButtonType.NUMBERS
    length: float = 10
    starts_at: float | str = 0
    labels: RatingInputLabels = Field(default_factory=RatingInputLabels)
    custom_icon: RatingCustomIcon = Field(default_factory=RatingCustomIcon)
    is_one_click_submit_enabled: bool = False


class RatingInputBlock(BlockBase):
    """Asks the visitor for a rating."""

    type: Literal["rating input"]
    options: RatingInputOptions = Field(default_factory=RatingInputOptions)
