"""Between stored rows and bot documents: what lives in columns and what in ``content``."""

import re
import secrets
import unicodedata
from typing import Any

from botloom.domain.schemas import iso
from botloom.schema.document import CONTENT_FIELDS
from botloom.schema.errors import Problem
from botloom.store.models import PublishedVersion, Typebot

ROW_FIELDS: dict[str, str] = {
    "name": "name",
    "icon": "icon",
    "folderId": "folder_id",
    "publicId": "public_id",
    "customDomain": "custom_domain",
    "selectedThemeTemplateId": "selected_theme_template_id",
    "resultsTablePreferences": "results_table_preferences",
    "whatsAppCredentialsId": "whatsapp_credentials_id",
    "riskLevel": "risk_level",
    "isClosed": "is_closed",
}
"""Document keys stored as columns of the bot's row, by their column."""

ROW_KEYS = {column: key for key, column in ROW_FIELDS.items()}
"""The document key of each column of the bot's row."""

READ_ONLY_FIELDS = frozenset({"id", "workspaceId", "createdAt", "updatedAt", "isArchived"})


def typebot_document(typebot: Typebot) -> dict[str, Any]:
    """The draft as a whole Typebot document, the shape of an export."""
    doc: dict[str, Any] = {"id": typebot.id, **typebot.content}
    for key, column in ROW_FIELDS.items():
        doc[key] = getattr(typebot, column)
    doc.update(
        workspaceId=typebot.workspace_id,
        isArchived=typebot.is_archived,
        createdAt=iso(typebot.created_at),
        updatedAt=iso(typebot.updated_at),
    )
    return doc


def published_document(version: PublishedVersion) -> dict[str, Any]:
    """A published version in the shape of Typebot's ``PublicTypebot``."""
    return {
        "id": version.id,
        "typebotId": version.typebot_id,
        **version.content,
        "createdAt": iso(version.created_at),
        "updatedAt": iso(version.created_at),
        "versionNumber": version.number,
    }


def dead_start(content: dict[str, Any]) -> Problem | None:
    """The problem when the bot's start event leads nowhere (a chat would show nothing), else
    None. Imports can leave a bot so when they repair away an edge to a missing group."""
    events = content.get("events") or []
    if events and events[0].get("outgoingEdgeId"):
        return None
    event_id = events[0].get("id") if events else None
    return Problem(
        "events[0].outgoingEdgeId",
        f"the start event {event_id!r} leads nowhere: connect it to a group, "
        "or chats of this bot show nothing",
    )


def split_document(doc: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """``(content, row values)`` of a document dumped as JSON."""
    content = {k: v for k, v in doc.items() if k in CONTENT_FIELDS}
    row = {column: doc[key] for key, column in ROW_FIELDS.items() if key in doc}
    return content, row


def slugify(name: str) -> str:
    """A URL-safe slug of a bot's name, as the start of its public id."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug[:40].rstrip("-") or "bot"


def new_public_id(name: str) -> str:
    """A fresh public id like Typebot's (``my-bot-x1y2z3a``)."""
    return f"{slugify(name)}-{secrets.token_hex(4)[:7]}"
