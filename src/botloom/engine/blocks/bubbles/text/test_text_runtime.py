"""Tests of the text bubble's runner: variables in rich text, markdown values, output formats."""

from collections.abc import Mapping
from typing import Any

import pytest

from botloom.engine.blocks.bubbles.text import SPEC
from botloom.engine.blocks.bubbles.text.execute import execute
from botloom.engine.blocks.bubbles.text.schema import TextBubbleBlock
from botloom.engine.blocks.testing import make_context
from botloom.engine.runtime import TurnContext

DOC: dict[str, Any] = {
    "variables": [
        {"id": "v-name", "name": "Name"},
        {"id": "v-value", "name": "Value"},
        {"id": "v-unset", "name": "Unset"},
    ]
}


def p(*children: dict[str, Any]) -> dict[str, Any]:
    """A paragraph."""
    return {"type": "p", "children": list(children)}


def t(text: str, **marks: bool) -> dict[str, Any]:
    """A text leaf."""
    return {"text": text, **marks}


def li(*children: dict[str, Any]) -> dict[str, Any]:
    """A list item, its text in a ``lic`` as the editor makes it."""
    return {"type": "li", "children": [{"type": "lic", "children": list(children)}]}


def block(rich_text: list[dict[str, Any]] | None) -> TextBubbleBlock:
    content = {} if rich_text is None else {"richText": rich_text}
    return TextBubbleBlock.model_validate({"id": "b1", "type": "text", "content": content})


def context(variables: Mapping[str, object], text_format: str = "richText") -> TurnContext:
    ctx = make_context(DOC, variables=variables)
    ctx.state.text_format = "markdown" if text_format == "markdown" else "richText"
    return ctx


async def rich_text_of(rich_text: list[dict[str, Any]], variables: Mapping[str, object]) -> Any:
    result = await execute(block(rich_text), context(variables))
    assert len(result.messages) == 1
    message = result.messages[0]
    assert message["id"] == "b1"
    assert message["type"] == "text"
    assert message["content"]["type"] == "richText"
    return message["content"]["richText"]


@pytest.mark.parametrize(
    ("rich_text", "variables", "expected"),
    [
        pytest.param([p(t("Hello"))], {}, [p(t("Hello"))], id="no-variables"),
        pytest.param(
            [p(t("Hi "), t("{{Name}}", bold=True), t("!"))],
            {"Name": "John"},
            [p(t("Hi "), t("John", bold=True), t("!"))],
            id="styled-leaf-keeps-its-marks",
        ),
        pytest.param(
            [p(t("Hi {{Name}}, welcome", italic=True))],
            {"Name": "John"},
            [p(t("Hi John, welcome", italic=True))],
            id="split-leaves-merge-back",
        ),
        pytest.param(
            [p(t("Hi {{Name}}!", italic=True))],
            {"Name": "**John** and _Jane_"},
            [
                p(
                    t("Hi ", italic=True),
                    t("John", italic=True, bold=True),
                    t(" and Jane!", italic=True),
                )
            ],
            id="markdown-value-adds-marks",
        ),
        pytest.param(
            [p(t("Read {{Value}} now"))],
            {"Value": "[the docs](https://docs.example.com)"},
            [
                p(
                    t("Read "),
                    {"type": "a", "url": "https://docs.example.com", "children": [t("the docs")]},
                    t(" now"),
                )
            ],
            id="markdown-link",
        ),
        pytest.param(
            [p(t("{{Value}}!"))],
            {"Value": "[**bold** link](mailto:a@b.co)"},
            [
                p(
                    {
                        "type": "a",
                        "url": "mailto:a@b.co",
                        "children": [t("bold", bold=True), t(" link")],
                    },
                    t("!"),
                )
            ],
            id="styled-link-label",
        ),
        pytest.param(
            [p(t("{{Value}}."))],
            {"Value": "[click](javascript:alert%281%29)"},
            [p(t("[click](javascript:alert%281%29)."))],
            id="unsafe-link-stays-text",
        ),
        pytest.param(
            [p(t("File: {{Value}}"))],
            {"Value": "my_file_name.txt 2*3*4"},
            [p(t("File: my_file_name.txt 2*3*4"))],
            id="intraword-underscores-are-text",
        ),
        pytest.param(
            [p(t("A {{Value}} B"))],
            {"Value": "***both***"},
            [p(t("A "), t("both", bold=True, italic=True), t(" B"))],
            id="bold-italic",
        ),
        pytest.param(
            [p(t("Line: {{Value}}"))],
            {"Value": "one\n- two"},
            [p(t("Line: one\n- two"))],
            id="inline-value-keeps-newlines",
        ),
        pytest.param(
            [p(t("Price: ${{Value}}"))],
            {"Value": "12"},
            [p(t("Price: $12"))],
            id="dollar-prefix-kept",
        ),
        pytest.param(
            [p(t("Hi {{Unset}}{{Unknown}}!"))],
            {},
            [p(t("Hi !"))],
            id="unset-and-unknown-are-empty",
        ),
        pytest.param(
            [p(t("Picked {{Value}}"))],
            {"Value": ["a", "b"]},
            [p(t('Picked ["a","b"]'))],
            id="list-value-as-json",
        ),
        pytest.param(
            [p(t("Intro")), p(t("{{Value}}", bold=True))],
            {"Value": "first\n\nsecond _it_"},
            [
                p(t("Intro")),
                p(t("first", bold=True)),
                p(t("")),
                p(t("second ", bold=True), t("it", bold=True, italic=True)),
            ],
            id="lone-reference-becomes-paragraphs",
        ),
        pytest.param(
            [p(t(" {{Value}} "))],
            {"Value": "Fruits:\n- apple\n* **pear**\n1. first\n2) second\n## Done"},
            [
                p(t("Fruits:")),
                {"type": "ul", "children": [li(t("apple")), li(t("pear", bold=True))]},
                {"type": "ol", "children": [li(t("first")), li(t("second"))]},
                p(t("Done", bold=True)),
            ],
            id="lone-reference-lists-and-heading",
        ),
        pytest.param(
            [p(t("{{Value}}"))],
            {"Value": "a\r\nb"},
            [p(t("a")), p(t("b"))],
            id="crlf-lines",
        ),
        pytest.param(
            [
                p(
                    {
                        "type": "a",
                        "url": "https://x.com/{{Name}}",
                        "children": [t("Profile of {{Name}} {{Value}}", underline=True)],
                    }
                )
            ],
            {"Name": "jo", "Value": "[here](https://y.com)"},
            [
                p(
                    {
                        "type": "a",
                        "url": "https://x.com/jo",
                        "children": [t("Profile of jo here", underline=True)],
                    }
                )
            ],
            id="inside-a-link-no-nested-link",
        ),
        pytest.param(
            [{"type": "ul", "children": [li(t("{{Name}}")), li(t("b"))]}],
            {"Name": "**a**"},
            [{"type": "ul", "children": [li(t("a", bold=True)), li(t("b"))]}],
            id="existing-list",
        ),
    ],
)
async def test_rich_text(
    rich_text: list[dict[str, Any]], variables: dict[str, object], expected: list[dict[str, Any]]
) -> None:
    assert await rich_text_of(rich_text, variables) == expected


