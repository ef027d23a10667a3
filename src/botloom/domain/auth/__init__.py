"""API tokens and the identity of callers."""
