"""Zapier block: an HTTP request to a Zapier webhook, with the HTTP request block's options."""

from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.engine.blocks.integrations.http_request.schema import HttpRequestOptions


class ZapierBlock(BlockBase):
    """Triggers a Zapier zap."""

    type: Literal["Zapier"]
    options: HttpRequestOptions = Field(default_factory=HttpRequestOptions)
