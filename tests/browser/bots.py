"""Hand-made bots for input types the fixture bots do not chat through (date, time, phone,
long text, multiple choice), and a two-step bot for the embeds."""

from typing import Any

from tests.support.bots import bot_document, group, text_block


def _input(block_id: str, block_type: str, variable_id: str, **options: Any) -> dict[str, Any]:
    return {"id": block_id, "type": block_type, "options": {"variableId": variable_id, **options}}


def _choices(block_id: str, variable_id: str, labels: list[str], **options: Any) -> dict[str, Any]:
    block = _input(block_id, "choice input", variable_id, **options)
    block["items"] = [{"id": f"{block_id}-{i}", "content": label} for i, label in enumerate(labels)]
    return block


def _bot(
    name: str,
    blocks: list[dict[str, Any]],
    variables: list[str],
    theme: dict[str, Any] | None = None,
) -> dict[str, Any]:
    named = [{"id": f"v{variable.lower()}", "name": variable} for variable in variables]
    return bot_document(name, named, [group("g1", "Ask", blocks)], theme=theme)


def more_inputs_bot() -> dict[str, Any]:
    """Long text, a date, a date range, a time, a phone number, then several choices."""
    blocks = [
        text_block("t1", "Tell me your story"),
        _input("i1", "text input", "vstory", isLong=True, labels={"placeholder": "Your story"}),
        text_block("t2", "Which day?"),
        _input("i2", "date input", "vday"),
        text_block("t3", "When are you away?"),
        _input("i3", "date input", "vaway", isRange=True),
        text_block("t4", "At what time?"),
        _input("i4", "time input", "vtime"),
        text_block("t5", "Your phone number?"),
        _input("i5", "phone number input", "vphone", defaultCountryCode="FR"),
        text_block("t6", "Which fruits?"),
        _choices("i6", "vfruits", ["Apple", "Banana", "Cherry"], isMultipleChoice=True),
        text_block(
            "t7",
            "Story: {{Story}} | Day: {{Day}} | Away: {{Away}} | Time: {{Time}} "
            "| Phone: {{Phone}} | Fruits: {{Fruits}}",
        ),
    ]
    return _bot("More inputs", blocks, ["Story", "Day", "Away", "Time", "Phone", "Fruits"])


def greeting_bot(theme: dict[str, Any] | None = None) -> dict[str, Any]:
    """Asks a name and a colour (buttons), then greets: short enough for every embed."""
    blocks = [
        text_block("t1", "Hello! What's your name?"),
        _input("i1", "text input", "vname"),
        text_block("t2", "Pick a colour, {{Name}}"),
        _choices("i2", "vcolour", ["Red", "Blue"]),
        text_block("t3", "{{Colour}} it is, {{Name}}!"),
    ]
    return _bot("Greeting", blocks, ["Name", "Colour"], theme)
