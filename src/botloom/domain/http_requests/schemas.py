"""Request and response models of the HTTP request block routes."""

from typing import Any, Literal

from pydantic import Field

from botloom.domain.schemas import ApiModel

HttpBlockType = Literal["Webhook", "Zapier", "Make.com", "Pabbly"]


class HttpRequestBlockSummary(ApiModel):
    """An HTTP request block of a bot (``listHttpRequestBlocks``)."""

    id: str
    type: HttpBlockType
    label: str
    url: str | None = None


class HttpRequestBlockList(ApiModel):
    """Every HTTP request block of a bot's draft."""

    webhook_blocks: list[HttpRequestBlockSummary]


class WebhookTestVariable(ApiModel):
    """A value a variable takes for the test run, by variable ``id`` (or ``name``)."""

    id: str | None = None
    name: str | None = None
    value: str | list[str | None] | None = None


class WebhookTestBody(ApiModel):
    """Values for the test run; they override the block's own ``variablesForTest``."""

    variables: list[WebhookTestVariable] = Field(default_factory=list)


class WebhookTestResponse(ApiModel):
    """What the test request got back: its status and its body (JSON-parsed if it parses)."""

    status_code: int
    data: Any = None


class WebhookSubscribeBody(ApiModel):
    """Where the block should send its requests from now on."""

    url: str = Field(min_length=1, max_length=2000, pattern=r"^https?://\S+$")


class WebhookSubscription(ApiModel):
    """The block and the URL it now sends to (``null`` once unsubscribed)."""

    id: str
    url: str | None


class ResultExampleResponse(ApiModel):
    """A made-up body of the block's automatic request."""

    result_example: dict[str, str]
