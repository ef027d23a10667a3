"""``botloom credentials rotate-key``: every row re-encrypted, or none."""

import os
import subprocess
import sys

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.credentials.crypto import CredentialsCryptoError, Encrypted, decrypt, encrypt
from botloom.store.models import Credentials
from tests.integration.integrations.conftest import SECRET
from tests.support.factories import make_member
from tests.unit.credentials.test_crypto import typebot_legacy

NEW_SECRET = "fedcba9876543210fedcba9876543210"


def _rotate(database_url: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "BOTLOOM_DATABASE_URL": database_url,
        "BOTLOOM_ENCRYPTION_SECRET": SECRET,
        "BOTLOOM_NEW_ENCRYPTION_SECRET": NEW_SECRET,
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "botloom", "credentials", "rotate-key", *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


async def _add(db: AsyncSession, workspace_id: str, sealed: Encrypted, name: str) -> None:
    db.add(
        Credentials(
            workspace_id=workspace_id, type="smtp", name=name, data=sealed.data, iv=sealed.iv
        )
    )
    await db.commit()


async def _stored(db: AsyncSession) -> dict[str, Encrypted]:
    db.expire_all()
    rows = (await db.scalars(select(Credentials))).all()
    return {row.name: Encrypted(data=row.data, iv=row.iv) for row in rows}


async def test_rotation_re_encrypts_every_row_and_can_run_again(
    db: AsyncSession, database_url: str
) -> None:
    member = await make_member(db)
    values = {"a": {"password": "pa"}, "b": {"password": "pb"}, "legacy": {"password": "pl"}}
    await _add(db, member.workspace.id, encrypt(values["a"], SECRET), "a")
    await _add(db, member.workspace.id, encrypt(values["b"], SECRET), "b")
    await _add(db, member.workspace.id, typebot_legacy(values["legacy"], SECRET), "legacy")

    done = _rotate(database_url)
    assert done.returncode == 0, done.stderr
    assert "3 credentials re-encrypted, 0 already were" in done.stdout
    stored = await _stored(db)
    for name, value in values.items():
        assert decrypt(stored[name], NEW_SECRET) == value
        assert len(stored[name].iv) == 24, "legacy rows are rewritten in the current format"
        try:
            decrypt(stored[name], SECRET)
        except CredentialsCryptoError:
            pass
        else:
            raise AssertionError("the old secret still opens a rotated row")

    again = _rotate(database_url)
    assert again.returncode == 0, again.stderr
    assert "0 credentials re-encrypted, 3 already were" in again.stdout


async def test_nothing_changes_when_a_row_opens_with_neither_secret(
    db: AsyncSession, database_url: str
) -> None:
    member = await make_member(db)
    await _add(db, member.workspace.id, encrypt({"password": "ok"}, SECRET), "good")
    await _add(db, member.workspace.id, encrypt({"password": "?"}, "z" * 32), "foreign")
    before = await _stored(db)

    failed = _rotate(database_url)
    assert failed.returncode != 0
    assert "neither secret" in failed.stderr
    assert await _stored(db) == before

    bad_new = _rotate(database_url, "--new-secret", "too short")
    assert bad_new.returncode != 0
    assert "32 characters" in bad_new.stderr
    assert await _stored(db) == before
