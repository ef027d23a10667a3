"""Redirect block: sends the visitor's page to a URL.

Defaults follow Typebot's ``packages/blocks/logic/src/redirect/constants.ts``.
"""

from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel


class RedirectOptions(DocModel):
    """The target URL (may hold ``{{variables}}``) and whether it opens in a new tab."""

    url: str | None = None
    is_new_tab: bool = False


class RedirectBlock(BlockBase):
    """Redirects the visitor to a URL."""

    type: Literal["Redirect"]
    options: RedirectOptions = Field(default_factory=RedirectOptions)
