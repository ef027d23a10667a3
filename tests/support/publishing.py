"""Publishing bots for chat tests, through the domain's own actions."""

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.bots.actions import do_import_typebot, do_publish_typebot
from botloom.scenarios.runner import PublishBot
from tests.support.factories import Member


def publisher(db: AsyncSession, member: Member) -> PublishBot:
    """Import and publish into ``member``'s workspace under the given public id (and id)."""

    async def publish(document: dict[str, Any], public_id: str, typebot_id: str | None) -> None:
        outcome = await do_import_typebot(
            db=db,
            actor=member.user,
            workspace_id=member.workspace.id,
            raw=document,
            typebot_id=typebot_id,
            public_id=public_id,
        )
        await do_publish_typebot(db=db, actor=member.user, typebot=outcome.typebot)

    return publish
