"""A/B test block: sends a share of visitors down path "a", the others down path "b".

Defaults follow Typebot's ``packages/blocks/logic/src/abTest/constants.ts``.
"""

from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase, ItemBase
from botloom.schema.model import DocModel


class AbTestItem(ItemBase):
    """One of the two paths."""

    path: Literal["a", "b"]


class AbTestOptions(DocModel):
    """The percentage of visitors sent down path "a"."""

    a_percent: float = Field(default=50, ge=0, le=100)


class AbTestBlock(BlockBase):
    """Splits visitors between two paths at random."""

    type: Literal["AB test"]
    items: list[AbTestItem] = []
    options: AbTestOptions = Field(default_factory=AbTestOptions)
