"""Typebot's own files, for the compatibility tests that replay them: where they are, and what
happens to those tests when they are not there.

The files (Typebot's bots and the conformance scenarios) are not part of the repository. They are
found at ``BOTLOOM_TYPEBOT_COMPAT_DIR``, else at ``typebot-compat`` in a ``shared`` folder beside
the repository. Tests that read them carry the ``compat`` marker (``pytest.mark.compat``); without
the files they are deselected, and the run ends with one line saying how many and why. Under CI
(``CI`` set) a missing set fails the run instead, so that the compatibility suite never goes
quietly missing there.

This module is loaded as a pytest plugin by the repository's root ``conftest.py``.
"""

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
ENV_VAR = "BOTLOOM_TYPEBOT_COMPAT_DIR"
DEFAULT_DIR = REPO_ROOT.parent / "shared" / "typebot-compat"
MARKER = "compat"

compat = pytest.mark.compat
"""Marks a test that reads Typebot's own files."""


def compat_dir() -> Path | None:
    """The folder of Typebot's files, or None when it is not there."""
    configured = os.environ.get(ENV_VAR)
    folder = Path(configured) if configured else DEFAULT_DIR
    return folder if folder.is_dir() else None


def _files(subfolder: str, pattern: str) -> list[Path]:
    folder = compat_dir()
    return sorted((folder / subfolder).glob(pattern)) if folder else []


def compat_bots_dir() -> Path:
    """Where Typebot's bots are (a path that need not exist: without the set, no file is read)."""
    return (compat_dir() or DEFAULT_DIR) / "typebots"


def compat_bots() -> list[Path]:
    """Every bot of Typebot's templates and end-to-end suite (none without the set)."""
    return _files("typebots", "**/*.json")


def compat_scenarios() -> list[Path]:
    """Typebot's conformance scenarios (none without the set)."""
    return _files("scenarios", "*.json")


def compat_id(path: Path) -> str:
    """A compatibility bot's test id: its path among Typebot's bots."""
    return path.relative_to(compat_bots_dir()).as_posix()


def compat_params(paths: list[Path], ids: Callable[[Path], str] = compat_id) -> list[Any]:
    """One ``pytest.param`` per file of Typebot's, marked ``compat``. Without the set, a single
    stand-in (left out with the other compatibility tests), so that the test is counted."""
    if compat_dir() is None:
        return [pytest.param(None, id="typebot-compat-missing", marks=compat)]
    return [pytest.param(path, id=ids(path), marks=compat) for path in paths]


_deselected: list[int] = []
_selected: list[int] = []


def pytest_configure(config: pytest.Config) -> None:
    """Declare the marker (the suite runs with ``--strict-markers``)."""
    config.addinivalue_line("markers", f"{MARKER}: reads Typebot's own files ({ENV_VAR})")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without Typebot's files, leave out the tests that need them (and fail under CI)."""
    needing = [item for item in items if item.get_closest_marker(MARKER)]
    if compat_dir() is not None:
        if needing:
            _selected.append(len(needing))
        return
    if not needing:
        return
    if os.environ.get("CI"):
        raise pytest.UsageError(
            f"Typebot compatibility set not found at {os.environ.get(ENV_VAR) or DEFAULT_DIR}: "
            f"CI must run the {len(needing)} compatibility tests (set {ENV_VAR})"
        )
    config.hook.pytest_deselected(items=needing)
    items[:] = [item for item in items if not item.get_closest_marker(MARKER)]
    _deselected.append(len(needing))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say once, at the end, whether the compatibility tests ran."""
    for count in _selected:
        terminalreporter.write_line(
            f"Typebot compatibility set found at {compat_dir()}: "
            f"{count} compatibility tests selected"
        )
    for count in _deselected:
        terminalreporter.write_line(
            f"Typebot compatibility set not found (set {ENV_VAR}): "
            f"{count} compatibility tests skipped",
            yellow=True,
        )
