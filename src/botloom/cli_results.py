"""``botloom results ...``: maintenance of chat results from the command line."""

import click
from sqlalchemy.ext.asyncio import AsyncEngine

from botloom.cli_support import run_with_engine
from botloom.domain.results.retention import PurgeReport, purge_expired_results
from botloom.settings import get_settings
from botloom.store.files.factory import file_storage_from_settings


@click.group()
def results() -> None:
    """Chat results."""


@results.command("purge")
def purge() -> None:
    """Delete results older than their workspace's retention (settings.resultsRetentionDays)."""

    async def work(engine: AsyncEngine) -> PurgeReport:
        files = file_storage_from_settings(get_settings())
        return await purge_expired_results(engine=engine, files=files)

    report = run_with_engine(work)
    for workspace_id, deleted in report.deleted.items():
        click.echo(f"{workspace_id}: {deleted} results deleted")
    click.echo(f"{report.total} results deleted in all")
