"""Results: what visitors' runs leave, listed, exported, replayed as transcripts, deleted."""
