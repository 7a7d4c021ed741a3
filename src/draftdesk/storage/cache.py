"""A per-user cache of loaded amendments and decisions: a big folder loads fast after the first time.

Parsing thousands of small TOML files is most of a load, and those files are never edited once
written (docs/architecture.md), so the record read from one stays true while the file's stat
(size, mtime, ctime, inode) is unchanged. A record is kept only once it has passed every check,
and the cache is tied to the source of the code that parses, decodes, checks and caches files,
so new code never gets a record that older code let through or built differently.

Records are stored as plain tuples: with building the objects, about half the time of unpickling
the dataclasses themselves (measured on 7,500: 45 against 75 ms). The cache lives in the user's own
cache folder, never in the draft folder, which other delegates can write to; it must be the user's
own file, and it is unpickled with only the date and time classes allowed, so no file put there
could run code. Anything wrong with it (missing, corrupt, another format, unwritable) just means
parsing again: a load never fails, nor differs, because of the cache.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import hashlib
import io
import os
import pickle
import sys
from collections.abc import Callable
from dataclasses import fields
from operator import attrgetter
from pathlib import Path
from typing import Any

import rtoml

from draftdesk.engine import amendments, model
from draftdesk.engine.amendments import Amendment, Decision, Op

from .atomic import replace
from .decode import new_amendment, new_decision, new_op

FORMAT = 3
"""The layout of the cache file; a file of another format is ignored (so is one from other code).
It is a sequence of pickles: (header, folder, number of parts), then each part: (kind, entries)."""
PART = 200
"""Records pickled in one call. A deferred write runs in a thread beside a user interface, and a
pickling call holds the interpreter (the GIL) throughout: the 7,500 records of the synthetic folder
took 40-60 ms in one call; parts of 200 take 1-2 ms each (up to about 10 when pickle's memo grows),
between which the interface's thread gets its turn."""
ENV = "DRAFTDESK_CACHE_DIR"
"""Where the caches go; empty or "off" turns caching off."""

Stamp = tuple[int, int, int, int]
Row = tuple[Any, ...]
Entries = dict[str, dict[str, tuple[Stamp, Row]]]
"""Kind (folder: amendments, decisions) -> file name -> (stamp, row)."""
Record = Amendment | Decision

_ALLOWED = frozenset(("date", "datetime", "time", "timedelta", "timezone"))
_AMENDMENT = tuple(field.name for field in fields(Amendment))
_OPS = _AMENDMENT.index("ops")
_amendment_values = attrgetter(*_AMENDMENT)
_OP = tuple(field.name for field in fields(Op))
_BASE_TEXT = _OP.index("base_text")
_op_values = attrgetter(*_OP)
_decision_values = attrgetter(*(field.name for field in fields(Decision)))


def _amendment_row(amendment: Amendment) -> Row:
    """The amendment's fields, each op's too. A paragraph's text recurs as the base text of every
    amendment to it: interned, pickle writes it once, so the cache is less than half the size and
    loads faster."""
    row = list(_amendment_values(amendment))
    ops = []
    for op in amendment.ops:
        values = list(_op_values(op))
        values[_BASE_TEXT] = sys.intern(values[_BASE_TEXT])
        ops.append(tuple(values))
    row[_OPS] = tuple(ops)
    return tuple(row)


def _amendment(row: Row) -> Amendment:
    return new_amendment((*row[:_OPS], tuple(map(new_op, row[_OPS])), *row[_OPS + 1 :]))


CODECS: dict[str, tuple[Callable[[Any], Row], Callable[[Row], Record]]] = {
    "amendments": (_amendment_row, _amendment),
    "decisions": (_decision_values, new_decision),
}
"""Per folder of the draft: record -> row, row -> record."""


@functools.cache
def _header() -> tuple[int, str, str]:
    """The format, the versions of Python and rtoml (the parsers, pickle), and a hash of the code
    that parses, decodes, checks and caches files: all of storage, and the model it builds."""
    code = hashlib.sha256()
    for path in (
        *sorted(Path(__file__).parent.glob("*.py")),
        Path(str(amendments.__file__)),
        Path(str(model.__file__)),
    ):
        code.update(path.read_bytes())
    return FORMAT, f"{sys.version} rtoml {rtoml.__version__}", code.hexdigest()


def folder_of_caches() -> Path | None:
    """$DRAFTDESK_CACHE_DIR, else $XDG_CACHE_HOME/draftdesk, else ~/.cache/draftdesk; None when off."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return None if chosen in ("", "off") else Path(chosen)
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    if os.path.isabs(xdg):  # the XDG spec: a relative path is to be ignored
        return Path(xdg) / "draftdesk"
    try:
        return Path.home() / ".cache" / "draftdesk"
    except RuntimeError:  # no home directory to be found
        return None


class _Unpickler(pickle.Unpickler):
    """Builds only containers, scalars and the date and time classes: nothing that runs code."""

    def find_class(self, module: str, name: str) -> Any:
        if module == "datetime" and name in _ALLOWED:
            return getattr(datetime, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a cache")


def _stamp(stat: os.stat_result) -> Stamp:
    """What identifies one version of a file."""
    return stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino


class RecordCache:
    """The records of one draft folder, by kind (its folder), file name and stat; see the module docstring."""

    def __init__(self, folder: Path) -> None:
        where = folder_of_caches()
        self.resolved = str(folder.resolve())
        name = hashlib.sha256(os.fsencode(self.resolved)).hexdigest()[:32]
        self.path = None if where is None else where / f"{name}.pickle"
        self.old: Entries = self._read()
        self.kept: Entries = {kind: {} for kind in CODECS}
        self.fresh: list[tuple[str, str, os.stat_result, Record]] = []

    def _read(self) -> Entries:
        empty: Entries = {kind: {} for kind in CODECS}
        if self.path is None:
            return empty
        try:
            with open(self.path, "rb") as handle:
                if hasattr(os, "getuid") and os.fstat(handle.fileno()).st_uid != os.getuid():
                    return empty  # not written by this user
                unpickler = _Unpickler(io.BytesIO(handle.read()))
            header, folder, count = unpickler.load()
            if header != _header() or folder != self.resolved or type(count) is not int:
                return empty
            entries: Entries = {kind: {} for kind in CODECS}
            for _ in range(count):
                kind, part = unpickler.load()
                if type(part) is not dict:
                    return empty
                entries[kind].update(part)
            return entries
        except Exception:  # whatever is wrong with the cache (unpickling raises many kinds), parse instead
            return empty

    def get(self, kind: str, name: str, path: str) -> Any:
        """The record loaded before from this very version of the file at ``path``, else None.

        The file is stat'ed only if a record of that name is cached: a file read anyway is
        stamped by the reader, from its open descriptor (one system call less a file).
        """
        cached = self.old[kind].get(name)
        if cached is None:
            return None
        try:
            stamp = _stamp(os.lstat(path))  # a link put in a file's place is no hit: it is refused
        except OSError:
            return None  # reading it will say what is wrong
        if cached[0] != stamp:
            return None
        self.kept[kind][name] = cached
        return CODECS[kind][1](cached[1])

    def put(self, kind: str, name: str, stat: os.stat_result, record: Record) -> None:
        """Remember a record just read from its file (``stat`` taken before reading) and checked.
        Only kept as it is: turning it into a row is left to :meth:`save`, which may run later."""
        if self.path is not None:
            self.fresh.append((kind, name, stat, record))

    @property
    def stale(self) -> bool:
        """Whether the cache file needs writing: a file was read, or one is gone."""
        return self.path is not None and bool(self.fresh or _count(self.kept) != _count(self.old))

    def save(self) -> None:
        """Write what this load saw, if the cache is stale; never raises.

        Uses only what the load left here (immutable records, stats), so it may run later, in
        another thread (``storage.load(defer=...)``): hence pickled in parts (see ``PART``)."""
        path = self.path
        if path is None or not self.stale:
            return
        with contextlib.suppress(Exception):  # a read-only or full home: parse again next time
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not os.access(path.parent, os.W_OK):
                return  # not pickled for nothing on every load
            for kind, name, stat, record in self.fresh:
                self.kept[kind][name] = (_stamp(stat), CODECS[kind][0](record))
            parts = _parts(self.kept)
            buffer = io.BytesIO()
            pickler = pickle.Pickler(buffer, pickle.HIGHEST_PROTOCOL)  # one memo: a text recurs across parts
            pickler.dump((_header(), self.resolved, len(parts)))
            for part in parts:
                pickler.dump(part)
            replace(path, buffer.getvalue(), sync=False)  # a cache lost in a crash is only parsing again


def _count(entries: Entries) -> int:
    return sum(map(len, entries.values()))


def _parts(entries: Entries) -> list[tuple[str, dict[str, tuple[Stamp, Row]]]]:
    """The entries in parts of at most ``PART`` records, each with its kind."""
    parts = []
    for kind, shelf in entries.items():
        items = list(shelf.items())
        parts += [(kind, dict(items[start : start + PART])) for start in range(0, len(items), PART)]
    return parts
