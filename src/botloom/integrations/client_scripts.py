"""Client-side analytics plugins (Segment, PostHog): a ``codeToExecute`` action that the web
widget runs in the visitor's page, loading the vendor's SDK there if the page has none."""

from collections.abc import Callable
from typing import Any, TypeVar

from botloom.integrations.plugins.base import Action, ActionContext, IntegrationError
from botloom.schema.model import DocModel

PageCall = tuple[str, dict[str, Any]]
"""JavaScript to run in the page, and the values it reads (its parameters, by name)."""


class ApiKeyCredentials(DocModel):
    """Credentials of an analytics SDK: a public key, which the page sends anyway."""

    api_key: str = ""


CredentialsT = TypeVar("CredentialsT", bound=ApiKeyCredentials)


class KeyValue(DocModel):
    """A property, trait or group of an analytics call."""

    key: str | None = None
    value: str | None = None


def as_dict(pairs: list[KeyValue]) -> dict[str, str]:
    """Pairs with a key and a value, as an object (empty ones are left out)."""
    return {pair.key: pair.value for pair in pairs if pair.key and pair.value}


def code_action(content: str, args: dict[str, Any]) -> dict[str, Any]:
    """Run ``content`` in the page as a function of ``args`` (each a parameter by name)."""
    return {"type": "codeToExecute", "codeToExecute": {"content": content, "args": args}}


def script_action(
    name: str,
    options_model: type[DocModel],
    build: Callable[[Any], PageCall],
    *,
    load: Callable[[CredentialsT, PageCall], PageCall],
    no_key: str,
) -> Action:
    """An action that makes ``build(options)``'s call in the visitor's page, wrapped by ``load``
    in the script that loads the SDK with the credentials; without a key it fails with
    ``no_key``."""

    async def run(ctx: ActionContext[Any, CredentialsT]) -> None:
        credentials = ctx.credentials
        if credentials is None or not credentials.api_key:
            raise IntegrationError(no_key)
        content, args = load(credentials, build(ctx.options))
        ctx.add_client_side_action(code_action(content, args))

    return Action(name=name, options_model=options_model, run=run)
