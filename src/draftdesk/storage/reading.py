"""Loading a draft folder whole, fast, and refusing any bad file with its position.

Layout (docs/architecture.md): ``draft.toml``, ``revisions/rev-N.toml``,
``amendments/<id>.toml``, ``decisions/<id>.toml``. Files are parsed by :mod:`.parse`
and turned into model objects by :mod:`.decode`; objects are sorted by file
name, and the engine orders them itself, so the order files were written in
never matters. Amendments and decisions are cached per user by :mod:`.cache` (their
files never change), so only new files are parsed.
"""

from __future__ import annotations

import errno
import os
import tomllib
from collections.abc import Callable
from pathlib import Path
from stat import S_ISDIR, S_ISREG
from typing import Any, NamedTuple, TypeVar

from draftdesk.engine.amendments import Amendment, Decision
from draftdesk.engine.model import Draft

from .cache import RecordCache
from .decode import Invalid, amendment_from, decision_from, draft_from
from .errors import StorageError, key_line, syntax_error
from .org_records import with_records
from .parse import parse_toml

DRAFT_FILE = "draft.toml"
AMENDMENTS = "amendments"
DECISIONS = "decisions"
REVISIONS = "revisions"

T = TypeVar("T", Amendment, Decision)


class Stored(NamedTuple):
    """Everything a draft folder holds, as the engine wants it, and the files left out."""

    draft: Draft
    amendments: list[Amendment]
    decisions: list[Decision]
    skipped: tuple[StorageError, ...] = ()
    """Files that could not be believed (malformed, a link, not a file): each says which and why."""


PLAIN = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK
"""No link is followed (a draft never reaches outside its folder), no FIFO blocks a read."""


class _Opening:
    """How files are opened for reading: without updating their access time while that is allowed.

    Linux updates a file's access time at its first read since it changed (a metadata write for
    each file: reading a folder just written, as a first load does, takes 20-30% longer).
    ``O_NOATIME`` spares that, but only for the files' owner: at the first file it is refused for
    (another delegate's, in a shared folder), this process opens files plainly from then on.
    """

    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_NOATIME", 0)

    @classmethod
    def open(cls, path: str | Path) -> int:
        try:
            return os.open(path, cls.flags)
        except PermissionError as error:
            if error.errno != errno.EPERM or cls.flags == PLAIN:
                raise
            cls.flags = PLAIN
            return os.open(path, cls.flags)


def _read(path: str | Path) -> tuple[str, dict[str, Any], os.stat_result]:
    """A file's text, its TOML data and its stat (taken before reading: a change while it is read
    shows next time). ``path`` may be a plain string: thousands of files are read, and a Path is
    only made for an error. Plain descriptor calls, not ``open()``: half the time a file."""
    try:
        descriptor = _Opening.open(path)
        try:
            stat = os.fstat(descriptor)
            if not S_ISREG(stat.st_mode):
                raise StorageError(Path(path), "not a regular file: not read")
            content = os.read(descriptor, stat.st_size + 1)
            if len(content) != stat.st_size:  # changed since the stat: read to the end all the same
                chunks = [content]
                while chunks[-1]:
                    chunks.append(os.read(descriptor, 65536))
                content = b"".join(chunks)
        finally:
            os.close(descriptor)
        text = content.decode("utf-8")
    except FileNotFoundError:
        raise StorageError(Path(path), "not found") from None
    except UnicodeDecodeError as error:
        raise StorageError(Path(path), f"not UTF-8 text (byte {error.start})") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise StorageError(Path(path), "a symbolic link: not followed") from None
        raise StorageError(Path(path), f"cannot read: {error.strerror or error}") from None
    try:
        return text, parse_toml(text), stat
    except tomllib.TOMLDecodeError as error:
        raise syntax_error(Path(path), text, error) from None


def _invalid(path: Path, text: str, problem: Invalid) -> StorageError:
    return StorageError(path, problem.message, key_line(text, problem.table, problem.index, problem.key))


def _objects(
    folder: Path, decode: Callable[[dict[str, Any]], T], cache: RecordCache, skipped: list[StorageError]
) -> list[T]:
    """Every ``<id>.toml`` in ``folder`` (sorted by name), each id checked against its file name.

    A file that cannot be believed is left out and added to ``skipped``: one bad file (a
    conflict left by a merge, a hand edit gone wrong) must not stop the draft for everyone.
    A folder that is a link is not followed (nothing outside the draft is read).
    """
    try:
        if not S_ISDIR(os.lstat(folder).st_mode):
            skipped.append(StorageError(folder, "not a folder (a link is not followed): nothing read"))
            return []
        names = sorted(os.listdir(folder))
    except FileNotFoundError:
        return []
    except OSError as error:
        skipped.append(StorageError(folder, f"cannot read: {error.strerror or error}"))
        return []
    kind = folder.name
    prefix = os.path.join(folder, "")
    found: list[T] = []
    for name in names:
        if name.startswith(".") or not name.endswith(".toml"):
            continue  # writers' temporary files, editors' backups
        path = prefix + name
        record = cache.get(kind, name, path)
        if record is None:
            try:
                record = _record(folder, name, decode)
            except StorageError as problem:
                skipped.append(problem)
                continue
            cache.put(kind, name, record[1], record[0])
            record = record[0]
        found.append(record)
    return found


def _record(folder: Path, name: str, decode: Callable[[dict[str, Any]], T]) -> tuple[T, os.stat_result]:
    """The record in ``folder/name`` and the file's stat; StorageError with where it is wrong."""
    text, data, stat = _read(os.path.join(folder, name))
    try:
        record = decode(data)
    except Invalid as problem:
        raise _invalid(folder / name, text, problem) from None
    if record.id != name[:-5]:
        raise StorageError(
            folder / name, f"id {record.id!r} does not match the file name", key_line(text, key="id")
        )
    return record, stat


def load_draft(folder: Path, skipped: list[StorageError] | None = None) -> Draft:
    """The draft alone (draft.toml: metadata, organizations, base text, and the organizations added
    since, :mod:`.org_records`), for a caller that needs no amendments (``draftdesk open`` checks
    who acts before the TUI loads the whole folder)."""
    folder = Path(folder)
    path = folder / DRAFT_FILE
    if not path.is_file():
        raise StorageError(folder, "not a draft folder (no draft.toml)")
    text, data, _ = _read(path)
    try:
        draft = draft_from(data, folder.resolve().name)
    except Invalid as problem:
        raise _invalid(path, text, problem) from None
    return with_records(draft, folder, _read, skipped)


def load(folder: Path, defer: Callable[[Callable[[], None]], object] | None = None) -> Stored:
    """The draft, its amendments and decisions; StorageError if draft.toml is bad (any other bad
    file is left out, in ``skipped``).

    The load cache is written before returning, unless ``defer`` is given: then the write (pickling
    and replacing the cache file, most of a first load's last 100 ms) is handed to ``defer`` as a
    callable that never raises and may run later, in any thread (the TUI runs it once its first
    frame is up). ``defer`` is not called when the cache needs no write."""
    folder = Path(folder)
    skipped: list[StorageError] = []
    draft = load_draft(folder, skipped)
    cache = RecordCache(folder)
    stored = Stored(
        draft,
        _objects(folder / AMENDMENTS, amendment_from, cache, skipped),
        _objects(folder / DECISIONS, decision_from, cache, skipped),
        tuple(skipped),
    )
    if defer is None:
        cache.save()
    elif cache.stale:
        defer(cache.save)
    return stored
