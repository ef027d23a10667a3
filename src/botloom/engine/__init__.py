"""The pure chat engine: walks the bot graph and executes blocks, with I/O only through ports."""
