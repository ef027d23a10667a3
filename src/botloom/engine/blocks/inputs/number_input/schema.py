"""Number input: a number, optionally bounded, shown with a locale, currency or unit.

Defaults follow Typebot's ``packages/blocks/inputs/src/number/constants.ts``.
"""

from enum import StrEnum
from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel


class NumberStyle(StrEnum):
    """How the number is formatted (``Intl.NumberFormat`` style)."""

    DECIMAL = "decimal"
    CURRENCY = "currency"
    PERCENT = "percent"
    UNIT = "unit"


class NumberInputLabels(DocModel):
    """Placeholder of the field and label of its send button."""

    placeholder: str = "Type a number..."
    button: str = "Send"


class NumberInputOptions(DocModel):
    """Options of the number input; bounds and step are numbers or ``{{variable}}`` text."""

    variable_id: str | None = None
    labels: NumberInputLabels = Field(default_factory=NumberInputLabels)
    min: float | str | None = None
    max: float | str | None = None
    step: float | str | None = None
    locale: str | None = None
    style: NumberStyle | None = None
    currency: str | None = None
    unit: str | None = None


class NumberInputBlock(BlockBase):
    """Asks the visitor for a number."""

    type: Literal["number input"]
    options: NumberInputOptions = Field(default_factory=NumberInputOptions)
