"""The walker: paths, inputs, retries, jumps, links, events, bookkeeping (docs/engine.md §5)."""

import itertools
from datetime import UTC, datetime
from typing import Any

import pytest

from botloom.engine.bot import Bot
from botloom.engine.messages import plain_text
from botloom.engine.ports import Ports
from botloom.engine.runtime import Reply
from botloom.engine.testing import GC, edge, group, text
from botloom.engine.walker import (
    MAX_STEPS_PER_TURN,
    EngineError,
    StartOptions,
    TurnOutcome,
    continue_chat,
    start_chat,
)
from botloom.schema.document import TypebotDocument
from botloom.schema.settings import SystemMessages


def ask(
    block_id: str, kind: str = "text input", edge: str | None = None, **options: Any
) -> dict[str, Any]:
    block: dict[str, Any] = {"id": block_id, "type": kind, "options": options}
    return block | ({"outgoingEdgeId": edge} if edge else {})


def bot(
    groups: list[dict[str, Any]],
    edges: list[dict[str, Any]],
    variables: list[str] = (),  # type: ignore[assignment]
    events: list[dict[str, Any]] = (),  # type: ignore[assignment]
    typebot_id: str = "t1",
    version_id: str = "v1",
) -> Bot:
    doc = {
        "version": "6.1",
        "events": [
            {"id": "start", "type": "start", "outgoingEdgeId": "e-start", "graphCoordinates": GC},
            *events,
        ],
        "groups": groups,
        "edges": [edge("e-start", groups[0]["id"]), *edges],
        "variables": [{"id": f"v-{name}", "name": name} for name in variables],
    }
    return Bot(
        version_id=version_id, typebot_id=typebot_id, document=TypebotDocument.model_validate(doc)
    )


def ports(*linked: Bot) -> Ports:
    ids = itertools.count(1)

    async def load_bot(typebot_id: str) -> Bot | None:
        return next((b for b in linked if b.typebot_id == typebot_id), None)

    return Ports(
        load_bot=load_bot,
        now=lambda: datetime(2026, 1, 1, tzinfo=UTC),
        new_id=lambda: f"new{next(ids)}",
        random=lambda: 0.5,
    )


def texts(outcome: TurnOutcome) -> list[str]:
    return [plain_text(m) for m in outcome.messages if m["type"] == "text"]


async def start(b: Bot, *linked: Bot, **options: Any) -> TurnOutcome:
    return await start_chat(b, ports(*linked), StartOptions(result_id="r1", **options))


async def reply(
    outcome: TurnOutcome, b: Bot, message: str | dict[str, Any], *linked: Bot
) -> TurnOutcome:
    bots = {b.version_id: b} | {x.version_id: x for x in linked}
    return await continue_chat(outcome.state, bots, ports(*linked), Reply.from_message(message))


async def test_runs_to_the_first_input_then_answers_and_ends() -> None:
    b = bot(
        [group("g1", text("t1", "Hi"), ask("i1", variableId="v-Name"), text("t2", "Bye {{Name}}"))],
        [],
        ["Name"],
    )
    first = await start(b)
    assert texts(first) == ["Hi"]
    assert first.input is not None
    assert first.input["id"] == "i1"
    assert first.completed is False
    second = await reply(first, b, "Ada")
    assert texts(second) == ["Bye Ada"]
    assert second.input is None
    assert second.completed is True
    assert [(a.block_id, a.content) for a in second.records.answers] == [("i1", "Ada")]
    assert second.records.completed_result_ids == {"r1"}
    assert [a.key for a in second.state.frame.answers] == ["Name"]


async def test_invalid_reply_is_retried_and_nothing_saved() -> None:
    b = bot(
        [group("g1", ask("i1", "email input", variableId="v-Mail"), text("t", "ok"))], [], ["Mail"]
    )
    first = await start(b)
    retry = await reply(first, b, "not an email")
    assert texts(retry) == ["This email doesn't seem to be valid. Can you type it again?"]
    assert retry.messages[0]["id"] == "i1"
    assert retry.input is not None
    assert retry.input["id"] == "i1"
    assert retry.records.answers == []
    assert retry.state.frame.answers == []
    done = await reply(retry, b, "Ada@Example.com")
    assert texts(done) == ["ok"]
    assert done.last_message_new_format == "ada@example.com"
    assert done.state.frame.variables[0].value == "ada@example.com"


async def test_custom_retry_message_and_bot_invalid_message() -> None:
    b = bot([group("g1", ask("i1", "email input", retryMessageContent="A mail please"))], [])
    assert texts(await reply(await start(b), b, "abc")) == ["A mail please"]
    number = bot([group("g1", ask("i1", "number input"))], [])
    number.document.settings.general.system_messages = SystemMessages(invalid_message="Numbers!")
    assert texts(await reply(await start(number), number, "abc")) == ["Numbers!"]


