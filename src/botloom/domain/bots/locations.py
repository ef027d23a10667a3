"""Where a bot is reachable, and the other values of its row, checked before they are stored.

A public id becomes a path of this server (``/{publicId}``) and a custom domain a host name, so
both are held to what a URL can carry safely: Typebot's public-id alphabet (lowercase letters,
digits and dashes), and a DNS name with an optional path. Public ids that are paths of the app
itself (and of the builder) are reserved.
"""

import re
from typing import Any

from botloom.domain.errors import InvalidInputError
from botloom.schema.errors import Problem

MAX_PUBLIC_ID_CHARS = 100
RESERVED_PUBLIC_IDS = frozenset(
    {
        "about", "account", "admin", "api", "app", "assets", "auth", "builder", "dashboard",
        "docs", "embed", "favicon", "files", "folders", "health", "healthz", "help", "invite",
        "invitations", "login", "logout", "metrics", "new", "oauth", "onboarding", "openapi",
        "preview", "readyz", "redoc", "register", "results", "settings", "share", "signin",
        "signout", "signup", "static", "templates", "typebots", "widget", "workspaces",
    }
)  # fmt: skip
"""Paths the app serves (or will) at its root, which a bot's page must never shadow."""

_PUBLIC_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_PATH_SEGMENT = re.compile(r"[A-Za-z0-9._~-]+")
_MAX_LENGTHS = {
    "name": 500,
    "icon": 2000,
    "folderId": 64,
    "selectedThemeTemplateId": 64,
    "whatsAppCredentialsId": 64,
}


def public_id_problem(value: str) -> str | None:
    """Why ``value`` cannot be a public id, or ``None`` if it can."""
    if len(value) > MAX_PUBLIC_ID_CHARS:
        return f"longer than the {MAX_PUBLIC_ID_CHARS} characters allowed"
    if not _PUBLIC_ID.fullmatch(value):
        return "use lowercase letters, digits and dashes, starting with a letter or digit"
    if value in RESERVED_PUBLIC_IDS:
        return f'"{value}" is a path of this server; choose another'
    return None


def normalize_custom_domain(value: str) -> str:
    """A custom domain as stored: lowercase host, no trailing dot, an optional path.

    Raises:
        ValueError: saying what is wrong with it.
    """
    host, _, path = value.partition("/")
    host = host.lower().removesuffix(".")
    if len(host) > 253:
        raise ValueError("the host name is longer than 253 characters")
    labels = host.split(".")
    if len(labels) < 2 or not all(_LABEL.fullmatch(label) for label in labels):
        raise ValueError(
            "give a host name such as bot.example.com (letters, digits, dashes and dots; "
            "no scheme, port or spaces), optionally followed by /path"
        )
    segments = path.split("/") if path else []
    if len(path) > 200 or not all(_PATH_SEGMENT.fullmatch(s) for s in segments):
        raise ValueError("the path may hold letters, digits and . _ ~ - between slashes")
    return "/".join([host, *segments])


def checked_row(row: dict[str, Any], keys: dict[str, str]) -> dict[str, Any]:
    """``row`` (column values) with its custom domain normalized, or ``InvalidInputError``
    naming every bad field. ``keys`` maps columns to the document keys that name them."""
    problems: list[Problem] = []
    checked = dict(row)
    for column, value in row.items():
        key = keys[column]
        if not isinstance(value, str):
            continue
        limit = _MAX_LENGTHS.get(key)
        if limit is not None and len(value) > limit:
            problems.append(Problem(key, f"longer than the {limit} characters allowed"))
        elif key == "publicId" and value and (reason := public_id_problem(value)):
            problems.append(Problem(key, reason))
        elif key == "customDomain" and value:
            try:
                checked[column] = normalize_custom_domain(value)
            except ValueError as exc:
                problems.append(Problem(key, str(exc)))
    if problems:
        raise InvalidInputError("; ".join(str(p) for p in problems), problems)
    return checked
