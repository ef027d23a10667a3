"""Analytics of a bot's results: views, starts, completions, answers per block, paths, drop-off."""
