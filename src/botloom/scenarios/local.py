"""Running scenarios on a throwaway local server: what ``botloom test`` does."""

import json
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


SCENARIO_SUFFIX = ".test.json"


def is_scenario_file(path: Path) -> bool:
    """Whether a JSON file found in a folder is a scenario: named ``*.test.json``, or an object
    with a ``turns`` key (bot files beside them have none). A ``*.test.json`` that is not
    valid JSON still counts, so that running it says what is wrong."""
    if path.name.endswith(SCENARIO_SUFFIX):
        return True
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(document, dict) and "turns" in document


def scenario_files(paths: Iterable[Path]) -> list[Path]:
    """The files named, and the scenario files of the folders named (bot files skipped)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(p for p in sorted(path.rglob("*.json")) if is_scenario_file(p))
        else:
            found.append(path)
    return found


async def run_locally(files: list[Path]) -> list[ScenarioResult]:
    """Replay each scenario through the chat API of a private, temporary Botloom."""
    with tempfile.TemporaryDirectory(prefix="botloom-test-") as data_dir:
        # One client replaying many chats at full speed: no visitor to limit.
        settings = Settings(data_dir=Path(data_dir), rate_limits_enabled=False)
        await upgrade_async(settings.resolved_database_url)
        app = create_app(settings)
        async with app.router.lifespan_context(app):
            # A server error is a failed expectation (status 500), not a crash of the command.
            transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
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
