"""The ``botloom`` command, run as a user runs it: as a subprocess on a fresh data directory."""

import json
from pathlib import Path

import httpx
import pytest

from tests.support.cli import botloom
from tests.support.fixtures import fixture_path

LEAD_GEN = fixture_path("lead-capture")
DANGLING = fixture_path("dangling-references")


def test_import_export_round_trip(env: dict[str, str], tmp_path: Path) -> None:
    imported = botloom(env, "import", str(LEAD_GEN), str(DANGLING))
    ids = imported.stdout.split()
    assert len(ids) == 2
    assert "repaired groups[1].blocks[1].options.variableId: unknown variable" in imported.stderr
    lead_gen = json.loads(LEAD_GEN.read_text())
    assert ids[0] == lead_gen["id"], "the file's own id is kept by command-line imports"

    out = tmp_path / "export.json"
    botloom(env, "export", ids[0], "-o", str(out))
    exported = json.loads(out.read_text())
    assert exported["version"] == "6.1"
    assert exported["groups"] == json.loads(json.dumps(exported["groups"]))
    assert [g["id"] for g in exported["groups"]] == [g["id"] for g in lead_gen["groups"]]

    again = botloom(env, "import", str(out))
    assert again.stdout.split() == [ids[0]], "importing an existing id replaces its draft"
    stdout_export = json.loads(botloom(env, "export", ids[0]).stdout)
    assert stdout_export["groups"] == exported["groups"]
    assert stdout_export["createdAt"] == exported["createdAt"]


def test_import_with_id_public_id_and_publish(env: dict[str, str], server: str) -> None:
    """Imports land in the running server's database, published under the asked public id."""
    result = botloom(
        env, "import", str(LEAD_GEN), "--id", "mybot", "--public-id", "lead-gen", "--publish"
    )
    assert result.stdout.strip() == "mybot"
    token = botloom(env, "token", "create", "--email", "admin@botloom.local").stdout.strip()
    assert token.startswith("bl_")
    headers = {"Authorization": f"Bearer {token}"}
    got = httpx.get(f"{server}/api/v1/typebots/mybot", headers=headers)
    assert got.status_code == 200
    assert got.json()["typebot"]["publicId"] == "lead-gen"
    published = httpx.get(f"{server}/api/v1/typebots/mybot/publishedTypebot", headers=headers)
    assert published.json()["publishedTypebot"]["versionNumber"] == 1

    botloom(env, "import", str(LEAD_GEN), "--id", "mybot", "--publish")
    republished = httpx.get(f"{server}/api/v1/typebots/mybot/publishedTypebot", headers=headers)
    assert republished.json()["publishedTypebot"]["versionNumber"] == 2
    assert (
        httpx.get(f"{server}/api/v1/typebots/mybot", headers=headers).json()["typebot"]["publicId"]
        == "lead-gen"
    )


def test_serve_gives_docs_and_openapi(server: str) -> None:
    docs = httpx.get(f"{server}/docs")
    assert docs.status_code == 200
    assert "swagger" in docs.text.lower()
    spec = httpx.get(f"{server}/openapi.json").json()
    assert "/api/v1/typebots/import" in spec["paths"]
    assert "/api/v1/typebots/{typebotId}/publish" in spec["paths"]


def test_import_into_named_workspace(env: dict[str, str]) -> None:
    botloom(env, "import", str(LEAD_GEN), "--workspace", "Marketing")
    token = botloom(env, "token", "create", "--email", "someone@else.org").stdout.strip()
    assert token.startswith("bl_")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "nope"], "No bot with id nope"),
        (
            ["import", str(LEAD_GEN), str(DANGLING), "--id", "x"],
            "--id and --public-id need exactly",
        ),
    ],
)
def test_errors_are_clear(env: dict[str, str], args: list[str], message: str) -> None:
    result = botloom(env, *args, check=False)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_invalid_file_names_the_path(env: dict[str, str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    doc = json.loads(LEAD_GEN.read_text())
    doc["groups"][1]["blocks"][0]["options"] = {"isLong": "very"}
    doc["groups"][1]["blocks"][0]["type"] = "text input"
    bad.write_text(json.dumps(doc))
    result = botloom(env, "import", str(bad), check=False)
    assert result.returncode != 0
    assert "groups[1].blocks[0].options.isLong" in result.stderr
    not_json = tmp_path / "x.json"
    not_json.write_text("{")
    assert "cannot read JSON" in botloom(env, "import", str(not_json), check=False).stderr
