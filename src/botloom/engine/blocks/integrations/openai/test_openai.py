"""Tests of the legacy OpenAI block's document model."""

from typing import Any

import pytest
from pydantic import ValidationError

from botloom.engine.blocks.integrations.openai.schema import OpenAIBlock

MINIMAL: dict[str, Any] = {"id": "b1", "type": "OpenAI"}


def test_defaults_when_options_are_absent() -> None:
    block = OpenAIBlock.model_validate(MINIMAL)
    assert block.options.task is None
    assert block.options.base_url == "https://api.openai.com/v1"
    assert block.options.messages == []


@pytest.mark.parametrize(
    "raw",
    [
        MINIMAL,
        {
            **MINIMAL,
            "options": {
                "task": "Create chat completion",
                "credentialsId": "c1",
                "model": "gpt-4",
                "messages": [
                    {"id": "m1", "role": "system", "content": "Be nice"},
                    {
                        "id": "m2",
                        "role": "Dialogue",
                        "dialogueVariableId": "v1",
                        "startsBy": "assistant",
                    },
                    {
                        "id": "m3",
                        "role": "Messages sequence ✨",
                        "content": {"userMessagesVariableId": "v2"},
                    },
                ],
                "advancedSettings": {"temperature": "{{T}}"},
                "responseMapping": [
                    {"id": "r1", "valueToExtract": "Total tokens", "variableId": "v3"}
                ],
            },
        },
        {
            **MINIMAL,
            "options": {
                "task": "Create speech",
                "model": "tts-1",
                "input": "{{Text}}",
                "voice": "nova",
                "saveUrlInVariableId": "v1",
            },
        },
    ],
)
def test_round_trip(raw: dict[str, Any]) -> None:
    assert OpenAIBlock.model_validate(raw).model_dump(mode="json", exclude_unset=True) == raw


@pytest.mark.parametrize(
    "invalid",
    [
        {"options": {"task": "Create video"}},
        {"options": {"messages": [{"id": "m1", "role": "robot"}]}},
        {"options": {"messages": [{"id": "m1", "content": 3}]}},
    ],
)
def test_rejects_invalid_values(invalid: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        OpenAIBlock.model_validate({**MINIMAL, **invalid})
