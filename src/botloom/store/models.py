"""Tables. One set of models for SQLite and PostgreSQL; Alembic migrations are generated from it.

The bot document is stored as JSON (``content``): the graph is always read and written whole.
Published versions are immutable rows, numbered per bot, so chat sessions can point at one by id.
"""

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from botloom.ids import new_id
from botloom.store.types import JsonType, UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with a naming convention, so migrations name constraints the same way
    on SQLite and PostgreSQL."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JsonType, list[Any]: JsonType, datetime: UTCDateTime}


def _id_column() -> Mapped[str]:
    return mapped_column(String(64), primary_key=True, default=new_id)


def _created_at() -> Mapped[datetime]:
    return mapped_column(default=utcnow)


class WorkspaceRole(StrEnum):
    """What a member may do: admins manage the workspace, members edit bots, guests read."""

    ADMIN = "ADMIN"
    MEMBER = "MEMBER"
    GUEST = "GUEST"


class User(Base):
    """A person who signs in to the builder or calls the management API."""

    __tablename__ = "user"

    id: Mapped[str] = _id_column()
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str | None] = mapped_column(String(200))
    image: Mapped[str | None] = mapped_column(String(2000))
    created_at: Mapped[datetime] = _created_at()


class Workspace(Base):
    """Bots, folders, credentials and results belong to a workspace; users are its members."""

    __tablename__ = "workspace"

    id: Mapped[str] = _id_column()
    name: Mapped[str] = mapped_column(String(200))
    icon: Mapped[str | None] = mapped_column(String(2000))
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    is_suspended: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = _created_at()
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class MemberInWorkspace(Base):
    """A user's membership and role in a workspace."""

    __tablename__ = "member_in_workspace"

    user_id: Mapped[str] = mapped_column(
        ForeignKey("user.id", ondelete="CASCADE"), primary_key=True
    )
    workspace_id: Mapped[str] = mapped_column(
        ForeignKey("workspace.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[WorkspaceRole] = mapped_column(
        Enum(WorkspaceRole, native_enum=False, length=16), default=WorkspaceRole.MEMBER
    )
    created_at: Mapped[datetime] = _created_at()


class ApiToken(Base):
    """A bearer token for the management API. Only its SHA-256 is stored."""

    __tablename__ = "api_token"

    id: Mapped[str] = _id_column()
    user_id: Mapped[str] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = _created_at()
    last_used_at: Mapped[datetime | None]


class AuthSession(Base):
    """A signed-in browser. Its cookie holds the session id; only the id's SHA-256 is stored."""

    __tablename__ = "auth_session"

    id: Mapped[str] = _id_column()
    user_id: Mapped[str] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    id_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = _created_at()
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]


class MagicLink(Base):
    """A sign-in link sent by email: single use, short-lived, stored as the token's SHA-256."""

    __tablename__ = "magic_link"

    id: Mapped[str] = _id_column()
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    email: Mapped[str] = mapped_column(String(320), index=True)
    next_path: Mapped[str] = mapped_column(String(2000))
    created_at: Mapped[datetime] = _created_at()
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class SignInFlow(Base):
    """A sign-in with an identity provider under way: what the callback must check (``state``,
    stored as its SHA-256, the PKCE verifier and the OpenID ``nonce``)."""

    __tablename__ = "sign_in_flow"

    id: Mapped[str] = _id_column()
    state_hash: Mapped[str] = mapped_column(String(64), unique=True)
    provider: Mapped[str] = mapped_column(String(64))
    code_verifier: Mapped[str] = mapped_column(String(200))
    nonce: Mapped[str | None] = mapped_column(String(200))
    redirect_uri: Mapped[str] = mapped_column(String(2000))
    next_path: Mapped[str] = mapped_column(String(2000))
    expires_at: Mapped[datetime]


