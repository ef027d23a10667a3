"""The blocks of the LLM providers that offer only the shared AI actions, one constant each
(OpenAI, with more actions, has its own package)."""

from botloom.integrations.llm.forge_actions import llm_integration
from botloom.integrations.llm.providers import PROVIDERS

ANTHROPIC = llm_integration(
    PROVIDERS["anthropic"], chat_action="Create Chat Message", generates_variables=True
)
MISTRAL = llm_integration(PROVIDERS["mistral"], generates_variables=True)
GROQ = llm_integration(PROVIDERS["groq"])
TOGETHER_AI = llm_integration(PROVIDERS["together-ai"])
OPEN_ROUTER = llm_integration(PROVIDERS["open-router"])
DEEPSEEK = llm_integration(PROVIDERS["deepseek"])
PERPLEXITY = llm_integration(PROVIDERS["perplexity"])
