"""Fixtures of the command-line tests: a fresh data directory, and a server on it."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.cli import serving


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The environment of a user whose data lives in a fresh folder."""
    return {**os.environ, "BOTLOOM_DATA_DIR": str(tmp_path / "data")}


@pytest.fixture
def server(env: dict[str, str]) -> Iterator[str]:
    """``botloom serve`` on ``env``'s data, on a free port; its base URL."""
    with serving(env) as base:
        yield base
