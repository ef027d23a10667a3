"""Transcripts replayed from a result's records: answers, history, visited edges
(docs/engine.md §7)."""

from typing import Any

from botloom.engine.bot import Bot
from botloom.engine.testing import GC, edge, group, text
from botloom.engine.transcript import ReplayAnswer, ReplayValue, compute_transcript
from botloom.schema.document import TypebotDocument


def make_bot(
    groups: list[dict[str, Any]], edges: list[dict[str, Any]], variables: tuple[str, ...] = ()
) -> Bot:
    document = TypebotDocument.model_validate(
        {
            "version": "6.1",
            "name": "t",
            "events": [
                {"id": "start", "type": "start", "outgoingEdgeId": "e0", "graphCoordinates": GC}
            ],
            "groups": groups,
            "edges": [
                {"id": "e0", "from": {"eventId": "start"}, "to": {"groupId": groups[0]["id"]}},
                *edges,
            ],
            "variables": [{"id": f"v{name}", "name": name} for name in variables],
        }
    )
    return Bot(version_id="version", typebot_id="bot", document=document)


def choice(block_id: str, edge_id: str | None, *items: tuple[str, str | None]) -> dict[str, Any]:
    block: dict[str, Any] = {
        "id": block_id,
        "type": "choice input",
        "items": [
            {"id": f"i{label}", "content": label}
            | ({"outgoingEdgeId": item_edge} if item_edge else {})
            for label, item_edge in items
        ],
    }
    return block | ({"outgoingEdgeId": edge_id} if edge_id else {})


async def replay(
    bot: Bot,
    answers: list[tuple[str, str]],
    edges: tuple[str, ...] = (),
    history: tuple[tuple[str, str, Any], ...] = (),
) -> list[tuple[str, str]]:
    lines = await compute_transcript(
        bot,
        answers=[ReplayAnswer(block_id=b, content=c) for b, c in answers],
        history=[ReplayValue(block_id=b, variable_id=v, value=x) for b, v, x in history],
        visited_edge_ids=edges,
    )
    return [(line["role"], line.get("text") or line[line["type"]]) for line in lines]


async def test_a_button_answered_twice_takes_each_visits_own_path() -> None:
    # Blue has no edge: the block's edge loops back. Red's edge was recorded on the 2nd visit
    # only, so the first visit must not take it.
    bot = make_bot(
        [
            group("g1", text("t1", "Pick"), choice("c1", "eLoop", ("Red", "eRed"), ("Blue", None))),
            group("gRed", text("t2", "Red it is")),
        ],
        [edge("eLoop", "g1"), edge("eRed", "gRed")],
    )
    assert await replay(bot, [("c1", "Blue"), ("c1", "Red")], edges=("eRed",)) == [
        ("bot", "Pick"),
        ("user", "Blue"),
        ("bot", "Pick"),
        ("user", "Red"),
        ("bot", "Red it is"),
    ]


async def test_it_stops_at_the_first_unanswered_input() -> None:
    bot = make_bot(
        [group("g1", text("t1", "Name?"), {"id": "q1", "type": "text input"}, text("t2", "Bye"))],
        [],
    )
    assert await replay(bot, []) == [("bot", "Name?")]
    assert await replay(bot, [("q1", "Ada")]) == [("bot", "Name?"), ("user", "Ada"), ("bot", "Bye")]


async def test_jump_and_return_follow_the_recorded_virtual_edges() -> None:
    bot = make_bot(
        [
            group(
                "g1",
                text("t1", "Start"),
                {"id": "j1", "type": "Jump", "options": {"groupId": "g2"}},
                text("t2", "Back"),
            ),
            group("g2", text("t3", "Away"), {"id": "r1", "type": "Return"}, text("t4", "Never")),
        ],
        [],
    )
    lines = await replay(bot, [], edges=("virtual-g2", "virtual-g1-t2"))
    assert lines == [("bot", "Start"), ("bot", "Away"), ("bot", "Back")]


