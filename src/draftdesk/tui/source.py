"""Where the TUI gets its state: the storage layer, never the file system directly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from draftdesk.engine.merge import Negotiation

Loader = Callable[[Path], Negotiation]


def load_negotiation(folder: Path) -> Negotiation:
    """Read a draft folder through storage and merge it."""
    from draftdesk import storage

    draft, amendments, decisions = storage.load(folder)
    return Negotiation(draft, amendments, decisions)
