"""Request and response shapes of the results routes (Typebot's builder OpenAPI)."""

from typing import Literal

from botloom.domain.schemas import ApiModel, Timestamp

VariableValue = str | list[str | None] | None


class ResultVariable(ApiModel):
    """A variable's value as the result kept it."""

    id: str
    name: str
    value: VariableValue = None


class ResultAnswer(ApiModel):
    """One answer to an input block."""

    block_id: str
    content: str
    attached_file_urls: list[str] = []


class ResultRead(ApiModel):
    """A result with its answers (oldest first) and variables."""

    id: str
    created_at: Timestamp
    typebot_id: str
    variables: list[ResultVariable]
    is_completed: bool
    has_started: bool | None
    is_archived: bool | None
    last_chat_session_id: str | None
    answers: list[ResultAnswer]


class ResultPage(ApiModel):
    """A page of results, newest first; pass ``nextCursor`` back for the next page."""

    results: list[ResultRead]
    next_cursor: str | None = None


class ResultResponse(ApiModel):
    """One result."""

    result: ResultRead


class TranscriptLineRead(ApiModel):
    """A line of a transcript: a bot bubble or a user reply."""

    role: Literal["bot", "user"]
    type: Literal["text", "image", "video", "audio"]
    text: str | None = None
    image: str | None = None
    video: str | None = None
    audio: str | None = None


class TranscriptResponse(ApiModel):
    """A result's conversation, in order."""

    transcript: list[TranscriptLineRead]


class LogRead(ApiModel):
    """Something the run logged for the bot's owner."""

    id: str
    created_at: Timestamp
    result_id: str
    status: str
    description: str
    details: str | None
    context: str | None


class LogsResponse(ApiModel):
    """A result's logs, oldest first."""

    logs: list[LogRead]


class ResultsDelete(ApiModel):
    """Which results to delete: comma-separated ids, or all of the bot's when absent."""

    result_ids: str | None = None
