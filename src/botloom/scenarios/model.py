"""The scenario file format (docs/scenarios.md)."""

from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel


class ScenarioModel(BaseModel):
    """camelCase keys, as in the files; unknown keys are refused to catch typos."""

    model_config = ConfigDict(
        alias_generator=to_camel, validate_by_name=True, validate_by_alias=True, extra="forbid"
    )


class ScenarioBot(ScenarioModel):
    """A bot the chat needs, imported and published before it starts."""

    file: str
    public_id: str
    id: str | None = None


class ScenarioStart(ScenarioModel):
    """The bot to start, and extra startChat body fields."""

    public_id: str
    body: dict[str, Any] = Field(default_factory=dict)


class Expectation(ScenarioModel):
    """What a response must show; every key optional (``input: null`` means no input)."""

    texts: list[str] | None = None
    messages: list[dict[str, Any]] | None = None
    input: dict[str, Any] | None = None
    client_side_actions: list[dict[str, Any]] | None = None
    absent_texts: list[str] | None = None
    status: int = 200


class Turn(ScenarioModel):
    """One exchange: what is sent (nothing for the start) and what must come back."""

    send: str | dict[str, Any] | None = None
    body: dict[str, Any] | None = None
    expect: Expectation = Field(default_factory=Expectation)


class Scenario(ScenarioModel):
    """One chat with its expected replies."""

    title: str
    source: str | None = None
    typebots: list[ScenarioBot]
    start: ScenarioStart
    turns: list[Turn]
