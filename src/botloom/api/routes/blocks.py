"""The block catalogue (``/api/v1/blocks``): what the builder offers in its sidebar."""

from fastapi import Depends

from botloom.api.deps import get_caller
from botloom.api.errors import ERROR_RESPONSES
from botloom.api.routing import api_router
from botloom.domain.blocks.catalogue import BlockCatalogue, block_catalogue
from botloom.integrations.plugins.registry import REGISTRY

router = api_router(prefix="/api/v1/blocks", tags=["blocks"])


@router.get("", responses=ERROR_RESPONSES, dependencies=[Depends(get_caller)])
async def get_block_catalogue() -> BlockCatalogue:
    """Every block type this server runs, and its plugins with each action's options schema
    (the same for every signed-in caller)."""
    return block_catalogue(REGISTRY)