async def test_start_message_answers_a_first_text_input_but_not_buttons() -> None:
    b = bot([group("g1", ask("i1", variableId="v-Q"), text("t", "Got {{Q}}"))], [], ["Q"])
    answered = await start(b, message=Reply(text="hello"))
    assert texts(answered) == ["Got hello"]
    buttons = bot(
        [group("g1", {"id": "c", "type": "choice input", "items": [{"id": "a", "content": "A"}]})],
        [],
    )
    asked = await start(buttons, message=Reply(text="A"))
    assert asked.input is not None
    assert asked.input["type"] == "choice input"


async def test_item_edges_are_visited_edges_block_edges_are_not() -> None:
    choice = {
        "id": "c",
        "type": "choice input",
        "items": [{"id": "a", "content": "A", "outgoingEdgeId": "ea"}, {"id": "b", "content": "B"}],
        "outgoingEdgeId": "edefault",
    }
    b = bot(
        [
            group("g1", choice),
            group("ga", text("ta", "went A")),
            group("gd", text("td", "default")),
        ],
        [edge("ea", "ga"), edge("edefault", "gd")],
    )
    via_item = await reply(await start(b), b, "A")
    assert texts(via_item) == ["went A"]
    assert [(v.edge_id, v.index) for v in via_item.records.visited_edges] == [("ea", 0)]
    via_default = await reply(await start(b), b, "B")
    assert texts(via_default) == ["default"]
    assert via_default.records.visited_edges == []


async def test_jump_then_return_to_the_block_after_the_jump() -> None:
    b = bot(
        [
            group(
                "g1",
                text("t1", "one"),
                {"id": "j", "type": "Jump", "options": {"groupId": "g2"}},
                text("t3", "three"),
            ),
            group("g2", text("t2", "two"), {"id": "r", "type": "Return"}),
        ],
        [],
    )
    outcome = await start(b)
    assert texts(outcome) == ["one", "two", "three"]
    assert outcome.state.return_mark is None
    assert [v.edge_id for v in outcome.records.visited_edges] == ["virtual-g2", "virtual-g1-t3"]


async def test_a_loop_without_input_is_cut() -> None:
    b = bot([group("g1", {"id": "j", "type": "Jump", "options": {"groupId": "g1"}})], [])
    outcome = await start(b)
    assert outcome.input is None
    assert any("too many blocks" in log["description"] for log in outcome.logs)
    assert MAX_STEPS_PER_TURN >= 1000


def linked_bot(merge: bool) -> tuple[Bot, Bot]:
    parent = bot(
        [
            group(
                "g1",
                {
                    "id": "link",
                    "type": "Typebot link",
                    "options": {"typebotId": "child", "mergeResults": merge},
                },
                text("after", "back in parent, {{Name}}"),
            )
        ],
        [],
        ["Name"],
    )
    child = bot(
        [group("c1", text("ct", "in child"), ask("ci", variableId="v-Name"))],
        [],
        ["Name", "Only child"],
        typebot_id="child",
        version_id="cv1",
    )
    return parent, child


@pytest.mark.parametrize("merge", [True, False])
async def test_typebot_link_enters_the_child_and_comes_back(merge: bool) -> None:
    parent, child = linked_bot(merge)
    first = await start(parent, child)
    assert texts(first) == ["in child"]
    assert len(first.state.frames) == 2
    child_result = first.state.frames[0].result_id
    if merge:
        assert child_result == "r1"
        assert first.new_results == []
    else:
        assert child_result == "new1"
        assert first.new_results == [("new1", "child")]
    second = await reply(first, parent, "Ada", child)
    assert len(second.state.frames) == 1
    # Typebot copies a merged child's values back by name; a separate result keeps its own.
    assert texts(second) == ["back in parent, Ada" if merge else "back in parent, "]
    assert second.records.answers[0].result_id == ("r1" if merge else "new1")
    assert second.completed is True
    if not merge:
        assert "new1" in second.records.completed_result_ids


async def test_missing_linked_bot_is_logged_and_skipped() -> None:
    parent, _ = linked_bot(False)
    outcome = await start(parent)
    assert texts(outcome) == ["back in parent, "]
    assert "not found" in outcome.logs[0]["description"]


def with_command(resume_after: bool) -> Bot:
    return bot(
        [
            group("g1", ask("i1", variableId="v-Q"), text("t", "answered {{Q}}")),
            group("gc", text("tc", "command ran"), {"id": "r", "type": "Return"}),
        ],
        [edge("ec", "gc")],
        ["Q"],
        events=[
            {
                "id": "cmd",
                "type": "command",
                "outgoingEdgeId": "ec",
                "graphCoordinates": GC,
                "options": {"command": "wizz", "resumeAfter": resume_after},
            }
        ],
    )


@pytest.mark.parametrize("resume_after", [True, False])
async def test_command_runs_its_flow_and_comes_back_to_the_input(resume_after: bool) -> None:
    b = with_command(resume_after)
    first = await start(b)
    commanded = await reply(first, b, {"type": "command", "command": "wizz"})
    assert texts(commanded) == ["command ran"]
    assert commanded.input is not None
    assert commanded.input["id"] == "i1"
    answered = await reply(commanded, b, "yes")
    assert texts(answered) == ["answered yes"]


