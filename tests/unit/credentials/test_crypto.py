"""Credentials encryption reads what Typebot wrote with the same secret (docs/engine.md §9)."""

import base64
import json
import os

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from botloom.domain.credentials.crypto import (
    CredentialsCryptoError,
    Encrypted,
    decrypt,
    encrypt,
)

SECRET = "H3ll0-Typebot-Secret-32-chars!!!"
DATA = {"apiKey": "sk-live-8d1f", "baseUrl": "https://api.example.com/v1"}


def _gcm(key: bytes, iv: bytes, plain: bytes) -> tuple[bytes, bytes]:
    """Ciphertext and tag, made with the raw AES-GCM primitive rather than our module."""
    encryptor = Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor()
    ciphertext = encryptor.update(plain) + encryptor.finalize()
    return ciphertext, encryptor.tag


def typebot_current(value: dict[str, str], secret: str) -> Encrypted:
    """Typebot's format: 12-byte IV as 24 hex digits, base64 of ciphertext then tag."""
    iv = os.urandom(12)
    ciphertext, tag = _gcm(secret.encode(), iv, json.dumps(value).encode())
    return Encrypted(data=base64.b64encode(ciphertext + tag).decode(), iv=iv.hex())


def typebot_legacy(value: dict[str, str], secret: str) -> Encrypted:
    """Typebot's older format: ``iv`` is "{iv hex}.{tag hex}", data is hex ciphertext."""
    iv = os.urandom(16)
    ciphertext, tag = _gcm(secret.encode(), iv, json.dumps(value).encode())
    return Encrypted(data=ciphertext.hex(), iv=f"{iv.hex()}.{tag.hex()}")


def test_values_written_by_typebot_decrypt() -> None:
    assert decrypt(typebot_current(DATA, SECRET), SECRET) == DATA
    assert decrypt(typebot_legacy(DATA, SECRET), SECRET) == DATA


def test_what_we_write_is_typebots_format() -> None:
    sealed = encrypt(DATA, SECRET)
    assert len(sealed.iv) == 24
    raw = base64.b64decode(sealed.data)
    ciphertext, tag = raw[:-16], raw[-16:]
    decryptor = Cipher(algorithms.AES(SECRET.encode()), modes.GCM(bytes.fromhex(sealed.iv), tag))
    plain = decryptor.decryptor().update(ciphertext)
    assert json.loads(plain) == DATA
    assert "sk-live" not in sealed.data
    assert encrypt(DATA, SECRET).iv != sealed.iv, "every encryption has its own IV"


def test_a_wrong_secret_or_a_tampered_value_is_refused() -> None:
    sealed = encrypt(DATA, SECRET)
    with pytest.raises(CredentialsCryptoError):
        decrypt(sealed, "x" * 32)
    raw = bytearray(base64.b64decode(sealed.data))
    raw[0] ^= 1
    tampered = Encrypted(data=base64.b64encode(bytes(raw)).decode(), iv=sealed.iv)
    with pytest.raises(CredentialsCryptoError):
        decrypt(tampered, SECRET)
    with pytest.raises(CredentialsCryptoError):
        decrypt(Encrypted(data="not base64!", iv=sealed.iv), SECRET)


@pytest.mark.parametrize("secret", ["", "short", "é" * 32, "x" * 33])
def test_the_secret_must_be_32_bytes(secret: str) -> None:
    with pytest.raises(CredentialsCryptoError, match="32 characters"):
        encrypt(DATA, secret)
