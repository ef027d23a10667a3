"""The ``integrations`` port the chat service gives each turn."""

from dataclasses import dataclass, field

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncEngine

from botloom.domain.credentials.vault import Vault
from botloom.domain.integrations.actions import action_context, run_action
from botloom.domain.integrations.email import send_email
from botloom.engine.integration_calls import ActionCall, ActionOutcome, EmailMessage
from botloom.integrations.plugins.base import Action, ActionContext, Integration, SandboxFactory
from botloom.integrations.plugins.registry import REGISTRY, IntegrationRegistry
from botloom.settings import Settings
from botloom.store.files.base import FileStorage


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
