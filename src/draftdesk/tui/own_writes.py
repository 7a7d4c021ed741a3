"""Files this terminal wrote and has already merged: the watcher need not reload the folder for them.

After an accept, the decision is merged in place at once; reloading the whole
folder for its file as well cost the screen another 30-60 ms of UI time half a
second later (synthetic folder; the watcher thread's own load and merge, some
400 ms of CPU, on top). Hidden files are not objects of the draft (writers'
temporary files, the lock), so they never call for a reload either. If the
watcher sees a file before it is recorded here, it just reloads, as before.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from pathlib import Path


class OwnWrites:
    """Paths written here, shared by the thread that writes and the one that watches."""

    def __init__(self) -> None:
        self._paths: set[str] = set()
        self._lock = threading.Lock()

    def add(self, path: Path) -> None:
        with self._lock:
            self._paths.add(os.path.realpath(path))

    def only_ours(self, changed: Iterable[str]) -> bool:
        """Whether every visible file changed is one written here (those are then forgotten)."""
        visible = {os.path.realpath(p) for p in changed if not os.path.basename(p).startswith(".")}
        with self._lock:
            if not visible <= self._paths:
                return False
            self._paths -= visible
            return True