async def test_a_return_without_a_jump_goes_on() -> None:
    bot = make_bot([group("g1", {"id": "r1", "type": "Return"}, text("t1", "Next"))], [])
    assert await replay(bot, []) == [("bot", "Next")]


async def test_ab_test_takes_the_recorded_path() -> None:
    bot = make_bot(
        [
            group(
                "g1",
                {
                    "id": "ab",
                    "type": "AB test",
                    "items": [
                        {"id": "a", "path": "a", "outgoingEdgeId": "eA"},
                        {"id": "b", "path": "b", "outgoingEdgeId": "eB"},
                    ],
                },
            ),
            group("gA", text("ta", "A")),
            group("gB", text("tb", "B")),
        ],
        [edge("eA", "gA"), edge("eB", "gB")],
    )
    assert await replay(bot, [], edges=("eB",)) == [("bot", "B")]
    assert await replay(bot, [], edges=("eA",)) == [("bot", "A")]


async def test_conditions_and_bubbles_read_the_replayed_history() -> None:
    condition = {
        "id": "if",
        "type": "Condition",
        "items": [
            {
                "id": "big",
                "content": {
                    "comparisons": [
                        {
                            "id": "cmp",
                            "variableId": "vScore",
                            "comparisonOperator": "Greater than",
                            "value": "10",
                        }
                    ]
                },
                "outgoingEdgeId": "eBig",
            }
        ],
        "outgoingEdgeId": "eSmall",
    }
    bot = make_bot(
        [
            group(
                "g1",
                {"id": "set", "type": "Set variable", "options": {"variableId": "vScore"}},
                condition,
            ),
            group("gBig", text("t1", "Big **{{Score}}**")),
            group("gSmall", text("t2", "Small {{Score}}")),
        ],
        [edge("eBig", "gBig"), edge("eSmall", "gSmall")],
        variables=("Score",),
    )
    assert await replay(bot, [], edges=("eBig",), history=(("set", "vScore", "42"),)) == [
        ("bot", "Big **42**")
    ]
    assert await replay(bot, [], history=(("set", "vScore", "3"),)) == [("bot", "Small 3")]


async def test_media_bubbles_and_answered_variables() -> None:
    bot = make_bot(
        [
            group(
                "g1",
                {"id": "q", "type": "text input", "options": {"variableId": "vPic"}},
                {"id": "img", "type": "image", "content": {"url": "{{Pic}}"}},
                {"id": "empty", "type": "image", "content": {}},
                text("t1", "{{Pic}} again"),
            )
        ],
        [],
        variables=("Pic",),
    )
    lines = await compute_transcript(
        bot,
        answers=[ReplayAnswer(block_id="q", content="https://x.test/a.png")],
        history=[],
        visited_edge_ids=[],
    )
    assert lines == [
        {"role": "user", "type": "text", "text": "https://x.test/a.png"},
        {"role": "bot", "type": "image", "image": "https://x.test/a.png"},
        {"role": "bot", "type": "text", "text": "https://x.test/a.png again"},
    ]


async def test_a_link_to_the_same_bot_resumes_after_the_link() -> None:
    bot = make_bot(
        [
            group(
                "g1",
                {
                    "id": "link",
                    "type": "Typebot link",
                    "options": {"typebotId": "current", "groupId": "g2"},
                },
                text("t1", "After the link"),
            ),
            group("g2", text("t2", "Linked part")),
        ],
        [],
    )
    assert await replay(bot, [], edges=("virtual-g2",)) == [
        ("bot", "Linked part"),
        ("bot", "After the link"),
    ]


async def test_a_flow_that_loops_without_inputs_ends() -> None:
    bot = make_bot([group("g1", text("t1", "Again", edge="eLoop"))], [edge("eLoop", "g1")])
    lines = await replay(bot, [])
    assert 0 < len(lines) <= 20_000
    assert set(lines) == {("bot", "Again")}
