"""Typebot link block: continues in another bot, or in a group of this one (``current``).

Defaults follow Typebot's ``packages/blocks/logic/src/typebotLink/constants.ts`` (version 6).
"""

from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel


class TypebotLinkOptions(DocModel):
    """The bot (id or ``current``), the group (id, or ``{{var}}`` for a title), result merging."""

    typebot_id: str | None = None
    group_id: str | None = None
    merge_results: bool = False


class TypebotLinkBlock(BlockBase):
    """Links to another bot or group."""

    type: Literal["Typebot link"]
    options: TypebotLinkOptions = Field(default_factory=TypebotLinkOptions)
