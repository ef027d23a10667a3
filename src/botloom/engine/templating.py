"""``{{Variable}}`` templating and ``{{= code =}}`` inline code, as Typebot parses text.

A text is parsed in two passes. First each ``{{= code =}}`` is replaced by the result of its
code (only texts that hold one cost an evaluation). Then each ``{{Name}}`` is replaced by the
value of the variable named exactly ``Name`` (spaces included: ``{{ x }}`` names " x "), or
by nothing when no variable of that name has a value. In ``${{Name}}`` the ``$`` is kept, as
Typebot keeps it, so it reads as ``$`` followed by the value.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Self, TypeVar, cast

from botloom.engine.variables import VariableStore, VariableValue, json_stringify

DefinedValue = str | list[str | None]
Render = Callable[[DefinedValue], str]
"""Turns a variable's value into the text that replaces its ``{{Name}}``."""

CodeEvaluator = Callable[[str], str | None]
"""Runs a JavaScript function body (variables are globals named by id) and returns its result
as Typebot inserts it (``null`` → ``"null"``, ``undefined`` → ``"undefined"``, objects as JSON
text), or ``None`` when the code fails."""

T = TypeVar("T")

_VARIABLE = re.compile(r"\{\{([^{}]+)\}\}|(\$)\{\{([^{}]+)\}\}")
_SINGLE_VARIABLE = re.compile(r"\{\{([^{}]+)\}\}")
# JavaScript's "." stops at these four line terminators; Python's stops only at "\n".
_INLINE_CODE = re.compile("\\{\\{=([^\n\r\u2028\u2029]+?)=\\}\\}")


@dataclass(frozen=True, slots=True)
class TemplateContext:
    """What templating needs from the session: variable lookups and a JavaScript evaluator.

    Attributes:
        value_of_name: the value of the first variable with this name that has one.
        id_of_name: the id of the first variable with this name, whatever its value.
        evaluate_code: runs inline code; ``None`` makes every ``{{= code =}}`` fall back to
            plain substitution of its inner text.
    """

    value_of_name: Callable[[str], VariableValue]
    id_of_name: Callable[[str], str | None]
    evaluate_code: CodeEvaluator | None = None

    @classmethod
    def from_store(cls, store: VariableStore, evaluate_code: CodeEvaluator | None = None) -> Self:
        """Make a context that reads the variables of ``store``."""

        def id_of_name(name: str) -> str | None:
            variable = store.get_by_name(name)
            return None if variable is None else variable.id

        return cls(store.value_of_name, id_of_name, evaluate_code)


def json_escape(text: str) -> str:
    """Escape text for use inside a JSON string literal (the quotes are not added)."""
    return json_stringify(text)[1:-1]


def html_escape_angle_brackets(text: str) -> str:
    """Escape ``<`` and ``>`` only, as Typebot does for variables in email HTML."""
    return text.replace("<", "&lt;").replace(">", "&gt;")


def render_text(value: DefinedValue) -> str:
    """Render a string as itself and a list as its JSON text (the default)."""
    return value if isinstance(value, str) else json_stringify(value)


def render_last_item(value: DefinedValue) -> str:
    """Render a list as its last item, the rule of text bubbles in bots before version 6.

    An empty list or a ``None`` last item renders as ``""``, where Typebot prints ``null``.
    """
    if isinstance(value, str):
        return value
    return (value[-1] if value else None) or ""


def render_json_escaped(value: DefinedValue) -> str:
    """Render for a JSON body: a string JSON-escaped without quotes, a list as JSON text."""
    return json_escape(value) if isinstance(value, str) else json_stringify(value)


def render_html_escaped(value: DefinedValue) -> str:
    """Render for email HTML: like :func:`render_text`, with ``<`` and ``>`` escaped."""
    return html_escape_angle_brackets(render_text(value))


def substitute(text: str, ctx: TemplateContext, *, render: Render = render_text) -> str:
    """Replace the inline code, then the ``{{Name}}`` references, in ``text``.

    ``render`` formats variable values only: an inline code result is inserted as it is.
    Inline code has its ``{{Name}}`` references replaced by the variables' ids (unknown names
    by nothing) and ``return`` prepended unless it holds ``"return "``, then goes to
    ``ctx.evaluate_code``; without an evaluator, or when the code fails, the inner text with
    its references replaced by values (rendered by :func:`render_text`) is inserted instead.
    Inserted text is still scanned by the second pass.
    """
    if "{{" not in text:  # most strings reference nothing: skip both passes
        return text
    with_code = _INLINE_CODE.sub(lambda match: _run_inline_code(match[1], ctx), text)
    return _replace_variables(with_code, lambda name: _render_value(ctx, name, render))


def is_single_variable(text: str) -> str | None:
    """Return ``Name`` when the whole text is one ``{{Name}}`` reference, else ``None``.

    ``{{= code =}}`` counts as a reference to a variable named ``= code =``, as in Typebot.
    """
    match = _SINGLE_VARIABLE.fullmatch(text)
    return None if match is None else match[1]


def parse_variables_in_object(
    value: T,
    ctx: TemplateContext,
    *,
    render: Render = render_text,
    remove_empty_strings: bool = False,
) -> T:
    """Substitute every string found in nested dicts and lists; other values are kept.

    With ``remove_empty_strings``, dict entries whose string becomes ``""`` are dropped (list
    items are kept so that positions hold). Unlike Typebot, which skips strings directly inside
    arrays, every string is parsed.
    """

    def parse(node: object) -> object:
        if isinstance(node, str):
            return substitute(node, ctx, render=render)
        if isinstance(node, list):
            return [parse(item) for item in node]
        if isinstance(node, dict):
            parsed = {key: parse(item) for key, item in node.items()}
            return {k: v for k, v in parsed.items() if not (remove_empty_strings and v == "")}
        return node

    return cast(T, parse(value))


def inline_code_bodies(text: str, id_of_name: Callable[[str], str | None]) -> list[str]:
    """The function bodies :func:`substitute` hands to the evaluator for ``text``'s inline code.

    JavaScript runs asynchronously, so callers evaluate these first and give ``substitute`` an
    evaluator that looks the results up.
    """
    return [_code_body(match[1], id_of_name) for match in _INLINE_CODE.finditer(text)]


def _code_body(code: str, id_of_name: Callable[[str], str | None]) -> str:
    body = _replace_variables(code, lambda name: id_of_name(name) or "")
    return body if "return " in body else f"return {body}"


def _run_inline_code(code: str, ctx: TemplateContext) -> str:
    if ctx.evaluate_code is not None:
        result = ctx.evaluate_code(_code_body(code, ctx.id_of_name))
        if result is not None:
            return result
    return _replace_variables(code, lambda name: _render_value(ctx, name, render_text))


def _render_value(ctx: TemplateContext, name: str, render: Render) -> str:
    value = ctx.value_of_name(name)
    return "" if value is None else render(value)


def _replace_variables(text: str, replacement: Callable[[str], str]) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match[1] if match[1] is not None else match[3]
        return (match[2] or "") + replacement(name)

    return _VARIABLE.sub(replace, text)
