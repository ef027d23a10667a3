"""Bot tests: scenario files replayed through the chat API (``botloom test``)."""
