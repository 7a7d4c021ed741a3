"""Holding off the cyclic garbage collector while a large structure is built.

Loading a folder of thousands of files and merging them allocate a great many
small objects that all stay alive; the collector would rescan the growing heap
again and again (more often the larger the negotiation) and find nothing to
free. Measured on the 7,500-file synthetic folder: a first load takes 700-880 ms
with the collector running, 440-590 ms without.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection while the body runs; the previous setting is restored, whatever happens."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
