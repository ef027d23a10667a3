"""Bots published in a member's own workspace, for tests that then manage their results."""

from pathlib import Path
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from botloom.ids import new_id
from tests.support.factories import Member
from tests.support.publishing import publisher


async def publish_owned(db: AsyncSession, member: Member, document: dict[str, Any]) -> str:
    """Publish ``document`` into ``member``'s workspace; its public id (also its id)."""
    public_id = f"own-{new_id()}"
    await publisher(db, member)(document, public_id, public_id)
    return public_id


def file_path(data_dir: Path, file_url: str) -> Path:
    """Where the local-disk upload at ``file_url`` is kept under ``data_dir``."""
    return data_dir / "files" / "public" / file_url.split("/files/", 1)[1]
