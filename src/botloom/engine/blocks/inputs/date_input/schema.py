"""Date input: a date or a date range, optionally with the time.

Defaults follow Typebot's ``packages/blocks/inputs/src/date/constants.ts``; the separator of a
range comes from docs/engine.md §2.
"""

from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel

DATE_FORMAT = "dd/MM/yyyy"
DATE_TIME_FORMAT = "dd/MM/yyyy HH:mm"


class DateInputLabels(DocModel):
    """Labels of the send button and of the two ends of a range, and the word joining them."""

    button: str = "Send"
    from_: str = Field(default="From:", alias="from")
    to: str = "To:"
    separator: str = "to"


class DateInputOptions(DocModel):
    """Options of the date input; ``format`` is a Unicode TR35 pattern, ``min``/``max`` dates."""

    variable_id: str | None = None
    labels: DateInputLabels = Field(default_factory=DateInputLabels)
    has_time: bool = False
    is_range: bool = False
    format: str | None = None
    min: str | None = None
    max: str | None = None

    @property
    def effective_format(self) -> str:
        """The stored format, else Typebot's default for a date with or without the time."""
        if self.format is not None:
            return self.format
        return DATE_TIME_FORMAT if self.has_time else DATE_FORMAT


class DateInputBlock(BlockBase):
    """Asks the visitor for a date."""

    type: Literal["date input"]
    options: DateInputOptions = Field(default_factory=DateInputOptions)
