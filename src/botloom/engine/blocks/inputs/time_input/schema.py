"""Time input: a time of day, saved in the given format.

Defaults follow Typebot's ``packages/blocks/inputs/src/time/constants.ts``.
"""

from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel


class TimeInputLabels(DocModel):
    """Label of the send button."""

    button: str = "Send"


class TimeInputOptions(DocModel):
    """Options of the time input; ``format`` is a Unicode TR35 pattern."""

    variable_id: str | None = None
    labels: TimeInputLabels = Field(default_factory=TimeInputLabels)
    format: str = "HH:mm"


class TimeInputBlock(BlockBase):
    """Asks the visitor for a time of day."""

    type: Literal["time input"]
    options: TimeInputOptions = Field(default_factory=TimeInputOptions)
