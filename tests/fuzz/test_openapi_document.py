"""What ``/openapi.json`` tells a client about the chat routes' answers."""

from pathlib import Path
from typing import Any

import pytest

from botloom.api.app import create_app
from botloom.settings import Settings


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    data_dir: Path = tmp_path_factory.mktemp("openapi")
    app = create_app(Settings(database_url=f"sqlite+aiosqlite:///{data_dir / 'db'}"))
    return app.openapi()


def _answer(document: dict[str, Any], path: str, status: str = "200") -> dict[str, Any]:
    response = document["paths"][path]["post"]["responses"][status]
    ref: str = response["content"]["application/json"]["schema"]["$ref"]
    schema: dict[str, Any] = document["components"]["schemas"][ref.rsplit("/", 1)[1]]
    return schema


@pytest.mark.parametrize(
    "path",
    ["/api/v1/typebots/{publicId}/startChat", "/api/v1/typebots/{typebotId}/preview/startChat"],
)
def test_start_chat_answers_are_documented(document: dict[str, Any], path: str) -> None:
    schema = _answer(document, path)
    assert set(schema["required"]) == {"sessionId", "typebot", "messages"}
    assert list(schema["properties"]) == [
        "sessionId",
        "typebot",
        "resultId",
        "messages",
        "input",
        "clientSideActions",
        "logs",
        "progress",
        "lastMessageNewFormat",
        "dynamicTheme",
    ]


def test_continue_chat_answer_is_documented(document: dict[str, Any]) -> None:
    schema = _answer(document, "/api/v1/sessions/{sessionId}/continueChat")
    assert schema["required"] == ["messages"]
    assert "sessionId" not in schema["properties"]
    message_types = {
        ref["$ref"].rsplit("/", 1)[1] for ref in schema["properties"]["messages"]["items"]["oneOf"]
    }
    assert message_types == {"TextBubble", "MediaBubble"}


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/sessions/{sessionId}/updateTypebot",
        "/api/v2/sessions/{sessionId}/clientLogs",
        "/api/v1/sessions/{sessionId}/clientLogs",
    ],
)
def test_session_actions_answer_a_message(document: dict[str, Any], path: str) -> None:
    assert _answer(document, path)["properties"]["message"]["type"] == "string"


@pytest.mark.parametrize("status", ["400", "401", "403", "404"])
def test_errors_are_documented_with_their_body(document: dict[str, Any], status: str) -> None:
    schema = _answer(document, "/api/v1/sessions/{sessionId}/continueChat", status)
    assert set(schema["required"]) == {"defined", "code", "status", "message"}
