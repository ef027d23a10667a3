"""Request and response shapes of the credentials routes: ``data`` goes in, never out."""

from typing import Any

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
