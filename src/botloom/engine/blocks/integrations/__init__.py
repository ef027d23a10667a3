"""Integration blocks built into Typebot (HTTP, email, sheets, analytics, legacy OpenAI)."""
