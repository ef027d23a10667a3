"""``botloom results ...``: maintenance of chat results from the command line."""

import asyncio

import click

from botloom.domain.results.retention import PurgeReport, purge_expired_results
from botloom.settings import get_settings
from botloom.store.db import create_engine
from botloom.store.files.factory import file_storage_from_settings
from botloom.store.migrate import upgrade


@click.group()
def results() -> None:
    """Chat results."""


@results.command("purge")
def purge() -> None:
    """Delete results older than their workspace's retention (settings.resultsRetentionDays)."""
    settings = get_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    url = settings.resolved_database_url
    upgrade(url)

    async def main() -> PurgeReport:
        engine = create_engine(url)
        try:
            return await purge_expired_results(
                engine=engine, files=file_storage_from_settings(settings)
            )
        finally:
            await engine.dispose()

    report = asyncio.run(main())
    for workspace_id, deleted in report.deleted.items():
        click.echo(f"{workspace_id}: {deleted} results deleted")
    click.echo(f"{report.total} results deleted in all")
