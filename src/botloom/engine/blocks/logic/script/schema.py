"""Script block (type ``Code``): JavaScript run in the visitor's page or on the server.

Defaults follow Typebot's ``packages/blocks/logic/src/script/constants.ts``.
"""

from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel


class ScriptOptions(DocModel):
    """The code, where it runs, and ``isUnsafe`` (set on imported bots to guard the preview)."""

    name: str = "Script"
    content: str | None = None
    is_executed_on_client: bool = True
    is_unsafe: bool | None = None
    should_execute_in_parent_context: bool | None = None


class ScriptBlock(BlockBase):
    """Runs a piece of JavaScript."""

    type: Literal["Code"]
    options: ScriptOptions = Field(default_factory=ScriptOptions)
