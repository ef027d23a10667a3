"""What an integration plugin declares, and what its actions get when they run.

An ``Integration`` is one forge block type (its ``id`` is Typebot's forge id, e.g. ``openai``),
with a credentials model and named actions. Each ``Action`` has a pydantic options model (its
JSON Schema is the builder's form) and an async ``run`` that reads ``ctx.options`` and
``ctx.credentials`` (already decrypted and validated) and sets variables or logs through ``ctx``.
Raising ``IntegrationError`` (or anything else) ends the block with an error log; the chat goes on.
"""

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from pydantic import BaseModel

from botloom.engine.integration_calls import ActionOutcome, IntegrationError, IntegrationLog
from botloom.engine.ports import JsRunner
from botloom.schema.variables import Variable, VariableValue
from botloom.settings import Settings

__all__ = [
    "Action",
    "ActionContext",
    "ActionStream",
    "Integration",
    "IntegrationError",
    "SandboxFactory",
    "ScriptSandbox",
]

OptionsT = TypeVar("OptionsT", bound=BaseModel)
CredentialsT = TypeVar("CredentialsT", bound=BaseModel | None)


class ScriptSandbox(JsRunner, Protocol):
    """A JavaScript sandbox of the server's worker pool (the Script block's), closed after use."""

    async def close(self) -> None:
        """Give the sandbox's place in the pool back."""
        ...


SandboxFactory = Callable[[], ScriptSandbox]
"""Opens a fresh sandbox, with the Script block's limits and guarded ``fetch``."""


class ActionContext(Generic[OptionsT, CredentialsT]):
    """What a running action sees: its parsed options, the decrypted credentials, the bot's
    variables (as they were when the block started), and where to put its effects."""

    def __init__(
        self,
        *,
        options: OptionsT,
        credentials: CredentialsT,
        variables: Sequence[Variable],
        settings: Settings,
        is_preview: bool = False,
        sandbox: SandboxFactory | None = None,
    ) -> None:
        self.options = options
        self.credentials = credentials
        self.is_preview = is_preview
        self.settings = settings
        """The server's settings (SSRF allow-list, time limits, API endpoints)."""
        self.sandbox = sandbox
        """Where bot-written JavaScript (an AI block's functions) runs; ``None`` where none can."""
        self._variables = {v.id: v for v in variables}
        self.outcome = ActionOutcome()

    @property
    def variables(self) -> list[Variable]:
        """Every variable of the bot, with its current value."""
        return list(self._variables.values())

    def get_variable(self, variable_id: str | None) -> VariableValue:
        """A variable's value by id (``None`` if unset or unknown)."""
        variable = self._variables.get(variable_id or "")
        return None if variable is None else variable.value

    def set_variable(self, variable_id: str | None, value: VariableValue) -> None:
        """Set a variable of the bot once the action is done (unknown ids are ignored)."""
        if variable_id is None or variable_id not in self._variables:
            return
        self._variables[variable_id] = self._variables[variable_id].model_copy(
            update={"value": value}
        )
        self.outcome.variables.append((variable_id, value))

    def log(self, description: str, *, status: str = "error", details: str | None = None) -> None:
        """Add a line to the result's logs (shown in the builder's preview too)."""
        self.outcome.logs.append(IntegrationLog(description, status, details))

    def add_client_side_action(self, action: dict[str, Any]) -> None:
        """Ask the chat client to do something (a ``codeToExecute`` script...)."""
        self.outcome.client_side_actions.append(action)


RunAction = Callable[[ActionContext[Any, Any]], Awaitable[None]]
StreamAction = Callable[[ActionContext[Any, Any]], AsyncIterator[str]]


@dataclass(frozen=True)
class ActionStream:
    """How an action streams text to the client instead of running at once.

    ``variable_id`` picks, from the options, the variable the streamed text goes to (Typebot
    streams only when the next block is a text bubble starting with that ``{{variable}}``).
    """

    variable_id: Callable[[Any], str | None]
    run: StreamAction


@dataclass(frozen=True)
class Action:
    """One action of an integration, named by Typebot's action label (``options.action``)."""

    name: str
    options_model: type[BaseModel]
    run: RunAction
    set_variable_ids: Callable[[Any], list[str]] = lambda options: []
    """The variables the action may set with these options (for the builder)."""
    stream: ActionStream | None = None

    def options_schema(self) -> dict[str, Any]:
        """The JSON Schema of the options, which the builder renders as a form."""
        return self.options_model.model_json_schema(by_alias=True)


@dataclass(frozen=True)
class Integration:
    """An integration block: Typebot's forge ``id``, display name and icon, credentials and
    actions. ``credentials_model`` ``None`` means the integration needs no credentials;
    ``credentials_type`` is the ``type`` of its stored credentials (the id by default)."""

    id: str
    name: str
    actions: tuple[Action, ...]
    icon: str = ""
    credentials_model: type[BaseModel] | None = None
    credentials_type: str = ""
    credentials_optional: bool = False

    @property
    def stored_credentials_type(self) -> str:
        """The ``type`` column of this integration's credentials rows."""
        return self.credentials_type or self.id

    def action(self, name: str | None) -> Action | None:
        """The action with that label; the only one if the integration has a single action."""
        for action in self.actions:
            if action.name == name:
                return action
        if name is None and len(self.actions) == 1:
            return self.actions[0]
        return None
