"""The block catalogue the builder draws its sidebar and plugin forms from.

``BlockType`` is an enum of every registered block type, so the OpenAPI document (and the
TypeScript client generated from it) names them all: the builder's own block table is typed by it
and a test compares the two.
"""

from enum import StrEnum
from typing import Any

from pydantic import Field

from botloom.domain.schemas import ApiModel
from botloom.engine.blocks.base import BlockFamily
from botloom.engine.blocks.catalog import SPECS
from botloom.integrations.plugins.base import Integration
from botloom.integrations.plugins.registry import IntegrationRegistry

BlockType = StrEnum("BlockType", {spec.type: spec.type for spec in SPECS})  # type: ignore[misc]
"""Every block type the engine runs (plugin blocks aside, whose type is their plugin's id)."""


class BlockTypeRead(ApiModel):
    """One built-in block type and the sidebar family it belongs to."""

    type: BlockType
    family: BlockFamily


class PluginActionRead(ApiModel):
    """One action of a plugin: the ``options.action`` label and its options' JSON Schema."""

    name: str
    options_schema: dict[str, Any] = Field(description="JSON Schema of the block's options")


class PluginRead(ApiModel):
    """A plugin block (Typebot's forge blocks): its block type is its ``id``."""

    id: str
    name: str
    icon: str
    credentials_type: str | None = Field(
        description="The credentials type it needs, or null when it needs none"
    )
    actions: list[PluginActionRead]


class BlockCatalogue(ApiModel):
    """Every block the builder can add: the built-in types and the server's plugins."""

    blocks: list[BlockTypeRead]
    plugins: list[PluginRead]


def _plugin(integration: Integration) -> PluginRead:
    return PluginRead(
        id=integration.id,
        name=integration.name,
        icon=integration.icon,
        credentials_type=(
            integration.stored_credentials_type if integration.credentials_model else None
        ),
        actions=[
            PluginActionRead(name=action.name, options_schema=action.options_schema())
            for action in integration.actions
        ],
    )


def block_catalogue(registry: IntegrationRegistry) -> BlockCatalogue:
    """The catalogue as the builder reads it: block types in the engine's order, plugins by name."""
    return BlockCatalogue(
        blocks=[BlockTypeRead(type=BlockType(spec.type), family=spec.family) for spec in SPECS],
        plugins=[_plugin(integration) for integration in registry.all()],
    )
