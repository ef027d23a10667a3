"""Opaque API tokens: shown once, stored as SHA-256."""

import hashlib
import secrets

TOKEN_PREFIX = "bl_"


def generate_token() -> str:
    """A new random token (256 bits), recognisable by its prefix in logs and secret scanners."""
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    """What is stored for a token; tokens are random, so a plain SHA-256 is enough."""
    return hashlib.sha256(token.encode()).hexdigest()
