"""Storage of files visitors upload: one interface, a local-disk adapter (embedded mode)."""
