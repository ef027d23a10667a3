"""Jump block: goes to a group (id, or ``{{var}}`` for a title), optionally to one of its blocks."""

from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel


class JumpOptions(DocModel):
    """Where to jump: a group, and optionally a block of it."""

    group_id: str | None = None
    block_id: str | None = None


class JumpBlock(BlockBase):
    """Jumps to another group; a later Return comes back after it."""

    type: Literal["Jump"]
    options: JumpOptions = Field(default_factory=JumpOptions)
