"""Make.com block: an HTTP request to a Make.com webhook, with the HTTP request block's options."""

from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.engine.blocks.integrations.http_request.schema import HttpRequestOptions


class MakeComBlock(BlockBase):
    """Triggers a Make.com scenario."""

    type: Literal["Make.com"]
    options: HttpRequestOptions = Field(default_factory=HttpRequestOptions)
