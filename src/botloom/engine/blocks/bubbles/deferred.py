"""Runners imported on first use.

A runner needs the runtime, whose imports come back to the block packages (runtime →
schema.graph → blocks.catalog → each block's ``SPEC``), so a ``SPEC`` cannot import its runner
when the catalogue is built.
"""

import importlib
from collections.abc import Awaitable, Callable
from typing import Any


def deferred(module: str, name: str) -> Callable[..., Awaitable[Any]]:
    """An async function that imports ``module`` on its first call and runs its ``name``."""

    async def run(*args: Any) -> Any:
        function = getattr(importlib.import_module(module), name)
        return await function(*args)

    return run
