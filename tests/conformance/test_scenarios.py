"""Every shared scenario replayed through the real chat API, on SQLite and PostgreSQL."""

from pathlib import Path

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.scenarios.runner import run_scenario
from tests.conftest import COMPAT
from tests.support.factories import make_member
from tests.support.publishing import publisher

SCENARIOS = sorted((COMPAT / "scenarios").glob("*.json"))


def test_scenarios_are_there() -> None:
    assert len(SCENARIOS) >= 40


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
async def test_scenario(client: httpx.AsyncClient, db: AsyncSession, path: Path) -> None:
    member = await make_member(db)
    result = await run_scenario(path, client=client, publish=publisher(db, member))
    assert result.passed, "\n".join([result.title, *result.failures])
