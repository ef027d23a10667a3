"""Botloom: an open-source chatbot builder and chat runtime compatible with Typebot."""
