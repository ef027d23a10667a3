"""Bodies of the upload routes (Typebot's ``POST /api/v3/generate-upload-url``)."""

from pydantic import Field

from botloom.domain.schemas import ApiModel

MIME_TYPE = r"^$|^[A-Za-z0-9][\w.+-]*/[\w.+-]+$"


class GenerateUploadUrlBody(ApiModel):
    """The file about to be uploaded: an answer to the session's input (the widget: ``sessionId``
    and ``blockId``), or a picture of a bot's theme (the builder: ``typebotId``, signed in)."""

    session_id: str | None = Field(default=None, min_length=1, max_length=200)
    block_id: str | None = Field(default=None, min_length=1, max_length=200)
    typebot_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        description="A bot the signed-in caller may edit: the file is a picture of its theme",
    )
    file_name: str = Field(min_length=1, max_length=1024)
    file_type: str = Field(default="", max_length=200, pattern=MIME_TYPE)
    file_size: int | None = Field(default=None, ge=0)


class UploadUrl(ApiModel):
    """Where to upload the file (a PUT of its bytes), and its public URL afterwards."""

    presigned_url: str
    file_url: str
    form_data: dict[str, str] | None = None
