"""What a writer tidies in a draft folder while it holds the lock: stale temporary files, .gitignore.

Every write goes through a temporary file (:mod:`.atomic`) that lives for milliseconds; one
left behind means its writer was killed. Removing it under the lock, once it is far older
than any write, can never take a file from a writer still at work. The ``.gitignore``
keeps the lock and temporary files out of the commits that share a draft (``git add -A``).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from . import atomic
from .errors import StorageError
from .reading import AMENDMENTS, DECISIONS, REVISIONS, ROSTER

GITIGNORE = ".gitignore"
IGNORED = (
    "# DraftDesk's own: the folder's lock and the temporary files of writes in progress\n.lock\n.*.tmp\n"
)


def ignore_file(folder: Path) -> None:
    """Give the draft folder its ``.gitignore`` if it has none (one written by hand is kept)."""
    if not os.path.lexists(folder / GITIGNORE):
        with contextlib.suppress(StorageError):  # another writer's, a moment ago
            atomic.create(folder / GITIGNORE, IGNORED)


def remove_stale(folder: Path, now: float | None = None) -> list[Path]:
    """Remove the temporary files killed writers left in the folder and its record folders."""
    places = (folder, *(folder / kind for kind in (AMENDMENTS, DECISIONS, REVISIONS, ROSTER)))
    return [path for place in places for path in atomic.remove_stale(place, now)]


def tidy(folder: Path) -> None:
    """Everything above, as a writer holding the folder's lock does it."""
    ignore_file(folder)
    remove_stale(folder)
