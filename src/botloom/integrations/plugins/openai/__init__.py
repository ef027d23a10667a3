"""The OpenAI block (forge id `openai`): chat completion, assistants, the Responses API ("Ask
Model"), speech, transcription and variable generation. The credentials' base URL serves Azure
or OpenAI-compatible servers."""

from botloom.integrations.llm.forge_actions import llm_integration
from botloom.integrations.plugins.openai.ask_model import ASK_MODEL
from botloom.integrations.plugins.openai.assistant import ASK_ASSISTANT
from botloom.integrations.plugins.openai.audio import SPEECH, TRANSCRIPTION
from botloom.integrations.plugins.openai.client import OPENAI

INTEGRATION = llm_integration(
    OPENAI, generates_variables=True, more_actions=(ASK_ASSISTANT, ASK_MODEL, SPEECH, TRANSCRIPTION)
)
