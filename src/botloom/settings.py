"""Runtime settings, read from ``BOTLOOM_*`` environment variables."""

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything an operator can set. Embedded mode needs none of it."""

    model_config = SettingsConfigDict(env_prefix="BOTLOOM_", extra="ignore")

    data_dir: Path = Field(default=Path(".botloom"), description="Where embedded data lives")
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL; postgresql://... for production, SQLite in data_dir if unset",
    )
    host: str = "127.0.0.1"
    port: int = 8000
    cors_origins: list[str] = Field(
        default_factory=list, description="Origins allowed to call the management API"
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


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
