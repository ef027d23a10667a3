"""``GET /api/v1/blocks``: the builder's catalogue of block types and plugin forms."""

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.engine.blocks.catalog import SPECS
from botloom.integrations.plugins.registry import REGISTRY
from tests.support.factories import make_member


async def test_catalogue_lists_every_block_type_and_plugin(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    assert (await client.get("/api/v1/blocks")).status_code == 401
    member = await make_member(db)
    response = await client.get("/api/v1/blocks", headers=member.headers)
    assert response.status_code == 200
    catalogue = response.json()
    assert [(b["type"], b["family"]) for b in catalogue["blocks"]] == [
        (spec.type, spec.family.value) for spec in SPECS
    ]
    plugins = {plugin["id"]: plugin for plugin in catalogue["plugins"]}
    assert set(plugins) == {integration.id for integration in REGISTRY.all()}
    openai = plugins["openai"]
    assert openai["credentialsType"] == "openai"
    chat = next(a for a in openai["actions"] if a["name"] == "Create chat completion")
    assert "messages" in chat["optionsSchema"]["properties"]
