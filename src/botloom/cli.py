"""The ``botloom`` command: serve, migrate, import, export, token."""

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

import click
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.cli_credentials import credentials
from botloom.cli_results import results
from botloom.cli_support import run_with_db
from botloom.domain.auth.actions import do_create_api_token, get_or_create_user
from botloom.domain.bots.actions import do_import_typebot, do_publish_typebot
from botloom.domain.bots.documents import typebot_document
from botloom.domain.workspaces.actions import do_create_workspace, get_or_create_default_workspace
from botloom.settings import get_settings
from botloom.store.migrate import upgrade
from botloom.store.models import Typebot, User, Workspace

DEFAULT_ADMIN_EMAIL = "admin@botloom.local"


@click.group()
def main() -> None:
    """Botloom: build chatbots, run them, read their results."""


@main.command()
@click.option("--host", default=None, help="Interface to listen on [BOTLOOM_HOST, 127.0.0.1]")
@click.option("--port", type=int, default=None, help="Port [BOTLOOM_PORT, 8000]")
@click.option("--workers", type=int, default=1, show_default=True, help="Worker processes")
def serve(host: str | None, port: int | None, workers: int) -> None:
    """Apply migrations, then serve the app."""
    import uvicorn

    settings = get_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    upgrade(settings.resolved_database_url)
    uvicorn.run(
        "botloom.api.app:create_app",
        factory=True,
        host=host or settings.host,
        port=port or settings.port,
        workers=workers,
        timeout_graceful_shutdown=5,
    )


@main.command()
def migrate() -> None:
    """Bring the database schema up to date."""
    settings = get_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    upgrade(settings.resolved_database_url)
    click.echo("Database is up to date.")


async def _admin(db: AsyncSession) -> User:
    return await get_or_create_user(db=db, email=DEFAULT_ADMIN_EMAIL)


async def _workspace(db: AsyncSession, user: User, name_or_id: str | None) -> Workspace:
    if name_or_id is None:
        return await get_or_create_default_workspace(db=db, actor=user)
    workspace = await db.get(Workspace, name_or_id) or await db.scalar(
        select(Workspace).where(Workspace.name == name_or_id).limit(1)
    )
    if workspace is None:
        workspace = await do_create_workspace(db=db, actor=user, name=name_or_id)
    return workspace


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise click.ClickException(f"{path}: cannot read JSON ({exc})") from None


@main.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--id", "typebot_id", help="Bot id to create or replace (one file only)")
@click.option("--public-id", help="Public id of the bot's page and chat API (one file only)")
@click.option("--publish", is_flag=True, help="Publish after importing")
@click.option("--workspace", help="Workspace id or name (created if new); default: the first")
def import_(
    files: tuple[Path, ...],
    typebot_id: str | None,
    public_id: str | None,
    publish: bool,
    workspace: str | None,
) -> None:
    """Import Typebot or Botloom JSON files; prints each bot's id."""
    if len(files) > 1 and (typebot_id or public_id):
        raise click.UsageError("--id and --public-id need exactly one file")
    documents = [(path, _read_json(path)) for path in files]

    async def work(db: AsyncSession) -> None:
        user = await _admin(db)
        target = await _workspace(db, user, workspace)
        for path, raw in documents:
            outcome = await do_import_typebot(
                db=db,
                actor=user,
                workspace_id=target.id,
                raw=raw,
                typebot_id=typebot_id or (raw.get("id") if isinstance(raw, dict) else None),
                public_id=public_id,
                keep_location=True,
            )
            for warning in outcome.warnings:
                click.echo(f"{path}: repaired {warning}", err=True)
            if publish:
                await do_publish_typebot(db=db, actor=user, typebot=outcome.typebot)
            click.echo(outcome.typebot.id)

    run_with_db(work)


@main.command()
@click.argument("typebot_id")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File")
def export(typebot_id: str, output: Path | None) -> None:
    """Export a bot's draft as Typebot 6.1 JSON."""

    async def work(db: AsyncSession) -> dict[str, Any]:
        typebot = await db.get(Typebot, typebot_id)
        if typebot is None:
            raise click.ClickException(f"No bot with id {typebot_id}")
        return typebot_document(typebot)

    text = json.dumps(run_with_db(work), indent=2, ensure_ascii=False) + "\n"
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


@main.command("test")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def test_(paths: tuple[Path, ...]) -> None:
    """Replay scenario files (or folders of them) against their bots; exit 1 on a failure."""
    from botloom.scenarios.local import run_locally, scenario_files

    files = scenario_files(paths)
    if not files:
        raise click.UsageError("no scenario files found")
    results = asyncio.run(run_locally(files))
    for result in results:
        mark = "PASS" if result.passed else "FAIL"
        click.echo(f"{mark}  {result.path}  {result.title}")
        for failure in result.failures:
            click.echo(f"      {failure}")
    failed = sum(not r.passed for r in results)
    click.echo(f"{len(results) - failed} passed, {failed} failed")
    if failed:
        sys.exit(1)


@main.group()
def token() -> None:
    """API tokens."""


@token.command("create")
@click.option("--email", required=True, help="The user the token acts as (created if new)")
@click.option("--name", default="CLI", show_default=True, help="A label for the token")
def token_create(email: str, name: str) -> None:
    """Print a new API token (it is not stored in clear, so keep it)."""

    async def work(db: AsyncSession) -> str:
        user = await get_or_create_user(db=db, email=email)
        await get_or_create_default_workspace(db=db, actor=user)
        return await do_create_api_token(db=db, user=user, name=name)

    click.echo(run_with_db(work))


main.add_command(results)
main.add_command(credentials)
