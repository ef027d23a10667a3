"""The starter bots: each imports cleanly, passes its bot test, and is listed in the catalogue."""

import json
from pathlib import Path
from typing import Any

import pytest

from botloom.domain.bots.documents import dead_start
from botloom.domain.errors import NotFoundError
from botloom.scenarios.local import run_locally
from botloom.scenarios.runner import load_scenario
from botloom.schema.io import export_document, parse_document
from botloom.templates.catalogue import (
    DOCUMENT_SUFFIX,
    TEST_SUFFIX,
    get_template,
    list_templates,
    load_template,
    package_files,
)

TEMPLATES_DIR = Path(str(package_files()))
SLUGS = [template.slug for template in list_templates()]
# The gallery draws groups 300 px wide: columns this far apart leave a gap between them.
COLUMN_STEP = 350
REQUIRED_KINDS = {
    "rating input",
    "file input",
    "openai",
    "Webhook",
    "Condition",
    "Set variable",
    "email input",
    "phone number input",
}


def _blocks(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [block for group in document["groups"] for block in group["blocks"]]


@pytest.mark.parametrize("slug", SLUGS)
def test_template_imports_without_warnings(slug: str) -> None:
    raw = load_template(slug)
    parsed = parse_document(raw, repair=True)
    assert parsed.warnings == []
    exported = export_document(parsed.document)
    assert exported == raw, "an export of the imported bot gives back the template"
    assert dead_start(exported) is None
    assert exported["version"] == "6.1"
    assert exported["theme"]["chat"]["buttons"]["backgroundColor"]


@pytest.mark.parametrize("slug", SLUGS)
def test_template_groups_are_laid_out_on_columns(slug: str) -> None:
    groups = load_template(slug)["groups"]
    places = [(g["graphCoordinates"]["x"], g["graphCoordinates"]["y"]) for g in groups]
    assert len(set(places)) == len(places)
    assert all(x % COLUMN_STEP == 0 for x, _ in places)


def test_templates_cover_the_blocks_the_gallery_promises() -> None:
    used = {block["type"] for slug in SLUGS for block in _blocks(load_template(slug))}
    assert used >= REQUIRED_KINDS


async def test_every_bot_test_passes() -> None:
    files = [TEMPLATES_DIR / template.test_file for template in list_templates()]
    results = await run_locally(files)
    failed = [
        f"{r.path.name}: {r.title}\n  " + "\n  ".join(r.failures) for r in results if not r.passed
    ]
    assert not failed, "\n".join(failed)
    assert len(results) == len(SLUGS)


def test_catalogue_lists_exactly_the_files_present() -> None:
    names = {path.name for path in TEMPLATES_DIR.glob("*" + DOCUMENT_SUFFIX)}
    tests = {name for name in names if name.endswith(TEST_SUFFIX)}
    assert names - tests == {template.document_file for template in list_templates()}
    assert tests == {template.test_file for template in list_templates()}
    assert len(SLUGS) == len(set(SLUGS)) >= 12


@pytest.mark.parametrize("slug", SLUGS)
def test_bot_test_replays_its_own_template(slug: str) -> None:
    scenario = load_scenario(TEMPLATES_DIR / get_template(slug).test_file)
    assert [bot.file for bot in scenario.typebots] == [get_template(slug).document_file]
    assert len(scenario.turns) >= 2


def test_template_files_are_tidy_json() -> None:
    for path in sorted(TEMPLATES_DIR.glob("*.json")):
        text = path.read_text(encoding="utf-8")
        assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n", path.name


def test_unknown_slug_is_not_found() -> None:
    with pytest.raises(NotFoundError, match="slug"):
        load_template("no-such-template")
