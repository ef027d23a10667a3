"""Pabbly Connect block: an HTTP request to a Pabbly webhook, with the HTTP request options."""

from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.engine.blocks.integrations.http_request.schema import HttpRequestOptions


class PabblyBlock(BlockBase):
    """Triggers a Pabbly Connect workflow."""

    type: Literal["Pabbly"]
    options: HttpRequestOptions = Field(default_factory=HttpRequestOptions)
