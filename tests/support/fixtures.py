"""The project's own bot documents, in ``tests/fixtures/bots/``: what the tests chat with.

Each file is written for these tests (see ``tests/fixtures/README.md`` for what each one covers);
together they use every block type and every document version the importer reads.
"""

import json
from pathlib import Path
from typing import Any

import pytest

from tests.support.compat import compat_bots, compat_params

FIXTURES_DIR = Path(__file__).resolve().parents[1] / "fixtures"
BOTS_DIR = FIXTURES_DIR / "bots"
SCENARIOS_DIR = FIXTURES_DIR / "scenarios"


def fixture_path(name: str) -> Path:
    """The file of the fixture bot ``name`` (its file name without ``.json``)."""
    path = BOTS_DIR / f"{name}.json"
    if not path.is_file():
        raise FileNotFoundError(f"no fixture bot {name!r} in {BOTS_DIR}")
    return path


def read_bot(path: Path) -> dict[str, Any]:
    """The bot document in the file at ``path``."""
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def fixture_bot(name: str) -> dict[str, Any]:
    """A fresh copy of the fixture bot ``name``, as parsed JSON."""
    return read_bot(fixture_path(name))


def fixture_bots() -> list[Path]:
    """Every fixture bot file."""
    return sorted(BOTS_DIR.glob("*.json"))


def fixture_scenarios() -> list[Path]:
    """The project's own scenario files (``docs/scenarios.md``)."""
    return sorted(SCENARIOS_DIR.glob("*.test.json"))


def every_bot_param() -> list[Any]:
    """``pytest.param`` for every bot document at hand: the project's fixtures (ids
    ``fixtures/<file>``), then Typebot's own bots, marked ``compat`` (ids by their path)."""
    own = [pytest.param(path, id=f"fixtures/{path.name}") for path in fixture_bots()]
    return own + compat_params(compat_bots())
