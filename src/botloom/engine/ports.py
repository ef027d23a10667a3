"""The engine's only ways to reach the outside: everything with I/O comes in through ``Ports``."""

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    # Only for annotations: the bot module imports the block catalogue, whose runners import
    # the engine's runtime, which imports this module.
    from botloom.engine.bot import Bot


class JsRunner(Protocol):
    """Runs bot-authored JavaScript in a sandbox with time and memory limits."""

    async def evaluate_expression(
        self, expression: str, globals_: Mapping[str, object] | None = None
    ) -> object:
        """Evaluate ``{{= code =}}``-style code (an expression, or a body with ``return``)."""
        ...

    async def run_function_body(
        self, code: str, globals_: Mapping[str, object] | None = None
    ) -> object:
        """Run code as the body of an async function; ``return`` gives the result."""
        ...


LoadBot = Callable[[str], Awaitable["Bot | None"]]
"""Loads a bot of the same workspace by typebot id: its live version, or its draft in preview."""


@dataclass(frozen=True)
class Ports:
    """What a chat turn may use. Tests pass fakes; the server passes real adapters."""

    load_bot: LoadBot
    now: Callable[[], datetime]
    new_id: Callable[[], str]
    random: Callable[[], float]
    js: JsRunner | None = None
