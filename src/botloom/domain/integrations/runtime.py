"""The ``integrations`` port the chat service gives each turn."""

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncEngine

from botloom.domain.credentials.vault import Vault
from botloom.domain.integrations.actions import action_context, run_action
from botloom.domain.integrations.email import send_email
from botloom.domain.integrations.proxy import workspace_proxy
from botloom.engine.blocks.logic.script.execute import RecordsSetVariableCalls
from botloom.engine.http import HttpProxy
from botloom.engine.integration_calls import ActionCall, ActionOutcome, EmailMessage
from botloom.integrations.plugins.base import (
    Action,
    ActionContext,
    Integration,
    SandboxFactory,
    ScriptSandbox,
)
from botloom.integrations.plugins.registry import REGISTRY, IntegrationRegistry
from botloom.settings import Settings
from botloom.store.files.base import FileStorage


class LentSandbox:
    """A sandbox an action borrows: it runs code in it, and its owner closes it."""

    def __init__(self, sandbox: ScriptSandbox) -> None:
        self._sandbox = sandbox

    @property
    def set_variable_calls(self) -> list[tuple[str, object]]:
        """The ``setVariable`` calls of the last run (none if the sandbox keeps none)."""
        if isinstance(self._sandbox, RecordsSetVariableCalls):
            return self._sandbox.set_variable_calls
        return []

    async def run_function_body(
        self, code: str, globals_: Mapping[str, object] | None = None
    ) -> object:
        """Run code as the body of an async function in the lent sandbox."""
        return await self._sandbox.run_function_body(code, globals_)

    async def evaluate_expression(
        self, expression: str, globals_: Mapping[str, object] | None = None
    ) -> object:
        """Evaluate an expression in the lent sandbox."""
        return await self._sandbox.evaluate_expression(expression, globals_)

    async def close(self) -> None:
        """Nothing: the owner closes the sandbox."""


@dataclass(frozen=True)
class WorkspaceIntegrations:
    """Integrations as one workspace's bots run them (its credentials only)."""

    engine: AsyncEngine
    settings: Settings
    registry: IntegrationRegistry
    workspace_id: str
    files: FileStorage | None = None
    sandbox: SandboxFactory | None = None
    """Opens the JavaScript sandboxes actions run bot code in (AI blocks' functions)."""

    def lending(self, sandbox: ScriptSandbox) -> "WorkspaceIntegrations":
        """The port whose actions run their code in ``sandbox`` (a turn's, which the turn
        closes)."""
        return dataclasses.replace(self, sandbox=lambda: LentSandbox(sandbox))

    @property
    def vault(self) -> Vault:
        """Opens the workspace's stored credentials."""
        return Vault(self.settings.encryption_secret)

    async def action_context(
        self, integration: Integration, action: Action, call: ActionCall
    ) -> ActionContext[BaseModel, BaseModel | None]:
        """What ``action`` runs with for ``call`` (see ``actions.action_context``)."""
        return await action_context(
            integration,
            action,
            call,
            engine=self.engine,
            vault=self.vault,
            workspace_id=self.workspace_id,
            settings=self.settings,
            sandbox=self.sandbox,
        )

    async def run_action(self, call: ActionCall) -> ActionOutcome:
        """Run a plugin action (see ``actions.run_action``)."""
        return await run_action(
            call,
            registry=self.registry,
            engine=self.engine,
            vault=self.vault,
            workspace_id=self.workspace_id,
            settings=self.settings,
            sandbox=self.sandbox,
        )

    async def send_email(self, message: EmailMessage) -> None:
        """Send a send email block's message (see ``email.send_email``)."""
        await send_email(
            message,
            engine=self.engine,
            settings=self.settings,
            workspace_id=self.workspace_id,
            files=self.files,
        )

    async def http_proxy(self, credentials_id: str) -> HttpProxy:
        """The HTTP request block's proxy (see ``proxy.workspace_proxy``)."""
        return await workspace_proxy(
            engine=self.engine,
            settings=self.settings,
            workspace_id=self.workspace_id,
            credentials_id=credentials_id,
        )


@dataclass(frozen=True)
class IntegrationsRuntime:
    """Process-wide part of the port: the settings, the plugins, and the storage of
    visitors' uploads (attached to emails from there)."""

    settings: Settings
    registry: IntegrationRegistry = field(default=REGISTRY)
    files: FileStorage | None = None

    def for_workspace(
        self, engine: AsyncEngine, workspace_id: str, *, sandbox: SandboxFactory | None = None
    ) -> WorkspaceIntegrations:
        """The port for one turn of a bot of that workspace; ``sandbox`` opens JavaScript
        sandboxes for the actions' bot code."""
        return WorkspaceIntegrations(
            engine=engine,
            settings=self.settings,
            registry=self.registry,
            workspace_id=workspace_id,
            files=self.files,
            sandbox=sandbox,
        )
