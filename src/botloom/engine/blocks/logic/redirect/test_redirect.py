"""Tests of the redirect block's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.logic.redirect.schema import RedirectBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "Redirect"}


def test_defaults_when_options_are_absent() -> None:
    block = RedirectBlock.model_validate(MINIMAL)
    assert block.options.url is None
    assert block.options.is_new_tab is False


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {**MINIMAL, "options": {"url": "https://a.b/{{Id}}", "isNewTab": True}},
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert RedirectBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"options": {"url": 3}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        RedirectBlock.model_validate({**MINIMAL, **invalid})
