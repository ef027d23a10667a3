"""Typebot's credentials encryption, so that data moved from Typebot decrypts with its secret.

AES-256-GCM; the key is the UTF-8 bytes of a 32-character secret; a random 12-byte IV is
stored as 24 hex digits in the ``iv`` column; ``data`` is base64 of ciphertext followed by the
16-byte tag, over the JSON of the credentials. Older Typebot rows (an ``iv`` that is not 24
characters) store ``"{iv hex}.{tag hex}"`` and hex ciphertext; they are read, never written.
"""

import base64
import binascii
import json
import os
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SECRET_LENGTH = 32
IV_BYTES = 12
TAG_BYTES = 16


class CredentialsCryptoError(Exception):
    """The secret is unusable, or a stored value does not decrypt with it."""


@dataclass(frozen=True)
class Encrypted:
    """The two stored columns of an encrypted value."""

    data: str
    iv: str


def _key(secret: str) -> AESGCM:
    key = secret.encode()
    if len(key) != SECRET_LENGTH:
        raise CredentialsCryptoError(
            f"The encryption secret must be {SECRET_LENGTH} characters long (ASCII)"
        )
    return AESGCM(key)


def encrypt(value: dict[str, Any], secret: str) -> Encrypted:
    """Encrypt a JSON object in Typebot's current format."""
    iv = os.urandom(IV_BYTES)
    sealed = _key(secret).encrypt(iv, json.dumps(value).encode(), None)
    return Encrypted(data=base64.b64encode(sealed).decode(), iv=iv.hex())


def decrypt(encrypted: Encrypted, secret: str) -> dict[str, Any]:
    """The JSON object back, from either of Typebot's formats."""
    aes = _key(secret)
    try:
        if len(encrypted.iv) == IV_BYTES * 2:
            iv = bytes.fromhex(encrypted.iv)
            sealed = base64.b64decode(encrypted.data, validate=True)
        else:
            iv_hex, _, tag_hex = encrypted.iv.partition(".")
            iv = bytes.fromhex(iv_hex)
            sealed = bytes.fromhex(encrypted.data) + bytes.fromhex(tag_hex)
        plain = aes.decrypt(iv, sealed, None)
    except (InvalidTag, ValueError, binascii.Error) as exc:
        raise CredentialsCryptoError("The credentials do not decrypt with this secret") from exc
    value = json.loads(plain)
    if not isinstance(value, dict):
        raise CredentialsCryptoError("The credentials are not a JSON object")
    return value
