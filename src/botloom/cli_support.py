"""What every ``botloom`` command that touches the database does first: migrate, connect,
and turn a domain error into a plain command-line error."""

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

import click
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from botloom.domain.errors import DomainError
from botloom.settings import Settings, get_settings
from botloom.store.db import create_engine, session_factory
from botloom.store.migrate import upgrade

T = TypeVar("T")


def prepare_database(settings: Settings) -> str:
    """Say which database the command uses (on stderr, as two commands run from different
    places or environments may not use the same one), make the data dir and migrate; the
    database URL."""
    label = settings.database_label
    click.echo(f"Database: {label}", err=True)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    url = settings.resolved_database_url
    try:
        upgrade(url)
    except (OSError, DBAPIError) as exc:
        reason = exc.orig if isinstance(exc, DBAPIError) else exc
        raise click.ClickException(f"Cannot use the database {label}: {reason}") from None
    return url


def run_with_engine(work: Callable[[AsyncEngine], Awaitable[T]]) -> T:
    """Migrate, then run ``work`` with a database engine; domain errors end the command."""
    url = prepare_database(get_settings())

    async def main() -> T:
        engine = create_engine(url)
        try:
            return await work(engine)
        finally:
            await engine.dispose()

    try:
        return asyncio.run(main())
    except DomainError as exc:
        raise click.ClickException(exc.message) from None


def run_with_db(work: Callable[[AsyncSession], Awaitable[T]]) -> T:
    """Migrate, then run ``work`` with a database session; domain errors end the command."""

    async def in_session(engine: AsyncEngine) -> T:
        async with session_factory(engine)() as db:
            return await work(db)

    return run_with_engine(in_session)
