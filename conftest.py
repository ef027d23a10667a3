"""Plugins for every test of the repository, in ``tests/`` and beside the blocks in ``src/``."""

pytest_plugins = ["tests.support.compat"]
