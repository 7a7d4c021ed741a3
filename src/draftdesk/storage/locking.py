"""One writer at a time per draft folder, across processes.

Objects are written atomically and exclusively, but a service checks the
folder *and then* writes (is the amendment still pending? which revision is in
force? is draft.toml unchanged since it was read?). Two such sequences at once
could both pass their check: a decision stamped with the revision another
terminal has just replaced, two chairs' saves of draft.toml where the last one
wins. Holding the folder's lock for the whole sequence makes them take turns.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from .errors import StorageError
from .housekeeping import tidy

LOCK_NAME = ".lock"
"""Hidden, so it is never taken for an object of the draft."""


def prepare() -> None:
    """Import what locking needs now rather than at the first write: a long-running
    program (the TUI) calls this once its screen is up, so its first locked write is not the slow one."""
    import filelock  # noqa: F401


@contextlib.contextmanager
def locked(folder: Path, timeout: float = 10.0) -> Iterator[None]:
    """Hold ``folder``'s lock (waiting up to ``timeout`` seconds) while the body runs; first tidy
    the folder (:mod:`.housekeeping`). A link in the lock's place is removed, never opened."""
    from filelock import FileLock, Timeout  # imported by writers only: read-only commands start faster

    if not folder.is_dir():
        raise StorageError(folder, "no such draft folder")
    path = folder / LOCK_NAME
    if path.is_symlink():  # opening it would truncate whatever it points at
        path.unlink()
    lock = FileLock(path, timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise StorageError(
            folder, f"another DraftDesk process has held this draft for {timeout:g} s"
        ) from None
    try:
        tidy(folder)
        yield
    finally:
        lock.release()
