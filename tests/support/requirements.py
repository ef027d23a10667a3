"""Tests that need something outside Python (a built widget, chromium, nginx)."""

import os
from typing import NoReturn

import pytest


def missing(reason: str) -> NoReturn:
    """Fail in CI (``CI`` set), where everything must be there; skip on a developer's machine."""
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)
