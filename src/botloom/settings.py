"""Runtime settings, read from ``BOTLOOM_*`` environment variables."""

import os
from functools import lru_cache
from ipaddress import IPv4Network, IPv6Network
from pathlib import Path
from typing import Annotated

import limits
from pydantic import AfterValidator, Field, IPvAnyNetwork
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url


def default_data_dir() -> Path:
    """The user's own data folder, wherever a command is run from (so ``botloom import`` and
    ``botloom serve`` started in different folders share one database): ``$XDG_DATA_HOME/
    botloom``, or ``~/.local/share/botloom`` as the XDG base directory spec says."""
    xdg = os.environ.get("XDG_DATA_HOME", "")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
    return base / "botloom"


_LOCAL_FOR_WILDCARD = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}  # noqa: S104
"""A server listening on every interface is reached locally on loopback."""


def _check_rate_limit(value: str) -> str:
    """A limit as ``limits.parse`` reads it (``60/minute``, ``5 per 15 minutes``), or ``""``."""
    if value.strip():
        try:
            limits.parse(value)
        except ValueError as exc:
            raise ValueError(
                f'not a rate limit like "60/minute" or "5/15 minutes": {exc}'
            ) from None
    return value.strip()


RateLimitText = Annotated[str, AfterValidator(_check_rate_limit)]
"""A rate limit setting: ``N/period`` (``60/minute``, ``20/hour``); empty turns it off."""


LOOPBACK_NETWORKS: tuple[IPv4Network | IPv6Network, ...] = (
    IPv4Network("127.0.0.1/32"),
    IPv6Network("::1/128"),
)
"""Trusted as proxies by default: a proxy on the same host, as uvicorn trusts by default."""

REDIS_URL_SCHEMES = ("redis://", "rediss://", "unix://")


def _check_redis_url(value: str | None) -> str | None:
    """``redis://``, ``rediss://`` (TLS) or ``unix://`` (a socket path), or none."""
    if value and not value.startswith(REDIS_URL_SCHEMES):
        raise ValueError(f"must start with {', '.join(REDIS_URL_SCHEMES)}")
    return value or None


