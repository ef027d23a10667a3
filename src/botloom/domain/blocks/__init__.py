"""What the builder may put in a bot: the block types this server runs and its plugins' forms."""
