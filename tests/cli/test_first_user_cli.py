"""What a first-time user ran into on the command line (issue 11 §3)."""

import json
import os
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.bots import two_questions_bot
from tests.support.cli import botloom, serving
from tests.support.postgres import free_port


def _write(path: Path, document: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document))
    return path


def dead_start_bot() -> dict[str, Any]:
    """A bot whose start edge leads to a deleted group: the import repair drops it."""
    bot = two_questions_bot()
    bot["edges"][0]["to"] = {"groupId": "deleted-group"}
    return bot


@pytest.fixture
def home_env(tmp_path: Path) -> dict[str, str]:
    """A user with a home folder and no Botloom settings at all."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOTLOOM_", "XDG_"))}
    return {**env, "HOME": str(tmp_path / "home")}


def test_commands_run_from_different_folders_share_the_users_database(
    home_env: dict[str, str], tmp_path: Path
) -> None:
    bot = _write(tmp_path / "bots" / "two.json", two_questions_bot())
    imported = botloom(home_env, "import", str(bot), "--id", "two", cwd=bot.parent)
    database = tmp_path / "home" / ".local" / "share" / "botloom" / "botloom.db"
    assert f"Database: sqlite+aiosqlite:///{database}" in imported.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    exported = botloom(home_env, "export", "two", cwd=elsewhere)
    assert f"Database: sqlite+aiosqlite:///{database}" in exported.stderr
    assert json.loads(exported.stdout)["name"] == "Two questions"
    assert not (bot.parent / ".botloom").exists()
    assert not (elsewhere / ".botloom").exists()

    xdg = {**home_env, "XDG_DATA_HOME": str(tmp_path / "xdg")}
    migrated = botloom(xdg, "migrate", cwd=elsewhere)
    assert f"sqlite+aiosqlite:///{tmp_path / 'xdg' / 'botloom' / 'botloom.db'}" in migrated.stderr


def test_every_command_names_its_database_with_the_password_masked(
    env: dict[str, str], tmp_path: Path
) -> None:
    for args in (["migrate"], ["token", "list", "--email", "a@b.c"], ["results", "purge"]):
        shown = botloom(env, *args)
        assert f"Database: sqlite+aiosqlite:///{tmp_path / 'data' / 'botloom.db'}" in shown.stderr

    port = free_port()  # nothing listens there: the command fails, after naming the database
    remote = {**env, "BOTLOOM_DATABASE_URL": f"postgresql://bot:s3cret@127.0.0.1:{port}/bots"}
    failed = botloom(remote, "migrate", check=False)
    assert f"Database: postgresql+asyncpg://bot:***@127.0.0.1:{port}/bots" in failed.stderr
    assert "s3cret" not in failed.stderr
    assert failed.returncode != 0
    assert "Traceback" not in failed.stderr
    assert "Cannot use the database" in failed.stderr


def test_import_publish_prints_the_public_url(env: dict[str, str], tmp_path: Path) -> None:
    bot = _write(tmp_path / "two.json", two_questions_bot())
    on_port = {**env, "BOTLOOM_PORT": "8123"}
    result = botloom(on_port, "import", str(bot), "--public-id", "two-q", "--publish")
    assert len(result.stdout.split()) == 1, "stdout keeps only the bot's id, for scripts"
    assert f"{bot}: published at http://127.0.0.1:8123/two-q" in result.stderr

    behind_proxy = {**env, "BOTLOOM_FILES_BASE_URL": "https://bots.example.com/"}
    again = botloom(behind_proxy, "import", str(bot), "--public-id", "two-r", "--publish")
    assert "published at https://bots.example.com/two-r" in again.stderr


def test_import_warns_loudly_when_the_start_leads_nowhere_and_publish_refuses(
    env: dict[str, str], tmp_path: Path
) -> None:
    bot = _write(tmp_path / "dead.json", dead_start_bot())
    imported = botloom(env, "import", str(bot))
    assert "repaired edges[0]: edge leads to unknown group 'deleted-group'" in imported.stderr
    assert f"WARNING {bot}: events[0].outgoingEdgeId: the start event 'start' leads nowhere" in (
        imported.stderr
    )
    refused = botloom(env, "import", str(bot), "--publish", check=False)
    assert refused.returncode == 1
    assert "Cannot publish: events[0].outgoingEdgeId" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_token_list_and_revoke(env: dict[str, str], server: str) -> None:
    email = "dev@example.com"
    first = botloom(env, "token", "create", "--email", email, "--name", "laptop").stdout.strip()
    botloom(env, "token", "create", "--email", email, "--name", "ci")
    assert httpx.get(f"{server}/api/v1/workspaces", headers=_bearer(first)).status_code == 200

    listing = botloom(env, "token", "list", "--email", email).stdout.splitlines()
    assert listing[0].split() == ["ID", "NAME", "CREATED", "LAST", "USED"]
    rows = {line.split()[1]: line for line in listing[1:]}
    assert set(rows) == {"laptop", "ci"}
    assert rows["ci"].endswith("never")
    assert re.search(r"UTC\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC$", rows["laptop"]), rows["laptop"]
    assert first not in "\n".join(listing), "a token's value is never shown again"

    laptop_id = rows["laptop"].split()[0]
    revoked = botloom(env, "token", "revoke", laptop_id)
    assert f"Token {laptop_id} revoked" in revoked.stdout
    assert httpx.get(f"{server}/api/v1/workspaces", headers=_bearer(first)).status_code == 401
    left = botloom(env, "token", "list", "--email", email).stdout
    assert "laptop" not in left
    assert "ci" in left
    unknown = botloom(env, "token", "revoke", laptop_id, check=False)
    assert unknown.returncode == 1
    assert f"No token with id {laptop_id}" in unknown.stderr
    assert "has no tokens" in botloom(env, "token", "list", "--email", "x@y.z").stdout


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_serve_on_a_busy_port_says_how_to_choose_another(env: dict[str, str]) -> None:
    port = free_port()
    with serving(env, port):
        for args, extra in ((["--port", str(port)], {}), ([], {"BOTLOOM_PORT": str(port)})):
            second = botloom({**env, **extra}, "serve", *args, check=False)
            assert second.returncode == 1
            assert f"Port {port} on 127.0.0.1 is already in use" in second.stderr
            assert f"BOTLOOM_PORT={port + 1}" in second.stderr
            assert "Traceback" not in second.stderr


def test_bot_tests_skip_bot_files_and_report_every_problem_as_a_fail(
    env: dict[str, str], tmp_path: Path
) -> None:
    suite = tmp_path / "tests"
    _write(suite / "bots" / "two.json", two_questions_bot())
    _write(suite / "bots" / "dead.json", dead_start_bot())
    good = {
        "title": "Says goodbye with the name and city",
        "typebots": [{"file": "bots/two.json", "publicId": "two"}],
        "start": {"publicId": "two"},
        "turns": [
            {"expect": {"texts": ["Hello! What's your name?"]}},
            {"send": "Ada", "expect": {"texts": ["Nice to meet you Ada. Where do you live?"]}},
            {"send": "Paris", "expect": {"texts": ["Bye Ada from Paris"], "input": None}},
        ],
    }
    _write(suite / "good.test.json", good)
    _write(suite / "typo.json", {**good, "title": "typo", "turns": [{"expcet": {}}]})
    missing_bot = {**good, "title": "missing", "typebots": [{"file": "nope.json", "publicId": "x"}]}
    _write(suite / "missing.test.json", missing_bot)
    dead = {**good, "title": "dead", "typebots": [{"file": "bots/dead.json", "publicId": "d"}]}
    _write(suite / "dead.test.json", dead)
    (suite / "broken.test.json").write_text("{")

    result = botloom(env, "test", str(suite), check=False)
    assert "Traceback" not in result.stderr + result.stdout
    assert result.returncode == 1
    lines = result.stdout
    assert f"PASS  {suite / 'good.test.json'}  Says goodbye" in lines
    assert "bots/two.json" not in lines.replace("(bots/", ""), "bot files are not scenarios"
    assert f"FAIL  {suite / 'typo.json'}  typo.json" in lines
    assert "turns[0].expcet: Extra inputs are not permitted" in lines
    assert f"FAIL  {suite / 'missing.test.json'}  missing" in lines
    assert "typebots[0] (nope.json): cannot read" in lines
    assert "No such file or directory" in lines
    assert "typebots[0] (bots/dead.json): Cannot publish: events[0].outgoingEdgeId" in lines
    assert f"FAIL  {suite / 'broken.test.json'}  broken.test.json" in lines
    assert "1 passed, 4 failed" in lines
    assert "Database: a private temporary SQLite database" in result.stderr
