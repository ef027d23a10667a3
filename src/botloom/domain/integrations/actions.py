"""Running a plugin action for a forge block: find it, open its credentials, check its
options, run it. Every problem ends as a log line; nothing here raises into the chat."""

import logging
from typing import TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from botloom.domain.credentials.crypto import CredentialsCryptoError
from botloom.domain.credentials.vault import CredentialsDisabledError, Vault, find_credentials
from botloom.engine.blocks.forge.streaming import stream_client_action
from botloom.engine.integration_calls import (
    ActionCall,
    ActionOutcome,
    IntegrationError,
    IntegrationLog,
)
from botloom.integrations.plugins.base import (
    Action,
    ActionContext,
    Integration,
    SandboxFactory,
)
from botloom.integrations.plugins.registry import IntegrationRegistry
from botloom.schema.errors import problems_from_validation
from botloom.settings import Settings

logger = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)


def validation_details(error: ValidationError) -> str:
    """A pydantic error as one line per field: ``path: message``."""
    return "\n".join(str(problem) for problem in problems_from_validation(error, frozenset()))


async def load_credentials(
    *, engine: AsyncEngine, vault: Vault, workspace_id: str, credentials_id: str, type_: str
) -> dict[str, object]:
    """The decrypted data of the workspace's credentials of that type."""
    async with AsyncSession(engine) as db:
        row = await find_credentials(db, workspace_id=workspace_id, credentials_id=credentials_id)
    if row is None or row.type != type_:
        raise IntegrationError("Credentials not found", f"No {type_} credentials {credentials_id}")
    try:
        return vault.open(row)
    except (CredentialsCryptoError, CredentialsDisabledError) as exc:
        raise IntegrationError("Could not decrypt the credentials", str(exc)) from None


async def load_credentials_as(
    model: type[M],
    label: str,
    *,
    engine: AsyncEngine,
    settings: Settings,
    workspace_id: str,
    credentials_id: str,
    type_: str,
) -> M:
    """The workspace's credentials of that type, decrypted and checked against ``model``;
    ``IntegrationError`` ("Invalid {label} credentials") names the fields that do not fit."""
    data = await load_credentials(
        engine=engine,
        vault=Vault(settings.encryption_secret),
        workspace_id=workspace_id,
        credentials_id=credentials_id,
        type_=type_,
    )
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        # Field paths and messages only: pydantic's text would echo the values (the secrets).
        raise IntegrationError(f"Invalid {label} credentials", validation_details(exc)) from None


async def _open_credentials(
    integration: Integration,
    call: ActionCall,
    *,
    engine: AsyncEngine,
    vault: Vault,
    workspace_id: str,
) -> BaseModel | None:
    """The credentials ``call`` selected, decrypted and checked against the integration's
    model (``None`` when it needs none, or they are optional and none were selected).
    Raises ``IntegrationError``."""
    model = integration.credentials_model
    if model is None:
        return None
    if not call.credentials_id:
        if integration.credentials_optional:
            return None
        raise IntegrationError(f"{integration.name}: no credentials selected")
    data = await load_credentials(
        engine=engine,
        vault=vault,
        workspace_id=workspace_id,
        credentials_id=call.credentials_id,
        type_=integration.stored_credentials_type,
    )
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise IntegrationError("Invalid credentials", validation_details(exc)) from None


def _parse_options(integration: Integration, action: Action, call: ActionCall) -> BaseModel:
    """``call``'s options read with the action's model. Raises ``IntegrationError``."""
    try:
        return action.options_model.model_validate(call.options)
    except ValidationError as exc:
        raise IntegrationError(
            f"{integration.name}: invalid options", validation_details(exc)
        ) from None


async def action_context(
    integration: Integration,
    action: Action,
    call: ActionCall,
    *,
    engine: AsyncEngine,
    vault: Vault,
    workspace_id: str,
    settings: Settings,
    sandbox: SandboxFactory | None = None,
) -> ActionContext[BaseModel, BaseModel | None]:
    """What ``action`` runs with for ``call``: its credentials opened, its options read, and
    ``sandbox`` for the JavaScript it runs. Raises ``IntegrationError`` when the credentials or
    options are missing or invalid."""
    credentials = await _open_credentials(
        integration, call, engine=engine, vault=vault, workspace_id=workspace_id
    )
    return ActionContext(
        options=_parse_options(integration, action, call),
        credentials=credentials,
        variables=call.variables,
        is_preview=call.is_preview,
        settings=settings,
        sandbox=sandbox,
    )


def find_action(registry: IntegrationRegistry, call: ActionCall) -> tuple[Integration, Action]:
    """The plugin and action ``call`` names. Raises ``IntegrationError`` when either is missing."""
    integration = registry.get(call.integration_id)
    action = None if integration is None else integration.action(call.action)
    if integration is None or action is None:
        what = f"{call.integration_id} / {call.action}" if integration else call.integration_id
        raise IntegrationError(f"Integration not available: {what}")
    return integration, action


def failure_log(exc: Exception, integration: Integration, action: Action) -> IntegrationLog:
    """The log line of an action (or its stream) that raised ``exc``: an ``IntegrationError``
    as it describes itself, anything else as a failure of the action (and in the server log)."""
    if isinstance(exc, IntegrationError):
        return IntegrationLog(exc.description, details=exc.details)
    logger.error("%s action %r failed", integration.id, action.name, exc_info=exc)
    return IntegrationLog(
        f"{integration.name}: {action.name} failed", details=str(exc) or type(exc).__name__
    )


async def run_action(
    call: ActionCall,
    *,
    registry: IntegrationRegistry,
    engine: AsyncEngine,
    vault: Vault,
    workspace_id: str,
    settings: Settings,
    sandbox: SandboxFactory | None = None,
) -> ActionOutcome:
    """Run ``call``'s action; whatever goes wrong is a log line of the outcome."""
    outcome = ActionOutcome()
    try:
        integration, action = find_action(registry, call)
        ctx = await action_context(
            integration,
            action,
            call,
            engine=engine,
            vault=vault,
            workspace_id=workspace_id,
            settings=settings,
            sandbox=sandbox,
        )
    except IntegrationError as exc:
        outcome.logs.append(IntegrationLog(exc.description, details=exc.details))
        return outcome
    streamed_into = action.stream.variable_id(ctx.options) if action.stream else None
    if streamed_into is not None and streamed_into == call.stream_variable_id:
        # The web client streams the answer through streamMessage instead.
        outcome.client_side_actions.append(stream_client_action())
        return outcome
    try:
        await action.run(ctx)
    except Exception as exc:
        ctx.outcome.logs.append(failure_log(exc, integration, action))
    return ctx.outcome
