"""Condition block: the first item whose condition holds picks the path, else the block's edge.

Defaults follow Typebot's ``packages/blocks/logic/src/condition/constants.ts``.
"""

from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase, ItemBase
from botloom.schema.conditions import Condition


class ConditionItem(ItemBase):
    """One branch: its condition and its outgoing edge."""

    content: Condition = Field(default_factory=Condition)


class ConditionBlock(BlockBase):
    """Branches on conditions over variables."""

    type: Literal["Condition"]
    items: list[ConditionItem] = []
