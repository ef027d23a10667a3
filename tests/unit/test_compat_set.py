"""Typebot's compatibility files: found where ``BOTLOOM_TYPEBOT_COMPAT_DIR`` says, left out with
one line when missing, and a failure under CI when missing (``tests/support/compat.py``)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.support.compat import ENV_VAR, REPO_ROOT
from tests.support.fixtures import fixture_path

TARGET = "tests/unit/schema/test_fixtures_import.py"


def _pytest(compat_dir: Path, *args: str, ci: bool = False) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "CI"}
    env[ENV_VAR] = str(compat_dir)
    if ci:
        env["CI"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", TARGET, *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_without_the_set_the_compatibility_tests_are_left_out_with_one_line(
    tmp_path: Path,
) -> None:
    run = _pytest(tmp_path / "missing", "-q")
    assert run.returncode == 0, run.stdout + run.stderr
    notices = [line for line in run.stdout.splitlines() if "compatibility" in line]
    assert notices == [
        f"Typebot compatibility set not found (set {ENV_VAR}): 4 compatibility tests skipped"
    ]
    assert "SKIPPED" not in run.stdout
    assert "4 deselected" in run.stdout


def test_under_ci_a_missing_set_fails_the_run(tmp_path: Path) -> None:
    run = _pytest(tmp_path / "missing", "-q", ci=True)
    assert run.returncode != 0
    assert f"CI must run the 4 compatibility tests (set {ENV_VAR})" in run.stderr


def test_the_set_is_read_where_the_variable_points(tmp_path: Path) -> None:
    bots = tmp_path / "typebots" / "viewer"
    bots.mkdir(parents=True)
    shutil.copy(fixture_path("lead-capture"), bots / "theirs.json")
    run = _pytest(tmp_path, "--collect-only", "-q", ci=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"{TARGET}::test_imports_and_round_trips[viewer/theirs.json]" in run.stdout
    assert "compatibility set not found" not in run.stdout
