"""Replaying a scenario through the chat API and checking every expectation."""

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from pydantic import ValidationError

from botloom.domain.errors import DomainError
from botloom.engine.messages import plain_text
from botloom.scenarios.model import Expectation, Scenario
from botloom.schema.errors import format_path

PublishBot = Callable[[dict[str, Any], str, str | None], Awaitable[None]]
"""Imports and publishes a bot document under a public id (and an id, when given)."""


@dataclass
class ScenarioResult:
    """Whether a scenario passed, and what did not match."""

    path: Path
    title: str
    failures: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """True when every turn matched."""
        return not self.failures


class ScenarioFileError(ValueError):
    """A scenario (or a bot file it names) that cannot be read; the message says why."""


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ScenarioFileError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ScenarioFileError(f"cannot read {path}: not UTF-8 text") from None


def load_scenario(path: Path) -> Scenario:
    """Read and validate a scenario file; ``ScenarioFileError`` names every problem."""
    try:
        return Scenario.model_validate_json(_read_text(path))
    except ValidationError as exc:
        problems = [
            f"{format_path(tuple(e['loc'])) or 'file'}: {e['msg']}" for e in exc.errors()[:5]
        ]
        raise ScenarioFileError("; ".join(problems)) from None


def _load_bot(path: Path) -> dict[str, Any]:
    try:
        document = json.loads(_read_text(path))
    except json.JSONDecodeError as exc:
        raise ScenarioFileError(f"{path}: not JSON ({exc})") from None
    if not isinstance(document, dict):
        raise ScenarioFileError(f"{path}: a bot file holds a JSON object")
    return document


def subset_mismatch(expected: Any, actual: Any, path: str = "") -> str | None:
    """Where ``actual`` fails to contain ``expected`` (docs/scenarios.md, subset match), or None."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return f"{path or 'value'}: expected an object, got {actual!r}"
        for key, value in expected.items():
            if key not in actual:
                return f"{path}.{key}: missing"
            problem = subset_mismatch(value, actual[key], f"{path}.{key}")
            if problem:
                return problem
        return None
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return f"{path}: expected {len(expected)} items, got {actual!r}"
        for i, (e, a) in enumerate(zip(expected, actual, strict=True)):
            problem = subset_mismatch(e, a, f"{path}[{i}]")
            if problem:
                return problem
        return None
    if expected != actual:
        return f"{path}: expected {expected!r}, got {actual!r}"
    return None


def check_response(expect: Expectation, status: int, body: Any) -> list[str]:
    """Every way a response misses its expectation."""
    if status != expect.status:
        return [f"status: expected {expect.status}, got {status} ({body!r})"]
    if status != 200:
        return []
    failures: list[str] = []
    messages = body.get("messages") or []
    texts = [plain_text(m) for m in messages if m.get("type") == "text"]
    if expect.texts is not None and texts != expect.texts:
        failures.append(f"texts: expected {expect.texts!r}, got {texts!r}")
    if expect.messages is not None:
        problem = subset_mismatch(expect.messages, messages, "messages")
        if problem:
            failures.append(problem)
    if "input" in expect.model_fields_set:
        if expect.input is None:
            if body.get("input") is not None:
                failures.append(f"input: expected none, got {body['input']!r}")
        else:
            problem = subset_mismatch(expect.input, body.get("input"), "input")
            if problem:
                failures.append(problem)
    if expect.client_side_actions is not None:
        actions = body.get("clientSideActions") or []
        problem = subset_mismatch(expect.client_side_actions, actions, "clientSideActions")
        if problem:
            failures.append(problem)
    for absent in expect.absent_texts or []:
        if any(absent in text for text in texts):
            failures.append(f"absentTexts: {absent!r} was shown")
    return failures


async def run_scenario(
    path: Path, *, client: httpx.AsyncClient, publish: PublishBot
) -> ScenarioResult:
    """Publish the scenario's bots, then replay its turns through ``client``'s chat API. A file
    that cannot be read or a bot that cannot be published fails the scenario with the reason."""
    try:
        scenario = load_scenario(path)
    except ScenarioFileError as exc:
        return ScenarioResult(path=path, title=path.name, failures=[str(exc)])
    result = ScenarioResult(path=path, title=scenario.title)
    for index, bot in enumerate(scenario.typebots):
        try:
            await publish(_load_bot(path.parent / bot.file), bot.public_id, bot.id)
        except (ScenarioFileError, DomainError) as exc:
            reason = exc.message if isinstance(exc, DomainError) else str(exc)
            result.failures.append(f"typebots[{index}] ({bot.file}): {reason}")
            return result
    response = await client.post(
        f"/api/v1/typebots/{scenario.start.public_id}/startChat", json=scenario.start.body
    )
    body = _json(response)
    session_id = body.get("sessionId") if isinstance(body, dict) else None
    for number, turn in enumerate(scenario.turns):
        if number > 0:
            payload = turn.body or {}
            if turn.send is not None:
                payload = {"message": _message(turn.send)}
            response = await client.post(
                f"/api/v1/sessions/{session_id}/continueChat", json=payload
            )
            body = _json(response)
        for failure in check_response(turn.expect, response.status_code, body):
            result.failures.append(f"turn {number}: {failure}")
        if result.failures:
            break
    return result


def _message(send: str | dict[str, Any]) -> dict[str, Any]:
    return {"type": "text", "text": send} if isinstance(send, str) else send


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return {"raw": response.text}
