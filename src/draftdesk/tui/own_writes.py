"""Records this terminal wrote and has already merged: the watcher need not reload the folder for them.

After an accept, the decision is merged in place at once; reloading the whole
folder for its file as well would cost the screen a second swap of the state
(and the watcher's thread a whole load and merge). The same goes for an
amendment tabled here. Records
are known by id: each is stored as ``<id>.toml`` (docs/architecture.md), and
ids are unique. Hidden files are not objects of the draft (writers' temporary
files, the lock), so they never call for a reload either. If the watcher sees
a file before it is recorded here, it just reloads, as before.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable

SUFFIX = ".toml"


class OwnWrites:
    """Ids of records written here, shared by the thread that writes and the one that watches."""

    def __init__(self) -> None:
        self._ids: set[str] = set()
        self._lock = threading.Lock()

    def add(self, record_id: str) -> None:
        with self._lock:
            self._ids.add(record_id)

    def only_ours(self, changed: Iterable[str]) -> bool:
        """Whether every visible file changed is a record written here (those are then forgotten)."""
        names = {os.path.basename(p) for p in changed}
        visible = {name for name in names if not name.startswith(".")}
        ids = {name.removesuffix(SUFFIX) for name in visible if name.endswith(SUFFIX)}
        with self._lock:
            if len(ids) != len(visible) or not ids <= self._ids:
                return False
            self._ids -= ids
            return True
