"""URL-safe base64 without padding, as signed tokens and states carry bytes in URLs."""

import base64


def b64encode(data: bytes) -> str:
    """``data`` as URL-safe base64, without ``=`` padding."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64decode(text: str) -> bytes:
    """The bytes of unpadded URL-safe base64 (``binascii.Error``, a ``ValueError``, if bad)."""
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