class Settings(BaseSettings):
    """Everything an operator can set. Embedded mode needs none of it."""

    model_config = SettingsConfigDict(env_prefix="BOTLOOM_", extra="ignore")

    data_dir: Path = Field(
        default_factory=default_data_dir,
        description="Where embedded data lives (made on first use)",
    )
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL; postgresql://... for production, SQLite in data_dir if unset",
    )
    host: str = "127.0.0.1"
    port: int = 8000
    cors_origins: list[str] = Field(
        default_factory=list, description="Origins allowed to call the management API"
    )
    # Integration credentials and the send email block's default SMTP server.
    encryption_secret: str | None = Field(
        default=None,
        description="32 characters that encrypt integration credentials (as ENCRYPTION_SECRET)",
    )
    smtp_host: str | None = Field(default=None, description="Default SMTP server for emails")
    smtp_port: int = 587
    smtp_username: str | None = None
    smtp_password: str | None = None
    smtp_from: str | None = Field(default=None, description='Sender, e.g. "Bot <bot@example.com>"')
    smtp_secure: bool = Field(
        default=False, description="Implicit TLS (port 465) rather than STARTTLS"
    )
    # Request bodies: refused with 413 past these sizes, before they are parsed.
    request_max_bytes: int = Field(
        default=1024 * 1024,
        gt=0,
        description="Largest request body of the chat and management APIs, in bytes",
    )
    import_max_bytes: int = Field(
        default=20 * 1024 * 1024,
        gt=0,
        description="Largest bot document a create, import or update may send, in bytes",
    )
    request_body_timeout_seconds: float = Field(
        default=30,
        gt=0,
        description="Seconds a client may take to send a request body (uploads: between two "
        "pieces of it); a slower one gets 408",
    )
    # Results retention: how often the server purges results past their workspace's limit.
    retention_interval_seconds: float = Field(
        default=3600, ge=0, description="Seconds between purges of old results; 0 disables"
    )
    # HTTP requests of bots (HTTP request block, fetch in scripts): the SSRF guard's allow-list.
    http_allowed_hosts: list[str] = Field(
        default_factory=list,
        description="Private hosts bots may reach: names, *.suffix, IPs or CIDRs (JSON list)",
    )
    # JavaScript of bots (set-variable code, inline code, scripts): worker processes and caps.
    # Each sandbox holds its place for the whole turn, so when every place is taken, for example
    # by a burst of scripts that use their full 10 s, other chats' JavaScript waits up to 10 s
    # for a place. More places serve more chats at once but need more worker memory.
    js_workers: int = Field(default=2, gt=0, description="JavaScript worker processes")
    js_isolates_per_worker: int = Field(
        default=8,
        gt=0,
        description="Sandboxes (V8 isolates, up to 64 MB heap each) one worker runs at once; "
        "more wait for a place. Raise js_worker_memory_mb with it (about 130 MB per isolate)",
    )
    js_worker_memory_mb: int = Field(
        default=2048,
        ge=512,
        description="Data memory cap of one worker process in MB: V8 itself, every isolate's "
        "heap and the array buffers scripts make",
    )
    js_message_max_bytes: int = Field(
        default=8 * 2**20,
        ge=2**16,
        description="Longest message to or from a worker, as JSON: a script with its "
        "variables, its result and setVariable values, a fetch response. A script whose "
        "message would be longer fails with an error",
    )
    js_fetch_max_bytes: int = Field(
        default=4 * 2**20,
        gt=0,
        description="Response bytes the fetch calls of one chat turn's scripts may read in all",
    )
    # AI blocks and Google Sheets: time limits and API endpoints.
    llm_timeout_seconds: float = Field(
        default=120,
        gt=0,
        description="Seconds an AI provider may take to answer (or between two streamed pieces)",
    )
    google_sheets_api_base: str = Field(
        default="https://sheets.googleapis.com", description="Google Sheets API base URL"
    )
    google_oauth_token_url: str = Field(
        default="https://oauth2.googleapis.com/token",
        description="Where Google Sheets access tokens are obtained and refreshed",
    )
    google_oauth_authorize_url: str = Field(
        default="https://accounts.google.com/o/oauth2/v2/auth",
        description="Google's consent screen, where a workspace admin connects Google Sheets",
    )
    google_client_id: str | None = Field(default=None, description="Google OAuth client id")
    stripe_api_base: str = Field(
        default="https://api.stripe.com",
        description="Stripe API base URL (the payment input's PaymentIntents)",
    )
    google_client_secret: str | None = Field(default=None, description="Google OAuth client secret")
    # File uploads of the chat (file input, text input attachments), stored in data_dir/files.
    upload_max_bytes: int = Field(
        default=10 * 1024 * 1024, gt=0, description="Largest file a visitor may upload, in bytes"
    )
    upload_url_ttl_seconds: int = Field(
        default=600, gt=0, description="Seconds an upload URL stays valid"
    )
    upload_signing_secret: str | None = Field(
        default=None,
        min_length=32,
        description="Signs upload URLs; a secret made and kept in data_dir if unset (set it "
        "when several hosts serve one install)",
    )
    files_base_url: str | None = Field(
        default=None,
        description="Public URL of this server for upload and file URLs (behind a proxy); "
        "the request's own URL if unset",
    )
    s3_bucket: str | None = Field(
        default=None, description="Keep uploads in this S3-compatible bucket, not on disk"
    )
    s3_endpoint: str = Field(
        default="https://s3.amazonaws.com", description="The S3-compatible server's URL"
    )
    s3_region: str = "us-east-1"
    s3_access_key: str | None = None
    s3_secret_key: str | None = None
    s3_public_url: str | None = Field(
        default=None,
        description="Base URL files are read from (CDN, custom domain); the bucket's if unset",
    )
    # Upload budget of one chat session (H14): bounds what an anonymous visitor can store.
    upload_max_files_per_input: int = Field(
        default=20, gt=0, description="Upload URLs a session gets per visit of an input block"
    )
    upload_session_max_bytes: int = Field(
        default=100 * 1024 * 1024,
        gt=0,
        description="Bytes of upload URLs a chat session gets in all",
    )
    # Sign-in: magic links, identity providers, browser sessions.
    dns_nameservers: list[str] = Field(
        default_factory=list,
        description="DNS servers that custom-domain checks ask, as `ip` or `ip:port` "
        "(JSON list); the system's resolvers if empty",
    )
    public_url: str | None = Field(
        default=None,
        description="Public URL of this server in sign-in links and provider callbacks; "
        "files_base_url, else the request's own URL, if unset",
    )
    disable_signup: bool = Field(
        default=False,
        description="Only existing users, admins and invited emails may sign in",
    )
    admin_emails: list[str] = Field(
        default_factory=list, description="Emails of the instance's admins (JSON list)"
    )
    session_idle_seconds: int = Field(
        default=7 * 24 * 3600,
        gt=0,
        description="A browser session unused this long is over",
    )
    session_max_seconds: int = Field(
        default=30 * 24 * 3600,
        gt=0,
        description="A browser session is over this long after sign-in, used or not",
    )
    github_client_id: str | None = Field(default=None, description="GitHub OAuth app client id")
    github_client_secret: str | None = None
    github_base_url: str = Field(
        default="https://github.com", description="GitHub's web URL (GitHub Enterprise)"
    )
    github_api_url: str = Field(default="https://api.github.com", description="GitHub's API URL")
    google_auth_client_id: str | None = Field(
        default=None, description="Google sign-in OAuth client id"
    )
    google_auth_client_secret: str | None = None
    google_auth_issuer: str = "https://accounts.google.com"
    gitlab_client_id: str | None = Field(default=None, description="GitLab application id")
    gitlab_client_secret: str | None = None
    gitlab_base_url: str = Field(default="https://gitlab.com", description="GitLab's URL")
    microsoft_client_id: str | None = Field(
        default=None, description="Microsoft Entra ID application (client) id"
    )
    microsoft_client_secret: str | None = None
    microsoft_tenant_id: str = Field(
        default="common", description="Entra tenant: an id, a domain, common or organizations"
    )
    microsoft_authority: str = "https://login.microsoftonline.com"
    oidc_issuer: str | None = Field(
        default=None, description="Any OpenID Connect issuer (Keycloak, Authentik, Okta...)"
    )
    oidc_client_id: str | None = None
    oidc_client_secret: str | None = None
    oidc_name: str = Field(default="OpenID Connect", description="The sign-in button's label")
    oidc_scope: str = "openid email profile"
    # Abuse limits (api/rate_limits.py): "N/period" as the limits library reads it, "" for none.
    # The defaults sit far above what a person does (answers typed by hand, a page reloaded),
    # and leave room for many visitors behind one address (an office, a mobile carrier's NAT).
    rate_limits_enabled: bool = Field(
        default=True, description="Apply the rate limits below; false turns them all off"
    )
    rate_limit_start_chat_per_ip: RateLimitText = Field(
        default="120/minute", description="startChat calls one client address may make"
    )
    rate_limit_continue_chat_per_ip: RateLimitText = Field(
        default="600/minute", description="continueChat calls one client address may make"
    )
    rate_limit_continue_chat_per_session: RateLimitText = Field(
        default="120/minute", description="continueChat calls one chat session may get"
    )
    rate_limit_sign_in_per_email: RateLimitText = Field(
        default="5/15 minutes", description="Sign-in attempts for one email (magic links asked for)"
    )
    rate_limit_sign_in_per_ip: RateLimitText = Field(
        default="30/hour", description="Sign-in attempts one client address may make"
    )
    redis_url: Annotated[str | None, AfterValidator(_check_redis_url)] = Field(
        default=None,
        description="redis://host:port/db where the rate limit counters are kept, shared by "
        "every worker and host; in each process's memory if unset",
    )
    trusted_proxies: list[IPvAnyNetwork] = Field(
        default_factory=lambda: list(LOOPBACK_NETWORKS),
        description="Proxies (IPs or CIDRs, JSON list) whose X-Forwarded-For and "
        "X-Forwarded-Proto name the client; any other peer is the client itself",
    )

    @property
    def resolved_database_url(self) -> str:
        """The async driver URL: SQLite in ``data_dir`` by default, asyncpg for PostgreSQL."""
        url = self.database_url or f"sqlite+aiosqlite:///{self.data_dir / 'botloom.db'}"
        for prefix in ("postgresql://", "postgres://", "postgresql+psycopg://"):
            if url.startswith(prefix):
                return "postgresql+asyncpg://" + url.removeprefix(prefix)
        if url.startswith("sqlite:///"):
            return "sqlite+aiosqlite:///" + url.removeprefix("sqlite:///")
        return url

    @property
    def database_label(self) -> str:
        """The database URL to show people: its password masked, a SQLite path absolute."""
        url = make_url(self.resolved_database_url)
        if url.get_backend_name() == "sqlite" and url.database:
            url = url.set(database=str(Path(url.database).resolve()))
        return url.render_as_string(hide_password=True)

    @property
    def public_base_url(self) -> str:
        """Where people reach this server: ``files_base_url`` when set, else host and port (a
        wildcard host shown as loopback, the address a local browser can open)."""
        if self.files_base_url:
            return self.files_base_url.rstrip("/")
        host = _LOCAL_FOR_WILDCARD.get(self.host, self.host)
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        return f"http://{host}:{self.port}"


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
