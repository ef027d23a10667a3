"""Request and response shapes of the credentials routes: ``data`` goes in, never out."""

from typing import Any, Literal

from pydantic import Field

from botloom.domain.schemas import ApiModel, Timestamp

CREDENTIALS_TYPE_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9 _.-]*$"


class CredentialsCreate(ApiModel):
    """New credentials: Typebot's ``type`` (``smtp``, ``openai``...), a name, the secret data."""

    type: str = Field(min_length=1, max_length=64, pattern=CREDENTIALS_TYPE_PATTERN)
    name: str = Field(min_length=1, max_length=200)
    data: dict[str, Any]


class CredentialsUpdate(ApiModel):
    """A new name, new data, or both."""

    name: str | None = Field(default=None, min_length=1, max_length=200)
    data: dict[str, Any] | None = None


class CredentialsRead(ApiModel):
    """Credentials as the API shows them: never their data."""

    id: str
    workspace_id: str
    type: str
    name: str
    created_at: Timestamp


class CredentialsListResponse(ApiModel):
    """The credentials of a workspace."""

    credentials: list[CredentialsRead]


class CredentialsResponse(ApiModel):
    """One credentials entry."""

    credentials: CredentialsRead


class CredentialsFieldRead(ApiModel):
    """One field of a kind's form: its key in ``data`` (dotted for nested objects)."""

    key: str
    label: str
    kind: Literal["text", "secret", "number", "boolean"]
    required: bool


class CredentialsKindRead(ApiModel):
    """A kind of credentials the server knows, and how to make one."""

    type: str
    name: str
    connect: Literal["form", "oauth"] = Field(
        description="form: send the fields' values; oauth: connect at the provider's consent "
        "screen (`.../credentials/google-sheets/authorize`)"
    )
    available: bool = Field(description="False when the server is not set up to make one")
    fields: list[CredentialsFieldRead]


class CredentialsKindList(ApiModel):
    """Every kind of credentials the server knows."""

    kinds: list[CredentialsKindRead]


class GoogleSheetsAuthorization(ApiModel):
    """Where to send the browser to connect Google Sheets."""

    authorize_url: str = Field(description="Google's consent screen, with a one-time state")
