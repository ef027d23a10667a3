"""The builder's API client is generated from a committed copy of the OpenAPI document; it must
be the document the app serves, or the builder is typed against routes that changed."""

import json
from pathlib import Path

from botloom.api.app import create_app
from botloom.settings import Settings

DOCUMENT = Path(__file__).parents[3] / "frontend/packages/api-client/openapi.json"


def test_committed_openapi_document_is_the_apps() -> None:
    committed = json.loads(DOCUMENT.read_text(encoding="utf-8"))
    assert committed == create_app(Settings()).openapi(), (
        "frontend/packages/api-client/openapi.json is stale: run `make api-client` and commit it"
    )
