"""Where the TUI gets its state: the storage layer, never the file system directly."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from draftdesk.engine.merge import Negotiation


class Loader(Protocol):
    """How the App gets its state: ``load_negotiation``, or a test's or benchmark's own."""

    def __call__(self, folder: Path) -> Negotiation: ...


def load_negotiation(folder: Path) -> Negotiation:
    """Read a draft folder through storage and merge what is believed (validly signed)."""
    from draftdesk import signatures, storage

    believed = signatures.believed(storage.load(folder))
    return Negotiation(believed.draft, believed.amendments, believed.decisions)
