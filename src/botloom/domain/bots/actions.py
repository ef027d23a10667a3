"""Every write to bots: create, import, update, delete, publish, unpublish."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.audit.actions import record_change
from botloom.domain.bots.documents import (
    READ_ONLY_FIELDS,
    ROW_KEYS,
    dead_start,
    new_public_id,
    split_document,
    typebot_document,
)
from botloom.domain.bots.http_blocks import with_block_url
from botloom.domain.bots.locations import checked_row
from botloom.domain.custom_domains.service import check_bot_domain
from botloom.domain.errors import ConflictError, InvalidInputError, NotFoundError
from botloom.domain.folders.queries import check_folder_in_workspace
from botloom.domain.results.actions import do_delete_results
from botloom.ids import new_id
from botloom.schema.errors import DocumentError, Problem
from botloom.schema.io import export_document, parse_document
from botloom.store.files.base import FileStorage
from botloom.store.models import PublishedVersion, Typebot, User
from botloom.store.types import utcnow

DEFAULT_BOT_NAME = "My typebot"


@dataclass
class ImportOutcome:
    """An imported bot and what had to be repaired in its document."""

    typebot: Typebot
    warnings: list[Problem]
    replaced: bool

    @property
    def dead_start(self) -> Problem | None:
        """Set when the bot's start leads nowhere (it cannot be published so)."""
        return dead_start(self.typebot.content)


def _parse(raw: Any, *, repair: bool) -> tuple[dict[str, Any], list[Problem]]:
    try:
        parsed = parse_document(raw, repair=repair)
    except DocumentError as exc:
        raise InvalidInputError(str(exc), exc.problems) from None
    return export_document(parsed.document), parsed.warnings


def _clash(exc: IntegrityError) -> ConflictError:
    """A unique-column clash (public id, custom domain) as a conflict naming the field."""
    message = str(exc.orig).lower()
    field = "customDomain" if "custom_domain" in message else "publicId"
    return ConflictError(f"{field}: already used by another bot")


def _audit(db: AsyncSession, actor: User, typebot: Typebot, action: str, **details: object) -> None:
    record_change(db, actor=actor, target_type="typebot", target=typebot, action=action, **details)


async def _commit(db: AsyncSession) -> None:
    try:
        await db.commit()
    except IntegrityError as exc:
        await db.rollback()
        raise _clash(exc) from None


async def do_create_typebot(
    *, db: AsyncSession, actor: User, workspace_id: str, raw: dict[str, Any]
) -> Typebot:
    """A new bot from a (possibly partial) current-version document, checked strictly."""
    raw = {"version": "6.1", "events": _default_events(), **raw}
    raw.setdefault("name", DEFAULT_BOT_NAME)
    doc, _ = _parse(raw, repair=False)
    return await _insert(
        db=db, actor=actor, workspace_id=workspace_id, doc=doc, typebot_id=None, action="create"
    )


def _default_events() -> list[dict[str, Any]]:
    return [{"id": new_id(), "type": "start", "graphCoordinates": {"x": 0, "y": 0}}]


