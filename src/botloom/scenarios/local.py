"""Running scenarios on a throwaway local server: what ``botloom test`` does."""

import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from botloom.api.app import create_app
from botloom.domain.auth.actions import get_or_create_user
from botloom.domain.bots.actions import do_import_typebot, do_publish_typebot
from botloom.domain.workspaces.actions import get_or_create_default_workspace
from botloom.scenarios.runner import ScenarioResult, run_scenario
from botloom.settings import Settings
from botloom.store.migrate import upgrade_async
from botloom.store.models import Typebot

TEST_USER_EMAIL = "scenarios@botloom.local"


def scenario_files(paths: Iterable[Path]) -> list[Path]:
    """The scenario files named, directories searched for ``*.json``."""
    found: list[Path] = []
    for path in paths:
        found.extend(sorted(path.rglob("*.json")) if path.is_dir() else [path])
    return found


async def run_locally(files: list[Path]) -> list[ScenarioResult]:
    """Replay each scenario through the chat API of a private, temporary Botloom."""
    with tempfile.TemporaryDirectory(prefix="botloom-test-") as data_dir:
        settings = Settings(data_dir=Path(data_dir))
        await upgrade_async(settings.resolved_database_url)
        app = create_app(settings)
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://botloom") as client:
                factory = app.state.session_factory

                async def publish(
                    document: dict[str, Any], public_id: str, bot_id: str | None
                ) -> None:
                    async with factory() as db:
                        user = await get_or_create_user(db=db, email=TEST_USER_EMAIL)
                        workspace = await get_or_create_default_workspace(db=db, actor=user)
                        holder = await db.scalar(
                            select(Typebot.id).where(Typebot.public_id == public_id)
                        )
                        outcome = await do_import_typebot(
                            db=db,
                            actor=user,
                            workspace_id=workspace.id,
                            raw=document,
                            typebot_id=bot_id or holder,
                            public_id=public_id,
                        )
                        await do_publish_typebot(db=db, actor=user, typebot=outcome.typebot)

                return [await run_scenario(f, client=client, publish=publish) for f in files]
