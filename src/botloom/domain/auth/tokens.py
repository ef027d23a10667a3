"""Opaque secrets (API tokens, session ids, sign-in links): shown once, stored as SHA-256."""

import hashlib
import secrets

TOKEN_PREFIX = "bl_"


def new_secret() -> str:
    """A new random secret of 256 bits, URL-safe."""
    return secrets.token_urlsafe(32)


def generate_token() -> str:
    """A new API token, recognisable by its prefix in logs and secret scanners."""
    return TOKEN_PREFIX + new_secret()


def hash_token(token: str) -> str:
    """What is stored for a secret; secrets are random, so a plain SHA-256 is enough."""
    return hashlib.sha256(token.encode()).hexdigest()