async def test_lone_multiline_value_keeps_its_plain_text() -> None:
    # The chat API's plain text joins top-level nodes with "\n": a transcript keeps its lines.
    transcript = 'Assistant: "Hi"\n\nUser: "hey"'
    nodes = await rich_text_of([p(t("{{Value}}"))], {"Value": transcript})
    lines = ["".join(leaf["text"] for leaf in node["children"]) for node in nodes]
    assert "\n".join(lines) == transcript


async def test_inline_code_result_is_read_as_markdown() -> None:
    # Without a JavaScript runner the code's text, its variables replaced, is the result.
    result = await execute(block([p(t("Sum:{{= {{Value}} =}}"))]), context({"Value": "**2**"}))
    assert result.messages[0]["content"]["richText"] == [p(t("Sum: "), t("2", bold=True), t(" "))]


@pytest.mark.parametrize(
    ("rich_text", "variables"),
    [
        pytest.param(None, {}, id="no-rich-text"),
        pytest.param([], {}, id="no-nodes"),
        pytest.param([p(t(""))], {}, id="empty-paragraph"),
        pytest.param([p(t("  ")), p(t("\n"))], {}, id="blank"),
        pytest.param([p(t("{{Unset}}"))], {}, id="unset-variable"),
        pytest.param([p(t("{{Value}}"))], {"Value": "  "}, id="blank-value"),
    ],
)
async def test_empty_bubble_is_skipped(
    rich_text: list[dict[str, Any]] | None, variables: dict[str, object]
) -> None:
    result = await execute(block(rich_text), context(variables))
    assert result.messages == []
    assert result.pause is False


@pytest.mark.parametrize(
    ("rich_text", "variables", "markdown"),
    [
        pytest.param([p(t("Hello"))], {}, "Hello", id="plain"),
        pytest.param(
            [p(t("Hi "), t("{{Name}}", bold=True), t(" "), t("there ", italic=True), t("u"))],
            {"Name": "Jo"},
            "Hi **Jo** _there_ u",
            id="marks-space-outside",
        ),
        pytest.param(
            [p(t("x", bold=True, italic=True, underline=True))],
            {},
            "**_x_**",
            id="underline-dropped",
        ),
        pytest.param(
            [p(t("See {{Value}}"))],
            {"Value": "[docs](https://d.io)"},
            "See [docs](https://d.io)",
            id="link",
        ),
        pytest.param(
            [p(t("One")), p(t("")), p(t("{{Value}}"))],
            {"Value": "- a\n- b\n1. c\n2. d"},
            "One\n\n- a\n- b\n1. c\n2. d",
            id="paragraphs-and-lists",
        ),
        pytest.param(
            [
                {
                    "type": "ul",
                    "children": [
                        {
                            "type": "li",
                            "children": [
                                {"type": "lic", "children": [t("a")]},
                                {"type": "ol", "children": [li(t("b")), li(t("c"))]},
                            ],
                        }
                    ],
                }
            ],
            {},
            "- a\n  1. b\n  2. c",
            id="nested-list",
        ),
    ],
)
async def test_markdown_format(
    rich_text: list[dict[str, Any]], variables: dict[str, object], markdown: str
) -> None:
    result = await execute(block(rich_text), context(variables, "markdown"))
    assert result.messages == [
        {"id": "b1", "type": "text", "content": {"type": "markdown", "markdown": markdown}}
    ]


async def test_registered_runner() -> None:
    assert SPEC.execute is not None
    result = await SPEC.execute(block([p(t("Hi {{Name}}"))]), context({"Name": "Ann"}))
    assert result.messages == [
        {"id": "b1", "type": "text", "content": {"type": "richText", "richText": [p(t("Hi Ann"))]}}
    ]
