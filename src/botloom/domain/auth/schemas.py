"""Request and response models of sign-in, the current user and API tokens (Typebot's shapes
where its builder API has the route)."""

from typing import Annotated, Literal

from pydantic import AfterValidator, ConfigDict, Field

from botloom.domain.schemas import ApiModel, Timestamp


def _email(value: str) -> str:
    local, at, domain = value.strip().rpartition("@")
    if not at or not local or not domain or any(ch.isspace() for ch in value.strip()):
        raise ValueError("not an email address")
    return value.strip()


def _image_url(value: str | None) -> str | None:
    if value is not None and not value.startswith(("https://", "http://", "/")):
        raise ValueError("must be an http(s) URL or a path on this server")
    return value


Email = Annotated[str, Field(max_length=320), AfterValidator(_email)]


class MagicLinkRequest(ApiModel):
    """Ask for a sign-in link by email; ``next`` is where to land after (a path here)."""

    email: Email
    next: str | None = Field(default=None, max_length=2000)


class MagicLinkSent(ApiModel):
    """The same answer whether or not the email may sign in."""

    message: str = (
        "If this email may sign in, a sign-in link is on its way. It works once, for 15 minutes."
    )


class ProviderRead(ApiModel):
    """An identity provider of the sign-in screen."""

    id: str
    name: str
    sign_in_url: str


class ProviderList(ApiModel):
    """The configured identity providers."""

    providers: list[ProviderRead]


class UserRead(ApiModel):
    """The signed-in user. ``csrfToken`` is the token a cookie-authenticated page sends in
    ``X-CSRF-Token`` (None for an API token, which needs none)."""

    id: str
    name: str | None
    email: str
    image: str | None
    created_at: Timestamp
    is_admin: bool
    role: Literal["ADMIN", "USER"]
    csrf_token: str | None = None


class UserUpdates(ApiModel):
    """What a user may change of themselves; Typebot's other preferences are accepted and
    ignored."""

    model_config = ConfigDict(extra="ignore")

    name: str | None = Field(default=None, max_length=200)
    image: Annotated[str | None, AfterValidator(_image_url)] = Field(default=None, max_length=2000)


class UserUpdate(ApiModel):
    """``PATCH /users/me``, as Typebot's ``{updates: {...}}``."""

    updates: UserUpdates


class ApiTokenRead(ApiModel):
    """An API token as listed: never its value, which is not stored."""

    id: str
    name: str
    created_at: Timestamp
    last_used_at: Timestamp | None


class ApiTokenList(ApiModel):
    """The caller's API tokens, oldest first."""

    api_tokens: list[ApiTokenRead]


class ApiTokenCreate(ApiModel):
    """A new API token's label."""

    name: str = Field(min_length=1, max_length=200)


class NewApiToken(ApiModel):
    """A token just made: ``token`` is shown this once."""

    id: str
    name: str
    created_at: Timestamp
    token: str


class ApiTokenCreated(ApiModel):
    """The answer to creating a token."""

    api_token: NewApiToken


class RevokedApiToken(ApiModel):
    """A revoked token."""

    id: str
    name: str
    created_at: Timestamp
    owner_id: str


class ApiTokenRevoked(ApiModel):
    """The answer to revoking a token."""

    api_token: RevokedApiToken
