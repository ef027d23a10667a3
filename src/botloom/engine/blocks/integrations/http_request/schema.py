"""HTTP request block (type ``Webhook``); Zapier, Make.com and Pabbly reuse its options.

Defaults follow Typebot's ``packages/blocks/integrations/src/httpRequest/constants.ts``.
"""

from enum import StrEnum
from typing import Literal

from pydantic import Field

from botloom.engine.blocks.base import BlockBase
from botloom.schema.model import DocModel


class HttpMethod(StrEnum):
    """The HTTP methods a request may use."""

    POST = "POST"
    GET = "GET"
    PUT = "PUT"
    DELETE = "DELETE"
    PATCH = "PATCH"
    HEAD = "HEAD"
    CONNECT = "CONNECT"
    OPTIONS = "OPTIONS"
    TRACE = "TRACE"


class KeyValue(DocModel):
    """A header or a query parameter; both may hold ``{{variables}}``."""

    id: str
    key: str | None = None
    value: str | None = None


class HttpRequest(DocModel):
    """The request itself: URL, method, headers, query parameters and body text."""

    url: str | None = None
    method: HttpMethod = HttpMethod.POST
    headers: list[KeyValue] = []
    query_params: list[KeyValue] = []
    body: str | None = None


class VariableForTest(DocModel):
    """A value given to a variable when the request is tested from the builder."""

    id: str
    variable_id: str | None = None
    value: str | None = None


class ResponseVariableMapping(DocModel):
    """Saves a part of the response (``bodyPath``, a JS expression) into a variable."""

    id: str
    variable_id: str | None = None
    body_path: str | None = None


class HttpRequestOptions(DocModel):
    """Options of an HTTP request; ``timeout`` is in seconds (Typebot's default is 10)."""

    webhook: HttpRequest = Field(default_factory=HttpRequest)
    variables_for_test: list[VariableForTest] = []
    response_variable_mapping: list[ResponseVariableMapping] = []
    is_advanced_config: bool = False
    is_custom_body: bool = False
    is_executed_on_client: bool = False
    timeout: float = Field(default=10, ge=1, le=120)
    proxy_credentials_id: str | None = None


class HttpRequestBlock(BlockBase):
    """Sends an HTTP request and saves parts of the response into variables."""

    type: Literal["Webhook"]
    options: HttpRequestOptions = Field(default_factory=HttpRequestOptions)
