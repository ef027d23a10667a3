"""Input blocks: where the bot waits for the visitor."""
