"""Wait block: a pause in the visitor's page, optionally until the next reply.

Defaults follow Typebot's ``packages/blocks/logic/src/wait/constants.ts``.
"""

from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel


class WaitOptions(DocModel):
    """How long to wait (text: a number or ``{{variable}}``) and whether the bot pauses."""

    seconds_to_wait_for: str | None = None
    should_pause: bool = False


class WaitBlock(BlockBase):
    """Waits before the next block."""

    type: Literal["Wait"]
    options: WaitOptions = Field(default_factory=WaitOptions)
