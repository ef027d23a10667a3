"""Block types: one folder per block, each exporting a ``SPEC`` registered in ``catalog.py``."""
