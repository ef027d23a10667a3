"""Return block: goes back to the block after the last Jump; it has no options."""

from typing import Literal

from botloom.engine.blocks.base import BlockBase


class ReturnBlock(BlockBase):
    """Returns to where the last Jump left off."""

    type: Literal["Return"]
