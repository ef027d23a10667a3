"""Re-encrypting every credentials row with a new secret, all or nothing."""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.credentials.crypto import CredentialsCryptoError, Encrypted, decrypt, encrypt
from botloom.domain.errors import ConflictError
from botloom.store.models import Credentials


@dataclass(frozen=True)
class Rotation:
    """How many rows were re-encrypted, and how many already used the new secret."""

    rotated: int
    already_rotated: int


async def rotate_secret(*, db: AsyncSession, old_secret: str, new_secret: str) -> Rotation:
    """Re-encrypt every row from ``old_secret`` to ``new_secret`` in one transaction.

    Every row is decrypted before anything is written: if one opens with neither secret,
    nothing changes. Rows that already open with the new secret are left alone, so running
    the rotation again after a success (or an interruption) is harmless.
    """
    try:
        encrypt({}, new_secret)
    except CredentialsCryptoError as exc:
        raise ConflictError(f"New secret: {exc}") from None
    rows = (await db.scalars(select(Credentials).with_for_update())).all()
    pending: list[tuple[Credentials, dict[str, object]]] = []
    unreadable: list[str] = []
    already = 0
    for row in rows:
        stored = Encrypted(data=row.data, iv=row.iv)
        try:
            pending.append((row, decrypt(stored, old_secret)))
            continue
        except CredentialsCryptoError:
            pass
        try:
            decrypt(stored, new_secret)
            already += 1
        except CredentialsCryptoError:
            unreadable.append(row.id)
    if unreadable:
        await db.rollback()
        raise ConflictError(
            "Nothing changed: these credentials open with neither secret: " + ", ".join(unreadable)
        )
    for row, data in pending:
        sealed = encrypt(data, new_secret)
        row.data, row.iv = sealed.data, sealed.iv
    await db.commit()
    return Rotation(rotated=len(pending), already_rotated=already)
