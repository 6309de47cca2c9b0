"""Helpers for work over millions of rows."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while a big import runs.

    An import makes millions of short-lived tuples, and each collection walks every live
    container (the rows, the events, the lead index): a third of the time, for garbage that
    reference counting frees anyway. Collection resumes afterwards (unless it was off).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
