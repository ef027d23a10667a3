"""Shared test helper: a turn context around a small bot, with fixed fake ports."""

import itertools
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from botloom.engine.bot import Bot
from botloom.engine.ports import JsRunner, Ports
from botloom.engine.runtime import TurnContext
from botloom.engine.state import BotFrame, SessionState
from botloom.engine.variables import normalize_value
from botloom.schema.document import TypebotDocument

FIXED_NOW = datetime(2024, 1, 15, 12, 0, tzinfo=UTC)


async def _no_bot(_typebot_id: str) -> Bot | None:
    return None


def make_context(
    document: Mapping[str, Any] | TypebotDocument,
    *,
    variables: Mapping[str, object] | None = None,
    js: JsRunner | None = None,
    now: datetime = FIXED_NOW,
    preview: bool = False,
) -> TurnContext:
    """A turn context running ``document`` (version "v1"), its variables set by name."""
    doc = (
        document
        if isinstance(document, TypebotDocument)
        else TypebotDocument.model_validate(document)
    )
    values = variables or {}
    frame_variables = [
        v.model_copy(update={"value": normalize_value(values[v.name])}) if v.name in values else v
        for v in doc.variables
    ]
    frame = BotFrame(version_id="v1", typebot_id="t1", result_id="r1", variables=frame_variables)
    ids = itertools.count(1)
    ports = Ports(
        load_bot=_no_bot,
        now=lambda: now,
        new_id=lambda: f"id{next(ids)}",
        random=lambda: 0.5,
        js=js,
    )
    state = SessionState(frames=[frame], is_preview=preview)
    bot = Bot(version_id="v1", typebot_id="t1", document=doc)
    return TurnContext(state, {"v1": bot}, ports)
