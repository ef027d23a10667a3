"""Garbage collection settings for a server process."""

import gc

YOUNG_GC_THRESHOLD = 10_000
"""Allocations between collections of young objects (Python's default is 700)."""


def settle_heap() -> None:
    """Call once startup is done. What startup built (modules, schemas, the app) is left out
    of garbage collection, and young objects are collected less often. A chat turn allocates
    thousands of short-lived objects: with Python's defaults the collector kept walking the
    whole long-lived heap, which halved chat throughput and put 150 ms pauses in p99
    (``bench/chat.py``)."""
    gc.collect()
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_GC_THRESHOLD, older, oldest)
