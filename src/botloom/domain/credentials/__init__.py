"""Integration credentials: stored per workspace, encrypted at rest, never returned."""
