"""The builder is served at ``/`` and on its sections' paths.

API routes and bot pages keep theirs.
"""

from pathlib import Path

import httpx
import pytest

from botloom.web import builder_app

INDEX = "<!doctype html><title>Botloom builder</title><div id=root></div>"


@pytest.fixture
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A builder build of our own in a temporary directory (the real one may not be built)."""
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text(INDEX)
    (tmp_path / "assets" / "index-abc123.js").write_text("console.log('builder')")
    monkeypatch.setattr(builder_app, "INDEX_FILE", tmp_path / "index.html")
    monkeypatch.setattr(builder_app, "builder_files", builder_app._BuilderAssets(tmp_path))
    return tmp_path


@pytest.mark.usefixtures("built")
@pytest.mark.parametrize(
    "path",
    ["/", "/signin", "/typebots", "/typebots/abc/edit", "/workspaces/w1/members", "/templates"],
)
async def test_builder_paths_serve_its_page(client: httpx.AsyncClient, path: str) -> None:
    response = await client.get(path)
    assert response.status_code == 200
    assert response.text == INDEX
    assert response.headers["content-type"].startswith("text/html")
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["cache-control"] == "no-cache"


@pytest.mark.usefixtures("built")
@pytest.mark.parametrize("path", ["/api/v1/nothing/here", "/nope/deeper", "/static/builder/x.js"])
async def test_other_paths_are_not_the_builder(client: httpx.AsyncClient, path: str) -> None:
    response = await client.get(path)
    assert response.status_code == 404
    assert response.text != INDEX


@pytest.mark.usefixtures("built")
async def test_hashed_assets_are_cached_for_good(client: httpx.AsyncClient) -> None:
    response = await client.get("/static/builder/assets/index-abc123.js")
    assert response.status_code == 200
    assert response.text == "console.log('builder')"
    assert response.headers["cache-control"] == "public, max-age=31536000, immutable"


async def test_an_unbuilt_builder_says_how_to_build_it(
    client: httpx.AsyncClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(builder_app, "INDEX_FILE", tmp_path / "missing.html")
    response = await client.get("/typebots")
    assert response.status_code == 503
    assert "make builder" in response.text


@pytest.mark.usefixtures("built")
async def test_unknown_public_id_is_still_a_bot_page(client: httpx.AsyncClient) -> None:
    response = await client.get("/no-such-bot")
    assert response.status_code == 404
    assert "Bot not found" in response.text
