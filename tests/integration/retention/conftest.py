"""A file storage for purges run straight from the tests (the live server has its own)."""

from pathlib import Path

import pytest

from botloom.settings import Settings
from botloom.store.files.base import FileStorage
from botloom.store.files.factory import file_storage_from_settings


@pytest.fixture
def files(tmp_path: Path) -> FileStorage:
    """Local-disk storage in a fresh folder."""
    return file_storage_from_settings(Settings(data_dir=tmp_path))
