"""Atomic writes: a reader never sees half a file, two writers never overwrite each other.

The text goes to a temporary file in the target's own folder (so the final
rename stays on one file system), is flushed and fsynced, then either replaces
the target (``os.replace``: draft.toml, revisions) or is hard-linked to a name
that must not exist yet (``os.link`` fails with EEXIST: amendments, decisions,
whose files are never edited). The temporary file is removed whatever happens, unless the
writer is killed: :func:`remove_stale` removes what such a writer left.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path
from stat import S_ISDIR

from .errors import StorageError

TEMP_SUFFIX = ".tmp"
STALE_AFTER = 600.0
"""Seconds after which a temporary file is taken for the leftover of a killed writer."""


@contextlib.contextmanager
def _temporary(path: Path, data: str | bytes) -> Iterator[Path]:
    temp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
    try:
        write_new(temp, data)
        yield temp
    except OSError as error:
        raise StorageError(path, f"cannot write: {error.strerror or error}") from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def write_new(path: Path, data: str | bytes, sync: bool = True) -> None:
    """Write a file that must not exist yet (FileExistsError otherwise), flushed to disk."""
    with open(path, "xb") as handle:  # binary: text is UTF-8 with "\n" line ends, as written
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)
        handle.flush()
        if sync:
            os.fsync(handle.fileno())


def replace(path: Path, data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` atomically, replacing any earlier version."""
    with _temporary(path, data) as temp:
        os.replace(temp, path)
    sync_folder(path.parent)


def create(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically; StorageError if ``path`` already exists."""
    with _temporary(path, text) as temp:
        try:
            os.link(temp, path)
        except FileExistsError:
            raise StorageError(path, "already exists; stored objects are never overwritten") from None
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """fsync the folder, so the new name itself survives a crash (where the OS allows it)."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def remove_stale(place: Path, now: float | None = None) -> list[Path]:
    """Remove the temporary files killed writers left in the folder ``place`` (not a link): one far
    older than any write can never be taken from a writer still at work. Returns those removed."""
    now = time.time() if now is None else now
    try:
        if not S_ISDIR(os.lstat(place).st_mode):
            return []  # a link is not followed
        names = [n for n in os.listdir(place) if n.startswith(".") and n.endswith(TEMP_SUFFIX)]
    except OSError:
        return []
    removed = []
    for name in names:
        path = place / name
        with contextlib.suppress(OSError):
            info = os.lstat(path)
            if not S_ISDIR(info.st_mode) and now - info.st_mtime > STALE_AFTER:
                path.unlink()
                removed.append(path)
    return removed