class Folder(Base):
    """A folder of bots; folders nest."""

    __tablename__ = "folder"

    id: Mapped[str] = _id_column()
    name: Mapped[str] = mapped_column(String(200))
    workspace_id: Mapped[str] = mapped_column(
        ForeignKey("workspace.id", ondelete="CASCADE"), index=True
    )
    parent_folder_id: Mapped[str | None] = mapped_column(
        ForeignKey("folder.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = _created_at()
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Typebot(Base):
    """A bot: its draft (``content``) and where it lives; ``published_version_id`` is live."""

    __tablename__ = "typebot"

    id: Mapped[str] = _id_column()
    workspace_id: Mapped[str] = mapped_column(
        ForeignKey("workspace.id", ondelete="CASCADE"), index=True
    )
    folder_id: Mapped[str | None] = mapped_column(
        ForeignKey("folder.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(500))
    icon: Mapped[str | None] = mapped_column(String(2000))
    public_id: Mapped[str | None] = mapped_column(String(200), unique=True)
    custom_domain: Mapped[str | None] = mapped_column(String(500), unique=True)
    content: Mapped[dict[str, Any]]
    results_table_preferences: Mapped[dict[str, Any] | None]
    selected_theme_template_id: Mapped[str | None] = mapped_column(String(64))
    whatsapp_credentials_id: Mapped[str | None] = mapped_column(String(64))
    risk_level: Mapped[float | None] = mapped_column(Float)
    is_archived: Mapped[bool] = mapped_column(Boolean, default=False)
    is_closed: Mapped[bool] = mapped_column(Boolean, default=False)
    published_version_id: Mapped[str | None] = mapped_column(
        ForeignKey("published_version.id", ondelete="SET NULL", use_alter=True)
    )
    created_at: Mapped[datetime] = _created_at()
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class PublishedVersion(Base):
    """One publish of a bot: an immutable copy of the draft, numbered 1, 2, 3... per bot."""

    __tablename__ = "published_version"
    __table_args__ = (UniqueConstraint("typebot_id", "number"),)

    id: Mapped[str] = _id_column()
    typebot_id: Mapped[str] = mapped_column(ForeignKey("typebot.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(500))
    content: Mapped[dict[str, Any]]
    published_by_id: Mapped[str | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = _created_at()


class Result(Base):
    """One visitor's run through a bot: created at startChat (a view), updated each turn."""

    __tablename__ = "result"
    __table_args__ = (
        Index("ix_result_typebot_created", "typebot_id", "created_at", "id"),
        Index("ix_result_typebot_started", "typebot_id", "has_started", "is_archived"),
        # Pages of the results table (keyset on created_at, id), and the results of a period
        # (stats, analytics), read from the index alone.
        Index(
            "ix_result_typebot_listing",
            "typebot_id",
            "is_archived",
            "has_started",
            "created_at",
            "id",
        ),
        Index(
            "ix_result_typebot_stats",
            "typebot_id",
            "is_archived",
            "created_at",
            "has_started",
            "is_completed",
            "id",
        ),
        # Where a period's unfinished chats wait (drop-offs), read from the index alone.
        Index(
            "ix_result_typebot_waiting",
            "typebot_id",
            "is_archived",
            "is_completed",
            "created_at",
            "waiting_block_id",
        ),
    )

    id: Mapped[str] = _id_column()
    typebot_id: Mapped[str] = mapped_column(ForeignKey("typebot.id", ondelete="CASCADE"))
    variables: Mapped[list[Any]] = mapped_column(default=list)
    is_completed: Mapped[bool] = mapped_column(Boolean, default=False)
    has_started: Mapped[bool] = mapped_column(Boolean, default=False)
    is_archived: Mapped[bool] = mapped_column(Boolean, default=False)
    last_chat_session_id: Mapped[str | None] = mapped_column(String(200))
    waiting_block_id: Mapped[str | None] = mapped_column(String(64))
    """The block the result's chat waits at after its last turn (``None`` once it ended)."""
    created_at: Mapped[datetime] = _created_at()
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class ResultStatsBucket(Base):
    """Views, starts and completions of a bot's results created in one quarter-hour (UTC).

    Kept by triggers on ``result`` (migration 0003), in the same transaction as the change:
    the stats of a period sum a few rows per day instead of counting every result, and every
    time zone's midnight falls on a quarter-hour of UTC.
    """

    __tablename__ = "result_stats_bucket"

    typebot_id: Mapped[str] = mapped_column(
        ForeignKey("typebot.id", ondelete="CASCADE"), primary_key=True
    )
    bucket_start: Mapped[datetime] = mapped_column(primary_key=True)
    views: Mapped[int] = mapped_column(Integer, default=0)
    starts: Mapped[int] = mapped_column(Integer, default=0)
    completed: Mapped[int] = mapped_column(Integer, default=0)


class PathKind(StrEnum):
    """What a ``result_path_bucket`` row counts."""

    ANSWER = "answer"
    """Answers to an input block, and the results that answered it."""
    EDGE = "edge"
    """Times an off-default edge was taken, and the results that took it."""


class ResultPathBucket(Base):
    """Where a bot's results created in one quarter-hour (UTC) went: answers per block and
    edges taken (the in-depth analytics and the drop-off overlay).

    Kept by triggers on ``result``, ``answer`` and ``visited_edge`` (migration 0010), in the
    writer's transaction, like ``result_stats_bucket``: the analytics of any period sum a few
    rows per quarter-hour instead of reading every answer. Answers and edges leave only with
    their result (a delete, or archiving it), which the triggers on ``result`` account for.
    """

    __tablename__ = "result_path_bucket"
    __table_args__ = {"sqlite_with_rowid": False}

    typebot_id: Mapped[str] = mapped_column(
        ForeignKey("typebot.id", ondelete="CASCADE"), primary_key=True
    )
    bucket_start: Mapped[datetime] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    """The block (answers) or the edge."""
    total: Mapped[int] = mapped_column(Integer, default=0)
    """Answers, or times the edge was taken."""
    results: Mapped[int] = mapped_column(Integer, default=0)
    """Distinct results among ``total``."""
    shard: Mapped[int] = mapped_column(SmallInteger, primary_key=True, server_default=text("0"))
    """Which connections wrote the row (PostgreSQL; 0 on SQLite): reads add the shards up."""


class ResultPathDay(Base):
    """``result_path_bucket`` summed per UTC day, kept from it by a trigger (migration 0010):
    the whole days of a long window read one row per day instead of 96."""

    __tablename__ = "result_path_day"
    __table_args__ = {"sqlite_with_rowid": False}

    typebot_id: Mapped[str] = mapped_column(
        ForeignKey("typebot.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[datetime] = mapped_column(primary_key=True)
    """Midnight UTC."""
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    total: Mapped[int] = mapped_column(Integer, default=0)
    results: Mapped[int] = mapped_column(Integer, default=0)
    shard: Mapped[int] = mapped_column(SmallInteger, primary_key=True, server_default=text("0"))


class Answer(Base):
    """A reply to an input block; a block answered twice (loops) has two rows."""

    __tablename__ = "answer"
    __table_args__ = (
        Index("ix_answer_result_created", "result_id", "created_at"),
        # Answers per block of a bot's results, read from the index alone.
        Index("ix_answer_result_block", "result_id", "block_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    result_id: Mapped[str] = mapped_column(ForeignKey("result.id", ondelete="CASCADE"))
    block_id: Mapped[str] = mapped_column(String(64), index=True)
    content: Mapped[str] = mapped_column(Text)
    attached_file_urls: Mapped[list[Any] | None]
    created_at: Mapped[datetime] = _created_at()


class Log(Base):
    """Something a result's run wants its owner to see, mostly integration errors."""

    __tablename__ = "log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    result_id: Mapped[str] = mapped_column(ForeignKey("result.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(32), default="error")
    description: Mapped[str] = mapped_column(Text)
    details: Mapped[str | None] = mapped_column(Text)
    context: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = _created_at()


class VisitedEdge(Base):
    """An off-default edge a result took, in order; feeds transcripts and path analytics."""

    __tablename__ = "visited_edge"
    # Edges taken by a bot's results, read from the index alone.
    __table_args__ = (Index("ix_visited_edge_result_edge", "result_id", "edge_id"),)

    result_id: Mapped[str] = mapped_column(
        ForeignKey("result.id", ondelete="CASCADE"), primary_key=True
    )
    index: Mapped[int] = mapped_column(Integer, primary_key=True)
    edge_id: Mapped[str] = mapped_column(String(200), index=True)


class SetVariableHistoryItem(Base):
    """A variable value set during a run, kept where transcripts need to replay it."""

    __tablename__ = "set_variable_history_item"

    result_id: Mapped[str] = mapped_column(
        ForeignKey("result.id", ondelete="CASCADE"), primary_key=True
    )
    index: Mapped[int] = mapped_column(Integer, primary_key=True)
    variable_id: Mapped[str] = mapped_column(String(64))
    block_id: Mapped[str] = mapped_column(String(64))
    block_index: Mapped[int | None] = mapped_column(Integer)
    value: Mapped[Any] = mapped_column(JsonType)


class ChatSession(Base):
    """A conversation in progress: a compact state that points at a published version."""

    __tablename__ = "chat_session"

    id: Mapped[str] = mapped_column(String(200), primary_key=True, default=new_id)
    state: Mapped[dict[str, Any]]
    turn: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """Bumped by every turn: a write conditional on it keeps turns of one session in order."""
    created_at: Mapped[datetime] = _created_at()
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class Credentials(Base):
    """Secrets of an integration (AES-256-GCM; Typebot's format), per workspace."""

    __tablename__ = "credentials"

    id: Mapped[str] = _id_column()
    workspace_id: Mapped[str] = mapped_column(
        ForeignKey("workspace.id", ondelete="CASCADE"), index=True
    )
    type: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    data: Mapped[str] = mapped_column(Text)
    iv: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = _created_at()


class CustomDomain(Base):
    """A host name a workspace serves its bots on, once its DNS proves the workspace owns it."""

    __tablename__ = "custom_domain"

    name: Mapped[str] = mapped_column(String(253), primary_key=True)
    workspace_id: Mapped[str] = mapped_column(
        ForeignKey("workspace.id", ondelete="CASCADE"), index=True
    )
    verification_token: Mapped[str] = mapped_column(String(64))
    verified_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = _created_at()


class ThemeTemplate(Base):
    """A theme saved in a workspace to apply to its bots (Typebot's workspace theme)."""

    __tablename__ = "theme_template"

    id: Mapped[str] = _id_column()
    workspace_id: Mapped[str] = mapped_column(
        ForeignKey("workspace.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    theme: Mapped[dict[str, Any]]
    created_at: Mapped[datetime] = _created_at()
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class CollaborationType(StrEnum):
    """What a collaborator (Typebot's guest) may do with one bot."""

    READ = "READ"
    WRITE = "WRITE"


class CollaboratorOnTypebot(Base):
    """A user given read or write access to one bot (a guest of its workspace)."""

    __tablename__ = "collaborator_on_typebot"

    typebot_id: Mapped[str] = mapped_column(
        ForeignKey("typebot.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[str] = mapped_column(
        ForeignKey("user.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    type: Mapped[CollaborationType] = mapped_column(
        Enum(CollaborationType, native_enum=False, length=16)
    )
    created_at: Mapped[datetime] = _created_at()
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class WorkspaceInvitation(Base):
    """An email invited into a workspace before its user exists; accepted when they sign up."""

    __tablename__ = "workspace_invitation"
    __table_args__ = (UniqueConstraint("workspace_id", "email"),)

    id: Mapped[str] = _id_column()
    workspace_id: Mapped[str] = mapped_column(
        ForeignKey("workspace.id", ondelete="CASCADE"), index=True
    )
    email: Mapped[str] = mapped_column(String(320), index=True)
    role: Mapped[WorkspaceRole] = mapped_column(Enum(WorkspaceRole, native_enum=False, length=16))
    invited_by_id: Mapped[str | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = _created_at()
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class AuditEvent(Base):
    """Who did what to which thing of a workspace, and when; written with the change itself.

    ``workspace_id`` is no foreign key, so that the record of a workspace's deletion outlives it.
    """

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_workspace_id_id", "workspace_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workspace_id: Mapped[str] = mapped_column(String(64))
    actor_id: Mapped[str | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    actor_email: Mapped[str | None] = mapped_column(String(320))
    action: Mapped[str] = mapped_column(String(64))
    target_type: Mapped[str] = mapped_column(String(32))
    target_id: Mapped[str | None] = mapped_column(String(200))
    details: Mapped[dict[str, Any] | None]
    created_at: Mapped[datetime] = _created_at()
