"""Listen for webhook block (type ``webhook``): waits for an external call, saves its content."""

from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.engine.blocks.integrations.http_request.schema import ResponseVariableMapping
from botloom.schema.model import DocModel


class WebhookOptions(DocModel):
    """Parts of the received call saved into variables."""

    response_variable_mapping: list[ResponseVariableMapping] = []


class WebhookBlock(BlockBase):
    """Pauses the bot until its webhook URL is called."""

    type: Literal["webhook"]
    options: WebhookOptions = Field(default_factory=WebhookOptions)
