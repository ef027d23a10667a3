"""Tests of {{Variable}} templating and {{= inline code =}}."""

from typing import Any

import pytest

from botloom.engine.templating import (
    CodeEvaluator,
    Render,
    TemplateContext,
    html_escape_angle_brackets,
    is_single_variable,
    json_escape,
    parse_variables_in_object,
    render_html_escaped,
    render_json_escaped,
    render_last_item,
    render_text,
    substitute,
)
from botloom.engine.variables import VariableStore
from botloom.schema.variables import Variable

STORE = VariableStore.of(
    [
        Variable(id="vName", name="Name", value="Ada"),
        Variable(id="vFirst", name="Prénom choisi", value="Zoé"),
        Variable(id="vList", name="list", value=["a", None, "c"]),
        Variable(id="vEmpty", name="empty"),
        Variable(id="vDup1", name="dup"),
        Variable(id="vDup2", name="dup", value="second"),
        Variable(id="vSpaced", name=" x ", value="spaced"),
        Variable(id="vX", name="x", value="X"),
        Variable(id="vHtml", name="html", value="<b>&</b>"),
        Variable(id="vQuote", name="quote", value='say "hi"\n'),
        Variable(id="vLastNull", name="lastNull", value=["a", None]),
        Variable(id="vEmptyList", name="emptyList", value=[]),
        Variable(id="vBraces", name="braces", value="{{Name}}"),
    ]
)


class RecordingEvaluator:
    """A stand-in JavaScript engine: records each body it gets and answers a fixed result."""

    def __init__(self, result: str | None) -> None:
        self.result = result
        self.received: list[str] = []

    def __call__(self, code: str) -> str | None:
        self.received.append(code)
        return self.result


def _ctx(evaluate_code: CodeEvaluator | None = None) -> TemplateContext:
    return TemplateContext.from_store(STORE, evaluate_code)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ""),
        ("no variables", "no variables"),
        ("Hello {{Name}}!", "Hello Ada!"),
        ("{{Prénom choisi}}", "Zoé"),
        ("{{Name}}{{x}}", "AdaX"),
        ("{{unknown}}", ""),
        ("{{empty}}", ""),
        ("{{dup}}", "second"),
        ("{{list}}", '["a",null,"c"]'),
        ("{{emptyList}}", "[]"),
        ("${{Name}}", "$Ada"),
        ("${{unknown}}", "$"),
        ("$${{x}}", "$$X"),
        # Names are exact: spaces and case count.
        ("{{ x }}", "spaced"),
        ("{{ Name }}", ""),
        ("{{name}}", ""),
        ("{{{{x}}}}", "{{X}}"),
        ("{{x}", "{{x}"),
        ("{x}}", "{x}}"),
        ("{{x", "{{x"),
        ("{{}}", "{{}}"),
        ("{{x}}}", "X}"),
        ("{{Na{me}}", "{{Na{me}}"),
        ("{{Name\n}}", ""),
        # Substituted values are not parsed again.
        ("{{braces}}", "{{Name}}"),
    ],
)
def test_substitute(text: str, expected: str) -> None:
    assert substitute(text, _ctx()) == expected


@pytest.mark.parametrize(
    ("render", "text", "expected"),
    [
        (render_last_item, "{{list}}", "c"),
        (render_last_item, "{{lastNull}}", ""),
        (render_last_item, "{{emptyList}}", ""),
        (render_last_item, "{{Name}}", "Ada"),
        (render_json_escaped, '{"q": "{{quote}}"}', '{"q": "say \\"hi\\"\\n"}'),
        (render_json_escaped, '{"l": {{list}}}', '{"l": ["a",null,"c"]}'),
        (render_json_escaped, "${{Name}}", "$Ada"),
        (render_json_escaped, "{{unknown}}", ""),
        (render_html_escaped, "<p>{{html}}</p>", "<p>&lt;b&gt;&&lt;/b&gt;</p>"),
        (render_html_escaped, "{{list}}", '["a",null,"c"]'),
        (render_text, "{{quote}}", 'say "hi"\n'),
    ],
)
def test_substitute_with_render(render: Render, text: str, expected: str) -> None:
    assert substitute(text, _ctx(), render=render) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('a"b\\c\n\t\x01', 'a\\"b\\\\c\\n\\t\\u0001'),
        ("é \U0001f600 \ud800", "é \U0001f600 \\ud800"),
        ("</script>", "</script>"),
    ],
)
def test_json_escape(text: str, expected: str) -> None:
    assert json_escape(text) == expected


