"""Scenarios replayed through the real chat API, on SQLite and PostgreSQL: the project's own
(``tests/fixtures/scenarios``), and Typebot's conformance scenarios when the compatibility set is
there (``tests/support/compat.py``)."""

from pathlib import Path

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.scenarios.runner import run_scenario
from tests.support.compat import compat, compat_params, compat_scenarios
from tests.support.factories import make_member
from tests.support.fixtures import fixture_scenarios
from tests.support.publishing import publisher

SCENARIOS = [
    *(pytest.param(path, id=f"fixtures/{path.stem}") for path in fixture_scenarios()),
    *compat_params(compat_scenarios(), lambda path: path.stem),
]


@compat
def test_scenarios_are_there() -> None:
    assert len(compat_scenarios()) >= 40


@pytest.mark.parametrize("path", SCENARIOS)
async def test_scenario(client: httpx.AsyncClient, db: AsyncSession, path: Path) -> None:
    member = await make_member(db)
    result = await run_scenario(path, client=client, publish=publisher(db, member))
    assert result.passed, "\n".join([result.title, *result.failures])
