"""The integration plugins this server runs, by Typebot forge id.

A new built-in plugin is one import and one line in ``BUILTIN_INTEGRATIONS``.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from botloom.integrations import google_sheets
from botloom.integrations.plugins import llm_providers, openai, posthog, segment
from botloom.integrations.plugins.base import Integration

BUILTIN_INTEGRATIONS: tuple[Integration, ...] = (
    openai.INTEGRATION,
    llm_providers.ANTHROPIC,
    llm_providers.MISTRAL,
    llm_providers.GROQ,
    llm_providers.TOGETHER_AI,
    llm_providers.OPEN_ROUTER,
    llm_providers.DEEPSEEK,
    llm_providers.PERPLEXITY,
    google_sheets.INTEGRATION,
    segment.INTEGRATION,
    posthog.INTEGRATION,
)
"""Every built-in plugin, one per line."""


class IntegrationRegistry:
    """Integrations by id; a later registration of the same id replaces the earlier one."""

    def __init__(self, integrations: tuple[Integration, ...] = ()) -> None:
        self._by_id = {integration.id: integration for integration in integrations}

    def get(self, integration_id: str) -> Integration | None:
        """The integration with that forge id, if this server runs it."""
        return self._by_id.get(integration_id)

    def all(self) -> list[Integration]:
        """Every integration, by name."""
        return sorted(self._by_id.values(), key=lambda integration: integration.name)

    @contextmanager
    def registered(self, integration: Integration) -> Iterator[Integration]:
        """Run an extra integration for the duration of the block (for tools and tests)."""
        previous = self._by_id.get(integration.id)
        self._by_id[integration.id] = integration
        try:
            yield integration
        finally:
            if previous is None:
                del self._by_id[integration.id]
            else:
                self._by_id[integration.id] = previous


REGISTRY = IntegrationRegistry(BUILTIN_INTEGRATIONS)
"""The process-wide registry the chat runtime uses."""
