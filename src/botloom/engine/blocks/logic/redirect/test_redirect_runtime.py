"""Tests of the redirect block's runner."""

from typing import Any

import pytest

from botloom.engine.blocks.logic.redirect.execute import execute
from botloom.engine.blocks.logic.redirect.schema import RedirectBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.runtime import CONTINUE

DOCUMENT = {"variables": [{"id": "v_id", "name": "IMDB ID"}, {"id": "v_url", "name": "Url"}]}
VARIABLES = {"IMDB ID": "tt123", "Url": "example.com/x"}


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"url": "google.com"}, [{"url": "https://google.com", "isNewTab": False}]),
        ({"url": "https://a.b/c", "isNewTab": True}, [{"url": "https://a.b/c", "isNewTab": True}]),
        ({"url": "http://a.b"}, [{"url": "http://a.b", "isNewTab": False}]),
        ({"url": "mailto:a@b.c"}, [{"url": "mailto:a@b.c", "isNewTab": False}]),
        ({"url": "tel:+331"}, [{"url": "tel:+331", "isNewTab": False}]),
        ({"url": "sms:+331"}, [{"url": "sms:+331", "isNewTab": False}]),
        (
            {"url": "https://m.imdb.com/title/{{IMDB ID}}"},
            [{"url": "https://m.imdb.com/title/tt123", "isNewTab": False}],
        ),
        ({"url": "{{Url}}"}, [{"url": "https://example.com/x", "isNewTab": False}]),
        ({"url": "{{Missing}}"}, []),
        ({}, []),
    ],
)
async def test_redirect_action(options: dict[str, Any], expected: list[dict[str, Any]]) -> None:
    ctx = make_context(DOCUMENT, variables=VARIABLES)
    block = RedirectBlock.model_validate({"id": "b", "type": "Redirect", "options": options})
    result = await execute(block, ctx)
    assert result.client_side_actions == [{"type": "redirect", "redirect": r} for r in expected]
    assert result.outgoing_edge_id is CONTINUE
    assert not result.pause