def test_html_escape_touches_only_angle_brackets() -> None:
    assert (
        html_escape_angle_brackets("<a href='x'>&amp;</a>") == "&lt;a href='x'&gt;&amp;&lt;/a&gt;"
    )


@pytest.mark.parametrize(
    ("text", "result", "expected", "received"),
    [
        ("Total: {{= {{Name}} + 1 =}}!", "42", "Total: 42!", ["return  vName + 1 "]),
        (
            "{{={{Prénom choisi}}+${{x}}+{{unknown}}=}}",
            "r",
            "r",
            ["return vFirst+$vX+"],
        ),
        ("{{= const a = 1; return a =}}", "1", "1", [" const a = 1; return a "]),
        ("{{=1=}} and {{=2=}}", "n", "n and n", ["return 1", "return 2"]),
        ("{{=returned=}}", "n", "n", ["return returned"]),
        # The result goes through the variable pass.
        ("{{=x=}}", "{{x}}", "X", ["return x"]),
        ("{{=x=}}", "null", "null", ["return x"]),
        # JavaScript's "." does not cross a line end: not inline code, an unknown variable.
        ("{{= 1\n+ 1 =}}", "n", "", []),
        ("{{Name}}", "n", "Ada", []),
    ],
)
def test_inline_code_gets_variable_ids(
    text: str, result: str, expected: str, received: list[str]
) -> None:
    evaluator = RecordingEvaluator(result)
    assert substitute(text, _ctx(evaluator)) == expected
    assert evaluator.received == received


def test_inline_code_result_is_not_rendered() -> None:
    evaluator = RecordingEvaluator('"<q>"')
    assert substitute("{{=q=}}", _ctx(evaluator), render=render_json_escaped) == '"<q>"'


@pytest.mark.parametrize("evaluator", [RecordingEvaluator(None), None])
@pytest.mark.parametrize(
    ("text", "render", "expected"),
    [
        ("[{{= {{Name}} + 1 =}}]", render_text, "[ Ada + 1 ]"),
        ("{{={{list}}=}}", render_last_item, '["a",null,"c"]'),
        ("{{={{quote}}=}}", render_json_escaped, 'say "hi"\n'),
        ("{{={{braces}}=}}", render_text, "Ada"),
    ],
)
def test_failed_inline_code_falls_back_to_substitution(
    evaluator: RecordingEvaluator | None, text: str, render: Render, expected: str
) -> None:
    assert substitute(text, _ctx(evaluator), render=render) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{{Name}}", "Name"),
        ("{{Prénom choisi}}", "Prénom choisi"),
        ("{{ x }}", " x "),
        ("{{=code=}}", "=code="),
        (" {{Name}}", None),
        ("{{Name}} ", None),
        ("{{a}}{{b}}", None),
        ("${{x}}", None),
        ("{{}}", None),
        ("{{a}}b}}", None),
        ("Name", None),
        ("", None),
    ],
)
def test_is_single_variable(text: str, expected: str | None) -> None:
    assert is_single_variable(text) == expected


def test_parse_variables_in_object_substitutes_every_string() -> None:
    options: dict[str, Any] = {
        "url": "https://x.test/{{Name}}",
        "count": 3,
        "nested": {"list": ["{{x}}", 1, {"k": "{{list}}"}], "none": None, "flag": True},
    }
    assert parse_variables_in_object(options, _ctx()) == {
        "url": "https://x.test/Ada",
        "count": 3,
        "nested": {"list": ["X", 1, {"k": '["a",null,"c"]'}], "none": None, "flag": True},
    }
    assert options["url"] == "https://x.test/{{Name}}"


@pytest.mark.parametrize(
    ("remove_empty_strings", "expected"),
    [
        (True, {"c": "ok", "d": {}, "l": [""]}),
        (
            False,
            {"a": "", "b": "", "c": "ok", "d": {"e": ""}, "l": [""]},
        ),
    ],
)
def test_parse_variables_in_object_can_drop_empty_strings(
    remove_empty_strings: bool, expected: dict[str, Any]
) -> None:
    options = {"a": "{{unknown}}", "b": "", "c": "ok", "d": {"e": "{{empty}}"}, "l": ["{{empty}}"]}
    parsed = parse_variables_in_object(options, _ctx(), remove_empty_strings=remove_empty_strings)
    assert parsed == expected


def test_parse_variables_in_object_passes_render_on() -> None:
    parsed = parse_variables_in_object(["{{list}}"], _ctx(), render=render_last_item)
    assert parsed == ["c"]
