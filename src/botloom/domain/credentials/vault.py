"""Reading and writing the encrypted columns of credentials rows with the server's secret."""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.credentials.crypto import (
    CredentialsCryptoError,
    Encrypted,
    decrypt,
    encrypt,
)
from botloom.domain.errors import ConflictError
from botloom.store.models import Credentials


class CredentialsDisabledError(ConflictError):
    """The server has no usable encryption secret, so credentials cannot be stored or read."""


@dataclass(frozen=True)
class Vault:
    """Encrypts and decrypts credentials data with the server's secret."""

    secret: str | None

    def usable_secret(self) -> str:
        """The server's secret; ``CredentialsDisabledError`` when it has none."""
        if not self.secret:
            raise CredentialsDisabledError(
                "Credentials are disabled: set BOTLOOM_ENCRYPTION_SECRET (32 characters)"
            )
        return self.secret

    def seal(self, data: dict[str, Any]) -> Encrypted:
        """The stored form of credentials data."""
        try:
            return encrypt(data, self.usable_secret())
        except CredentialsCryptoError as exc:
            raise CredentialsDisabledError(f"Credentials are disabled: {exc}") from None

    def open(self, row: Credentials) -> dict[str, Any]:
        """A row's data in clear; ``CredentialsCryptoError`` if it does not decrypt."""
        return decrypt(Encrypted(data=row.data, iv=row.iv), self.usable_secret())


async def find_credentials(
    db: AsyncSession, *, workspace_id: str, credentials_id: str
) -> Credentials | None:
    """A credentials row of the workspace (``None`` if it belongs to another one)."""
    return await db.scalar(
        select(Credentials).where(
            Credentials.id == credentials_id, Credentials.workspace_id == workspace_id
        )
    )
