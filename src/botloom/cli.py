"""The ``botloom`` command: serve, migrate, import, export, test, token, openapi."""

import asyncio
import errno
import json
import socket
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import click
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.cli_credentials import credentials
from botloom.cli_results import results
from botloom.cli_support import prepare_database, run_with_db
from botloom.domain.auth.actions import (
    do_create_api_token,
    do_revoke_api_token,
    get_or_create_user,
)
from botloom.domain.auth.queries import list_api_tokens
from botloom.domain.bots.actions import do_import_typebot, do_publish_typebot
from botloom.domain.bots.documents import typebot_document
from botloom.domain.workspaces.actions import do_create_workspace, get_or_create_default_workspace
from botloom.settings import get_settings
from botloom.store.models import ApiToken, Typebot, User, Workspace

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
    host = host or settings.host
    port = port or settings.port
    _check_port_free(host, port)
    prepare_database(settings)
    uvicorn.run(
        "botloom.api.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        timeout_graceful_shutdown=5,
        # The app reads forwarded headers itself, from BOTLOOM_TRUSTED_PROXIES only.
        proxy_headers=False,
    )


def _check_port_free(host: str, port: int) -> None:
    """End the command with advice when another program (often an earlier ``make run``)
    already listens on the port, instead of uvicorn's traceback."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
    except socket.gaierror as exc:
        raise click.ClickException(f"Cannot listen on {host}: {exc.strerror}") from None
    with socket.socket(family, kind, proto) as probe:
        # As uvicorn binds: a port left in TIME_WAIT by a server just stopped is free.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                raise click.ClickException(f"Cannot listen on {host}:{port}: {exc}") from None
            raise click.ClickException(
                f"Port {port} on {host} is already in use (is Botloom already running?). "
                f"Stop that program, or choose another port: BOTLOOM_PORT={port + 1} make run, "
                f"or botloom serve --port {port + 1}"
            ) from None


@main.command()
def migrate() -> None:
    """Bring the database schema up to date."""
    prepare_database(get_settings())
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
    """Import Typebot or Botloom JSON files; prints each bot's id (and, on stderr, what was
    repaired and where published bots are)."""
    if len(files) > 1 and (typebot_id or public_id):
        raise click.UsageError("--id and --public-id need exactly one file")
    documents = [(path, _read_json(path)) for path in files]
    base_url = get_settings().public_base_url

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
            if outcome.dead_start is not None:
                alert = f"WARNING {path}: {outcome.dead_start}"
                click.secho(alert, err=True, fg="red", bold=True)
            click.echo(outcome.typebot.id)
            if publish:
                await do_publish_typebot(db=db, actor=user, typebot=outcome.typebot)
                page = f"{base_url}/{outcome.typebot.public_id}"
                click.echo(f"{path}: published at {page}", err=True)

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
        raise click.UsageError(
            'no scenario files found (a scenario is a *.test.json file, or JSON with a "turns" key)'
        )
    click.echo("Database: a private temporary SQLite database", err=True)
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


@main.command()
def openapi() -> None:
    """Print the app's OpenAPI document (the builder's API client is generated from it)."""
    from botloom.api.app import create_app

    click.echo(json.dumps(create_app().openapi(), indent=2, sort_keys=True, ensure_ascii=False))


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


@token.command("list")
@click.option("--email", required=True, help="The user whose tokens to list")
def token_list(email: str) -> None:
    """List a user's tokens: id, name, created, last used (values are never shown again)."""

    async def work(db: AsyncSession) -> list[ApiToken]:
        return list(await list_api_tokens(db=db, email=email))

    tokens = run_with_db(work)
    if not tokens:
        click.echo(f"{email} has no tokens")
        return
    rows = [("ID", "NAME", "CREATED", "LAST USED")] + [
        (t.id, t.name, _when(t.created_at), _when(t.last_used_at)) for t in tokens
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        padded = [cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=True)]
        click.echo("  ".join([*padded, row[-1]]))


@token.command("revoke")
@click.argument("token_id")
def token_revoke(token_id: str) -> None:
    """Revoke a token by its id (from ``botloom token list``): it stops working at once."""

    async def work(db: AsyncSession) -> None:
        await do_revoke_api_token(db=db, token_id=token_id)

    run_with_db(work)
    click.echo(f"Token {token_id} revoked")


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else "never"
