"""The Meta Pixel event block."""

from botloom.engine.blocks.base import BlockFamily, BlockSpec
from botloom.engine.blocks.integrations.pixel.execute import execute
from botloom.engine.blocks.integrations.pixel.schema import PixelBlock

SPEC = BlockSpec(
    type="Pixel",
    family=BlockFamily.INTEGRATION,
    model=PixelBlock,
    execute=execute,
)
