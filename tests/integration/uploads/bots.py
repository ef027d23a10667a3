"""Bots for the upload tests: Typebot's own file upload bot, and small hand-made ones."""

import json
from typing import Any

from tests.conftest import COMPAT
from tests.support.bots import text_block, two_group_bot


def typebot_file_upload_bot() -> dict[str, Any]:
    """Typebot's viewer test bot: several files, ``.json`` only, saved in ``Files``."""
    path = COMPAT / "typebots" / "viewer" / "fileUpload.json"
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def one_input_bot(block: dict[str, Any]) -> dict[str, Any]:
    """Asks ``block`` (saving into ``Answer``), then thanks with the answer."""
    return two_group_bot(
        "One input",
        [{"id": "vanswer", "name": "Answer"}, {"id": "vfiles", "name": "Files"}],
        first=("Ask", [text_block("b1", "Send it"), {**block, "id": "b2", "outgoingEdgeId": "e1"}]),
        second=("Thanks", [text_block("b3", "Got {{Answer}} and {{Files}}")]),
        theme={"general": {"font": {"type": "Custom"}}},
    )


def any_file_bot() -> dict[str, Any]:
    """A file input taking one file of any type."""
    return one_input_bot({"type": "file input", "options": {"variableId": "vanswer"}})


def attachments_bot() -> dict[str, Any]:
    """A text input that takes attached files (their URLs go to ``Files``)."""
    options = {
        "variableId": "vanswer",
        "attachments": {"isEnabled": True, "saveVariableId": "vfiles"},
    }
    return one_input_bot({"type": "text input", "options": options})
