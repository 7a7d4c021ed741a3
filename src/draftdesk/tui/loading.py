"""Where the TUI gets its state: the storage layer, never the file system directly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from draftdesk.engine.merge import Negotiation

Defer = Callable[[Callable[[], None]], object]
"""Takes work that may wait (the load cache's write) and runs it later."""


class Loader(Protocol):
    """How the App gets its state: ``load_negotiation``, or a test's or benchmark's own."""

    def __call__(self, folder: Path, defer: Defer | None = None) -> Negotiation: ...


def load_negotiation(folder: Path, defer: Defer | None = None) -> Negotiation:
    """Read a draft folder through storage and merge it; the load cache's write is handed to
    ``defer`` if given (see ``storage.load``)."""
    from draftdesk import storage

    stored = storage.load(folder, defer)
    return Negotiation(stored.draft, stored.amendments, stored.decisions)
