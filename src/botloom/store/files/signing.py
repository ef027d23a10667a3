"""Upload tokens: HMAC-signed, short-lived permissions to write one file on our own server.

A token binds the file's key, the most bytes it may have, its content type and an expiry time;
changing any of them breaks the signature.
"""

import binascii
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from botloom.store.files.base import FileKey
from botloom.urlsafe import b64decode, b64encode

SECRET_FILE_NAME = "upload-signing.key"
_CONTEXT = b"botloom upload token v1"


class InvalidUploadTokenError(Exception):
    """The token is malformed, was tampered with, or has expired."""


@dataclass(frozen=True)
class UploadGrant:
    """What a valid token allows."""

    key: FileKey
    max_bytes: int
    content_type: str
    expires_at: int


class UploadSigner:
    """Signs and checks upload tokens with a key derived from the install's secret."""

    def __init__(self, secret: bytes, clock: Callable[[], float] = time.time) -> None:
        if len(secret) < 32:
            raise ValueError("the upload signing secret needs at least 32 bytes")
        self._key = hmac.new(secret, _CONTEXT, hashlib.sha256).digest()
        self._clock = clock

    def sign(self, grant: UploadGrant) -> str:
        """The token of ``grant``: ``payload.signature``, both base64url."""
        payload = {
            "k": grant.key.path,
            "s": grant.max_bytes,
            "t": grant.content_type,
            "e": grant.expires_at,
        }
        body = b64encode(json.dumps(payload, separators=(",", ":")).encode())
        return f"{body}.{self._signature(body)}"

    def grant(self, *, key: FileKey, max_bytes: int, content_type: str, ttl: int) -> str:
        """A token allowing this upload for the next ``ttl`` seconds."""
        expires_at = int(self._clock()) + ttl
        return self.sign(UploadGrant(key, max_bytes, content_type, expires_at))

    def verify(self, token: str) -> UploadGrant:
        """The grant of a genuine, unexpired token; ``InvalidUploadTokenError`` otherwise."""
        body, _, signature = token.partition(".")
        if not body or not hmac.compare_digest(signature.encode(), self._signature(body).encode()):
            raise InvalidUploadTokenError("The upload token is invalid.")
        try:
            payload = json.loads(b64decode(body))
            file_id, _, name = str(payload["k"]).partition("/")
            grant = UploadGrant(
                key=FileKey(file_id, name),
                max_bytes=int(payload["s"]),
                content_type=str(payload["t"]),
                expires_at=int(payload["e"]),
            )
        except (ValueError, KeyError, TypeError, binascii.Error):
            raise InvalidUploadTokenError("The upload token is invalid.") from None
        if grant.expires_at < self._clock():
            raise InvalidUploadTokenError("The upload token has expired.")
        return grant

    def _signature(self, body: str) -> str:
        return b64encode(hmac.new(self._key, body.encode(), hashlib.sha256).digest())


def install_secret(data_dir: Path) -> bytes:
    """This install's upload signing secret, kept in ``data_dir`` and made on first use.

    Written to a temporary file and linked into place, so that workers starting together
    all end up with the one secret that won, never a half-written file."""
    path = data_dir / SECRET_FILE_NAME
    if path.exists():
        return _read_secret(path)
    data_dir.mkdir(parents=True, exist_ok=True)
    temporary = data_dir / f".{SECRET_FILE_NAME}.{secrets.token_hex(8)}"
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_hex(32))
        # Another worker made it first: theirs is the install's secret.
        with contextlib.suppress(FileExistsError):
            os.link(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return _read_secret(path)


def _read_secret(path: Path) -> bytes:
    secret = path.read_text(encoding="ascii").strip()
    if len(secret) < 32:
        raise ValueError(f"{path} holds no usable secret; delete it to make a new one")
    return secret.encode()