async def _split_checked(
    *, db: AsyncSession, actor: User, workspace_id: str, doc: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """A document's content and row values, its folder checked to be the workspace's."""
    content, row = split_document(doc)
    row = checked_row(row, ROW_KEYS)
    await check_folder_in_workspace(
        db=db,
        actor=actor,
        workspace_id=workspace_id,
        folder_id=row.get("folder_id"),
        field="folderId",
    )
    if row.get("custom_domain"):
        await check_bot_domain(db=db, workspace_id=workspace_id, custom_domain=row["custom_domain"])
    return content, row


async def _insert(
    *,
    db: AsyncSession,
    actor: User,
    workspace_id: str,
    doc: dict[str, Any],
    typebot_id: str | None,
    action: str,
) -> Typebot:
    content, row = await _split_checked(db=db, actor=actor, workspace_id=workspace_id, doc=doc)
    row.setdefault("name", DEFAULT_BOT_NAME)
    if not row.get("public_id"):
        row["public_id"] = new_public_id(row["name"])
    typebot = Typebot(workspace_id=workspace_id, content=content, **row)
    if typebot_id:
        typebot.id = typebot_id
    db.add(typebot)
    await db.flush()
    _audit(db, actor, typebot, action)
    await _commit(db)
    return typebot


async def do_import_typebot(
    *,
    db: AsyncSession,
    actor: User,
    workspace_id: str,
    raw: Any,
    typebot_id: str | None = None,
    public_id: str | None = None,
    folder_id: str | None = None,
    keep_location: bool = False,
) -> ImportOutcome:
    """Import a Typebot export of any version (dangling references repaired, as warnings).

    With ``typebot_id`` naming a bot of the same workspace, its draft is replaced; an id used in
    another workspace is refused. Public id and custom domain come from the file only with
    ``keep_location`` (command-line imports), never from an upload through the API.
    """
    doc, warnings = _parse(raw, repair=True)
    for key in ("publicId", "customDomain", "folderId"):
        if not keep_location:
            doc.pop(key, None)
    if public_id:
        doc["publicId"] = public_id
    if folder_id:
        doc["folderId"] = folder_id
    existing = await db.get(Typebot, typebot_id) if typebot_id else None
    if existing is None:
        typebot = await _insert(
            db=db,
            actor=actor,
            workspace_id=workspace_id,
            doc=doc,
            typebot_id=typebot_id,
            action="import",
        )
        return ImportOutcome(typebot, warnings, replaced=False)
    if existing.workspace_id != workspace_id:
        raise ConflictError("id: a bot with this id exists in another workspace")
    content, row = await _split_checked(db=db, actor=actor, workspace_id=workspace_id, doc=doc)
    existing.content = content
    for column, value in row.items():
        if column != "public_id" or value:
            setattr(existing, column, value)
    existing.is_archived = False
    existing.updated_at = utcnow()
    _audit(db, actor, existing, "import", replaced=True)
    await _commit(db)
    return ImportOutcome(existing, warnings, replaced=True)


async def do_update_typebot(
    *,
    db: AsyncSession,
    actor: User,
    typebot: Typebot,
    changes: dict[str, Any],
    seen_updated_at: datetime | None,
    overwrite: bool,
) -> Typebot:
    """Apply changes to a draft, refusing to overwrite a newer version than the caller saw.

    ``seen_updated_at`` is the ``updatedAt`` the caller's copy had; if the draft changed since,
    the update fails with ``ConflictError`` unless ``overwrite``.
    """
    if seen_updated_at is not None and not overwrite and typebot.updated_at > seen_updated_at:
        raise ConflictError(
            "updatedAt: the bot was changed since this version was loaded; "
            "reload it, or send overwrite=true"
        )
    rejected = sorted(READ_ONLY_FIELDS & changes.keys())
    if rejected:
        raise InvalidInputError(
            f"{rejected[0]}: cannot be changed", [Problem(k, "cannot be changed") for k in rejected]
        )
    merged = {**typebot_document(typebot), **changes}
    doc, _ = _parse(merged, repair=False)
    content, row = await _split_checked(
        db=db, actor=actor, workspace_id=typebot.workspace_id, doc=doc
    )
    loaded_at = typebot.updated_at
    # Strictly later than the version replaced, so a copy loaded before this write is stale.
    updated_at = max(utcnow(), loaded_at + timedelta(milliseconds=1))
    # Conditional on the version read above: a concurrent update that committed in between
    # makes this one match no row instead of silently overwriting it.
    try:
        result = await db.execute(
            update(Typebot)
            .where(Typebot.id == typebot.id, Typebot.updated_at == loaded_at)
            .values(content=content, updated_at=updated_at, **row)
            .execution_options(synchronize_session=False)
        )
    except IntegrityError as exc:
        await db.rollback()
        raise _clash(exc) from None
    if getattr(result, "rowcount", 0) != 1:
        await db.rollback()
        raise ConflictError("updatedAt: the bot was changed by someone else meanwhile; reload it")
    _audit(db, actor, typebot, "update", fields=sorted(changes))
    await _commit(db)
    await db.refresh(typebot)
    return typebot


async def do_delete_typebot(
    *, db: AsyncSession, files: FileStorage, actor: User, typebot: Typebot
) -> None:
    """Delete a bot with its versions and results, and the files uploaded for its results."""
    await do_delete_results(db=db, files=files, typebot_id=typebot.id, result_ids=None)
    _audit(db, actor, typebot, "delete")
    await db.delete(typebot)
    await db.commit()


async def do_publish_typebot(
    *, db: AsyncSession, actor: User, typebot: Typebot
) -> PublishedVersion:
    """Publish the draft as a new immutable version, numbered after the last one; a bot whose
    start leads nowhere is refused, as its chats would silently show nothing."""
    problem = dead_start(typebot.content)
    if problem is not None:
        raise InvalidInputError(f"Cannot publish: {problem}", [problem])
    version = await _add_version(db, actor, typebot, typebot.content)
    if not typebot.public_id:
        typebot.public_id = new_public_id(typebot.name)
    _audit(db, actor, typebot, "publish", version=version.number)
    await _commit(db)
    return version


async def _add_version(
    db: AsyncSession, actor: User, typebot: Typebot, content: dict[str, Any]
) -> PublishedVersion:
    """Make ``content`` the live version, numbered after the last one (not committed)."""
    last = await db.scalar(
        select(func.max(PublishedVersion.number)).where(PublishedVersion.typebot_id == typebot.id)
    )
    version = PublishedVersion(
        typebot_id=typebot.id,
        number=(last or 0) + 1,
        name=typebot.name,
        content=content,
        published_by_id=actor.id,
    )
    db.add(version)
    await db.flush()
    typebot.published_version_id = version.id
    return version


async def do_set_http_block_url(
    *, db: AsyncSession, actor: User, typebot: Typebot, block_id: str, url: str | None
) -> None:
    """Point an HTTP request block (Zapier, Make.com, Pabbly, Webhook) at ``url``, or clear it:
    what those platforms do when a user turns a connection on or off.

    The draft changes, and so does the live bot if it has the block, as a new version made from
    the live one (not from the draft, whose other changes stay unpublished): the connection
    works at once, without the owner publishing.
    """
    draft = with_block_url(typebot.content, block_id, url)
    if draft is None:
        raise NotFoundError("HTTP request block not found")
    typebot.content = draft
    typebot.updated_at = max(utcnow(), typebot.updated_at + timedelta(milliseconds=1))
    details: dict[str, object] = {"blockId": block_id, "subscribed": url is not None}
    if typebot.published_version_id is not None:
        live = await db.get(PublishedVersion, typebot.published_version_id)
        published = with_block_url(live.content, block_id, url) if live is not None else None
        if published is not None:
            version = await _add_version(db, actor, typebot, published)
            details["version"] = version.number
    _audit(db, actor, typebot, "webhook.subscribe" if url else "webhook.unsubscribe", **details)
    await _commit(db)


async def do_unpublish_typebot(*, db: AsyncSession, actor: User, typebot: Typebot) -> None:
    """Take the bot offline; its published versions stay, for history and republishing."""
    if typebot.published_version_id is None:
        raise NotFoundError("Typebot is not published")
    typebot.published_version_id = None
    _audit(db, actor, typebot, "unpublish")
    await db.commit()
