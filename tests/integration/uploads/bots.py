"""Bots for the upload tests: the file-upload fixture, and small hand-made ones."""

from typing import Any

from tests.support.bots import text_block, two_group_bot
from tests.support.fixtures import fixture_bot


def json_files_bot() -> dict[str, Any]:
    """Several files, ``.json`` only, saved in ``Files``."""
    return fixture_bot("file-upload")


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
