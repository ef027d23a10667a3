"""OpenAI's speech and transcription actions."""

import base64
from urllib.parse import urlparse

from botloom.integrations.llm.http import send
from botloom.integrations.llm.openai_extras import create_speech, create_transcription
from botloom.integrations.llm.options import LlmCredentials
from botloom.integrations.plugins.base import Action, ActionContext, IntegrationError
from botloom.integrations.plugins.openai.client import openai_api
from botloom.schema.model import DocModel

AUDIO_LIMIT_BYTES = 25 * 2**20
"""The largest audio file a transcription downloads: the most OpenAI's API accepts."""


class SpeechOptions(DocModel):
    """Options of "Create speech"."""

    model: str | None = None
    input: str | None = None
    voice: str | None = None
    save_url_in_variable_id: str | None = None
    base_url: str | None = None
    api_version: str | None = None


class TranscriptionOptions(DocModel):
    """Options of "Create transcription"."""

    url: str | None = None
    transcription_variable_id: str | None = None
    base_url: str | None = None
    api_version: str | None = None


async def speech(ctx: ActionContext[SpeechOptions, LlmCredentials]) -> None:
    """Read the input aloud; the variable gets the MP3 as a ``data:`` URL, which audio bubbles
    play (Botloom keeps no file storage for generated audio yet)."""
    options = ctx.options
    if not options.input:
        raise IntegrationError("Create speech input is empty")
    if not options.voice:
        raise IntegrationError("Create speech voice is empty")
    if not options.save_url_in_variable_id:
        raise IntegrationError("Create speech save variable is empty")
    api = openai_api(ctx, base_url=options.base_url, api_version=options.api_version)
    async with api as client:
        audio = await create_speech(
            client, text=options.input, voice=options.voice, model=options.model
        )
    url = "data:audio/mpeg;base64," + base64.b64encode(audio).decode()
    ctx.set_variable(options.save_url_in_variable_id, url)


async def transcription(ctx: ActionContext[TranscriptionOptions, LlmCredentials]) -> None:
    """Fetch the audio at ``url`` and save what is said in it."""
    options = ctx.options
    if not options.url:
        raise IntegrationError("Create transcription audio URL is empty")
    if not options.transcription_variable_id:
        raise IntegrationError("Create transcription save variable is empty")
    api = openai_api(ctx, base_url=options.base_url, api_version=options.api_version)
    async with api as client:
        # The URL is often a visitor's: the download is capped, and may follow redirects
        # (file hosts use them) as it carries no key.
        audio = await send(
            client.api.http,
            "GET",
            options.url,
            time_limit=client.api.time_limit,
            max_bytes=AUDIO_LIMIT_BYTES,
            follow_redirects=True,
        )
        name = urlparse(options.url).path.rsplit("/", 1)[-1] or "audio.mp3"
        text = await create_transcription(client, audio=audio.content, file_name=name)
    ctx.set_variable(options.transcription_variable_id, text)


SPEECH = Action(
    name="Create speech",
    options_model=SpeechOptions,
    run=speech,
    set_variable_ids=lambda o: [o.save_url_in_variable_id] if o.save_url_in_variable_id else [],
)
TRANSCRIPTION = Action(
    name="Create transcription",
    options_model=TranscriptionOptions,
    run=transcription,
    set_variable_ids=lambda o: [o.transcription_variable_id] if o.transcription_variable_id else [],
)
