"""LLM provider clients: OpenAI and the servers compatible with it, and Anthropic."""
