"""A result's transcript, replayed on the bot's live version (its draft if unpublished)."""

from sqlalchemy.ext.asyncio import AsyncSession

from botloom.domain.chat.bots import BotCache, shown_bot
from botloom.domain.results.queries import get_result, replay_records
from botloom.engine.transcript import TranscriptEntry, compute_transcript
from botloom.store.models import Typebot


async def result_transcript(
    *, db: AsyncSession, cache: BotCache, typebot: Typebot, result_id: str
) -> list[TranscriptEntry]:
    """The conversation of one of the bot's results; ``NotFoundError`` for another bot's."""
    await get_result(db=db, typebot_id=typebot.id, result_id=result_id)
    bot = await shown_bot(db=db, cache=cache, typebot=typebot)
    answers, history, edges = await replay_records(db=db, result_id=result_id)
    return await compute_transcript(bot, answers=answers, history=history, visited_edge_ids=edges)
