"""``botloom credentials``: maintenance of the encrypted integration credentials."""

import click
from sqlalchemy.ext.asyncio import AsyncSession

from botloom.cli_support import run_with_db
from botloom.domain.credentials.rotation import Rotation, rotate_secret


@click.group()
def credentials() -> None:
    """Integration credentials."""


@credentials.command("rotate-key")
@click.option(
    "--old-secret",
    envvar="BOTLOOM_ENCRYPTION_SECRET",
    required=True,
    help="The secret the credentials are encrypted with now [BOTLOOM_ENCRYPTION_SECRET]",
)
@click.option(
    "--new-secret",
    envvar="BOTLOOM_NEW_ENCRYPTION_SECRET",
    required=True,
    help="The secret to encrypt them with (32 characters) [BOTLOOM_NEW_ENCRYPTION_SECRET]",
)
def rotate_key(old_secret: str, new_secret: str) -> None:
    """Re-encrypt every credentials row with a new secret, in one transaction; then set
    BOTLOOM_ENCRYPTION_SECRET to the new secret and restart the server."""

    async def work(db: AsyncSession) -> Rotation:
        return await rotate_secret(db=db, old_secret=old_secret, new_secret=new_secret)

    done = run_with_db(work)
    click.echo(f"{done.rotated} credentials re-encrypted, {done.already_rotated} already were")
