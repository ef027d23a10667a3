"""The kinds of credentials a workspace keeps, and the fields of each: what the server checks
stored data against, and what the builder draws its forms from.

A kind is SMTP, an HTTP proxy, Stripe (the payment input), or the credentials of a plugin this
server runs (OpenAI and the other AI providers, Google Sheets, Segment, PostHog). Adding a
plugin adds its kind.
"""

import builtins
import re
from dataclasses import dataclass
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic.alias_generators import to_camel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticCustomError

from botloom.domain.credentials.schemas import CredentialsFieldRead, CredentialsKindRead
from botloom.domain.integrations.email import SMTP_CREDENTIALS_TYPE, SmtpCredentials
from botloom.domain.integrations.payments import STRIPE_CREDENTIALS_TYPE, StripeCredentials
from botloom.integrations.google_sheets import CREDENTIALS_TYPE as GOOGLE_SHEETS_TYPE
from botloom.integrations.plugins.registry import IntegrationRegistry

HTTP_PROXY_CREDENTIALS_TYPE = "http proxy"
"""The ``type`` of Typebot's HTTP proxy credentials (the HTTP request block's
``proxyCredentialsId``)."""

Connect = Literal["form", "oauth"]

SECRET_KEYS = frozenset(
    {"password", "apiKey", "accessToken", "refreshToken", "secret", "secretKey"}
)
"""Fields whose value a form masks (every stored value is write-only, these are also hidden
while typed)."""


class HttpProxyCredentials(BaseModel):
    """The data of ``http proxy`` credentials: the proxy's URL and, if it asks, who signs in."""

    model_config = ConfigDict(alias_generator=to_camel, validate_by_name=True, extra="ignore")

    url: str = Field(max_length=2000, title="Proxy URL")
    username: str | None = Field(default=None, max_length=500)
    password: str | None = Field(default=None, max_length=500)

    @field_validator("url")
    @classmethod
    def _http_url(cls, url: str) -> str:
        if not re.match(r"^https?://[^\s/@]+", url):
            raise PydanticCustomError(
                "proxy_url", "must be the proxy's address, like http://proxy.example.com:3128"
            )
        return url


@dataclass(frozen=True)
class CredentialsKind:
    """One kind of credentials: its stored ``type``, a name people know it by, the model its
    data must fit, and how it is made (a form, or a provider's consent screen)."""

    type: str
    name: str
    model: builtins.type[BaseModel]
    connect: Connect = "form"


BUILTIN_KINDS = (
    CredentialsKind(type=SMTP_CREDENTIALS_TYPE, name="SMTP", model=SmtpCredentials),
    CredentialsKind(
        type=HTTP_PROXY_CREDENTIALS_TYPE, name="HTTP proxy", model=HttpProxyCredentials
    ),
    CredentialsKind(type=STRIPE_CREDENTIALS_TYPE, name="Stripe", model=StripeCredentials),
)
"""Kinds that belong to no plugin, one per line."""


def credentials_kinds(registry: IntegrationRegistry) -> list[CredentialsKind]:
    """Every kind this server knows: the built-in ones, then each plugin's (once per type)."""
    kinds = {kind.type: kind for kind in BUILTIN_KINDS}
    for integration in registry.all():
        model = integration.credentials_model
        if model is None or integration.stored_credentials_type in kinds:
            continue
        stored = integration.stored_credentials_type
        kinds[stored] = CredentialsKind(
            type=stored,
            name=integration.name,
            model=model,
            connect="oauth" if stored == GOOGLE_SHEETS_TYPE else "form",
        )
    return list(kinds.values())


def find_kind(registry: IntegrationRegistry, type_: str) -> CredentialsKind | None:
    """The kind of this stored ``type`` (``None`` for types the server only keeps)."""
    return next((kind for kind in credentials_kinds(registry) if kind.type == type_), None)


def _label(key: str, info: FieldInfo) -> str:
    if info.title:
        return info.title
    words = "".join(f" {ch.lower()}" if ch.isupper() else ch for ch in key).replace("_", " ")
    return words.strip().capitalize().replace("api ", "API ").replace("Api ", "API ")


def _field_type(info: FieldInfo) -> type | None:
    annotation = info.annotation
    options = [a for a in get_args(annotation) if a is not type(None)] or [annotation]
    first = options[0]
    return first if isinstance(first, type) else None


def form_fields(model: type[BaseModel], prefix: str = "") -> list[CredentialsFieldRead]:
    """The fields of a credentials model as a form shows them, nested models flattened into
    dotted keys (``from.email``)."""
    fields: list[CredentialsFieldRead] = []
    for name, info in model.model_fields.items():
        key = info.alias or name
        python_type = _field_type(info)
        if python_type is not None and issubclass(python_type, BaseModel):
            fields.extend(form_fields(python_type, f"{prefix}{key}."))
            continue
        if python_type is bool:
            kind = "boolean"
        elif python_type in (int, float):
            kind = "number"
        else:
            kind = "secret" if key in SECRET_KEYS else "text"
        fields.append(
            CredentialsFieldRead(
                key=prefix + key, label=_label(key, info), kind=kind, required=info.is_required()
            )
        )
    return fields


def read_kind(kind: CredentialsKind, *, available: bool) -> CredentialsKindRead:
    """A kind as the API shows it; an OAuth kind has no fields (the provider fills them)."""
    return CredentialsKindRead(
        type=kind.type,
        name=kind.name,
        connect=kind.connect,
        available=available,
        fields=[] if kind.connect == "oauth" else form_fields(kind.model),
    )