async def test_unknown_command_is_refused_and_changes_nothing() -> None:
    b = with_command(False)
    first = await start(b)
    before = first.state.model_dump()
    with pytest.raises(EngineError, match="no command event"):
        await reply(first, b, {"type": "command", "command": "nope"})
    assert first.state.model_dump() == before


async def test_reply_event_runs_before_saving_then_the_reply_is_answered() -> None:
    b = bot(
        [
            group("g1", ask("i1", variableId="v-Q"), text("t", "saved {{Q}}"), title="Ask"),
            group(
                "gr",
                text("tr", "got {{Content}} for {{Input}} ({{Kind}})"),
                {"id": "r", "type": "Return"},
            ),
        ],
        [edge("er", "gr")],
        ["Q", "Content", "Input", "Kind"],
        events=[
            {
                "id": "rep",
                "type": "reply",
                "outgoingEdgeId": "er",
                "graphCoordinates": GC,
                "options": {
                    "contentVariableId": "v-Content",
                    "inputNameVariableId": "v-Input",
                    "inputTypeVariableId": "v-Kind",
                },
            }
        ],
    )
    outcome = await reply(await start(b), b, "hello")
    assert texts(outcome) == ["got hello for Ask (text)", "saved hello"]
    assert [a.content for a in outcome.records.answers] == ["hello"]


async def test_invalid_reply_event_replaces_the_retry_message() -> None:
    b = bot(
        [
            group("g1", ask("i1", "number input", variableId="v-N"), text("t", "n={{N}}")),
            group("gi", text("ti", "numbers only, not {{Bad}}"), {"id": "r", "type": "Return"}),
        ],
        [edge("ei", "gi")],
        ["N", "Bad"],
        events=[
            {
                "id": "inv",
                "type": "invalidReply",
                "outgoingEdgeId": "ei",
                "graphCoordinates": GC,
                "options": {"contentVariableId": "v-Bad"},
            }
        ],
    )
    first = await start(b)
    invalid = await reply(first, b, "abc")
    assert texts(invalid) == ["numbers only, not abc"]
    assert invalid.input is not None
    assert invalid.input["id"] == "i1"
    valid = await reply(invalid, b, "42")
    assert texts(valid) == ["n=42"]


async def test_history_is_kept_only_for_variables_the_visitor_sees() -> None:
    b = bot(
        [
            group(
                "g1",
                ask("i1", variableId="v-Shown"),
                ask("i2", variableId="v-Hidden"),
                text("t", "{{Shown}}"),
            )
        ],
        [],
        ["Shown", "Hidden"],
    )
    first = await start(b)
    second = await reply(first, b, "a")
    third = await reply(second, b, "b")
    history = [
        (h.variable_id, h.value, h.index)
        for h in [*second.records.set_variables, *third.records.set_variables]
    ]
    assert history == [("v-Shown", "a", 0)]


async def test_progress_counts_answers_against_the_longest_path() -> None:
    b = bot(
        [group("g1", ask("i1"), ask("i2"), ask("i3"))],
        [],
    )
    first = await start(b, progress_bar_override=True)
    assert first.progress == pytest.approx(100 / 3)
    second = await reply(first, b, "x")
    assert second.progress == pytest.approx(200 / 3)
    end = await reply(await reply(second, b, "y"), b, "z")
    assert end.progress == 100
    assert (await start(b)).progress is None


async def test_progress_follows_the_items_of_the_input_asked() -> None:
    choice = {
        "id": "c",
        "type": "choice input",
        "items": [{"id": "a", "content": "A", "outgoingEdgeId": "e-a"}],
    }
    b = bot([group("g1", choice), group("g2", ask("i1"), ask("i2"))], [edge("e-a", "g2")])
    first = await start(b, progress_bar_override=True)
    assert first.progress == pytest.approx(100 / 3)


async def test_start_from_a_group_and_unknown_group() -> None:
    b = bot([group("g1", text("a", "first")), group("g2", text("b", "second"))], [])
    outcome = await start(b, start_group_id="g2")
    assert texts(outcome) == ["second"]
    with pytest.raises(EngineError, match=r"startFrom\.groupId"):
        await start(b, start_group_id="nope")


async def test_prefilled_variables_by_name() -> None:
    b = bot([group("g1", text("a", "Hello {{Name}}"))], [], ["Name"])
    outcome = await start(b, prefilled_variables={"Name": "Grace", "Other": "x"})
    assert texts(outcome) == ["Hello Grace"]


async def test_only_registering_runs_nothing_until_the_first_reply() -> None:
    b = bot([group("g1", text("a", "Hello"), ask("i1"), text("b", "Bye"))], [])
    registered = await start(b, only_register=True)
    assert registered.messages == []
    assert registered.input is None
    assert registered.completed is False
    first = await reply(registered, b, "ignored")
    assert texts(first) == ["Hello"]
    assert first.input is not None
