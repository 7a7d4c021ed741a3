"""Reading record files (``<kind>/<id>.toml``): their bytes, TOML, seal and record, many at a time.

A load reads thousands of small files, so a batch is read stage by stage: every file's bytes,
then every text parsed, then every seal, then every record decoded. Interleaving the stages file by
file does the same work more slowly: the system calls, the TOML parser and the decoders evict each
other from the processor's caches (docs/performance.md). Files are read
through plain descriptor calls on string paths, a ``Path`` being made only for an error.
"""

from __future__ import annotations

import errno
import os
import re
import tomllib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from stat import S_ISDIR, S_ISREG
from typing import Any, NamedTuple, TypeVar

from draftdesk.engine.amendments import Amendment, Decision
from draftdesk.engine.revision_chain import RevisionRecord
from draftdesk.engine.roster import Registration
from draftdesk.engine.seals import Sealing, SealProblem, sealing

from .decode import Invalid, NewerFormat, amendment_from, decision_from, readable
from .errors import NewerRecord, StorageError, key_line, syntax_error
from .parse import parse_toml

AMENDMENTS = "amendments"
DECISIONS = "decisions"
SUFFIX = ".toml"
CHUNK = 1 << 16
ARCHIVE = re.compile(r"rev-\d+\.toml")
"""An earlier DraftDesk's archive of a replaced base text (``revisions/rev-N.toml``): not a record."""
PLAIN = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK
"""No link is followed (a draft never reaches outside its folder), no FIFO blocks a read."""

T = TypeVar("T", Amendment, Decision, Registration, RevisionRecord)
Decoder = Callable[[dict[str, Any]], T]


def read_bytes(path: str) -> bytes:
    """A file's bytes, in one read when its size holds."""
    try:
        descriptor = os.open(path, PLAIN)
        try:
            info = os.fstat(descriptor)
            if not S_ISREG(info.st_mode):
                raise StorageError(Path(path), "not a regular file: not read")
            chunks = [os.read(descriptor, info.st_size + 1)]
            if len(chunks[0]) > info.st_size:  # it grew since its size was taken: read to its end
                while chunks[-1]:
                    chunks.append(os.read(descriptor, CHUNK))
        finally:
            os.close(descriptor)
    except FileNotFoundError:
        raise StorageError(Path(path), "not found") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise StorageError(Path(path), "a symbolic link: not followed") from None
        raise StorageError(Path(path), f"cannot read: {error.strerror or error}") from None
    return b"".join(chunks)


def parsed(path: str, data: bytes) -> tuple[bytes, str, dict[str, Any]]:
    """A file's bytes, its text and its TOML data."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise StorageError(Path(path), f"not UTF-8 text (byte {error.start})") from None
    try:
        return data, text, parse_toml(text)
    except tomllib.TOMLDecodeError as error:
        raise syntax_error(Path(path), text, error) from None


def read_whole(path: str) -> tuple[bytes, str, dict[str, Any]]:
    """One file's bytes, text and TOML data."""
    return parsed(path, read_bytes(path))


def invalid(path: Path, text: str, problem: Invalid) -> StorageError:
    kind = NewerRecord if isinstance(problem, NewerFormat) else StorageError
    return kind(path, problem.message, key_line(text, problem.table, problem.index, problem.key))


def _sealed(path: str, read: tuple[bytes, str, dict[str, Any]]) -> tuple[str, dict[str, Any], Sealing]:
    """A file's text, its TOML data without the seal table, and its sealing."""
    raw, text, data = read
    try:
        return text, data, sealing(raw, data.pop("seal", None))
    except SealProblem as problem:
        raise StorageError(Path(path), str(problem), key_line(text, "seal")) from None


def _record(path: str, sealed: tuple[str, dict[str, Any], Sealing], decode: Decoder[T]) -> tuple[T, Sealing]:
    """The record in ``<id>.toml``, its id checked against the file name, with the file's sealing."""
    text, data, seal = sealed
    try:
        record = decode(readable(data))
    except Invalid as problem:
        raise invalid(Path(path), text, problem) from None
    if record.id != os.path.basename(path)[: -len(SUFFIX)]:
        raise StorageError(
            Path(path), f"id {record.id!r} does not match the file name", key_line(text, key="id")
        )
    return record, seal


def _attempt(step: Callable[..., Any], path: str, *given: Any) -> Any:
    """``step(path, *given)``, or the StorageError that stops this file: raised by ``step``, or
    met at an earlier stage (``given[0]``) and passed on as it is."""
    if given and isinstance(given[0], StorageError):
        return given[0]
    try:
        return step(path, *given)
    except StorageError as problem:
        return problem


def records(paths: Sequence[str], decode: Decoder[T]) -> list[tuple[T, Sealing] | StorageError]:
    """The record in each file with its sealing, or why it cannot be believed; in the order given."""
    data = [_attempt(read_bytes, path) for path in paths]
    read = [_attempt(parsed, path, raw) for path, raw in zip(paths, data, strict=True)]
    sealed = [_attempt(_sealed, path, found) for path, found in zip(paths, read, strict=True)]
    return [_attempt(_record, path, found, decode) for path, found in zip(paths, sealed, strict=True)]


def is_record(name: str) -> bool:
    """Not a writer's temporary file, an editor's backup nor an earlier DraftDesk's archive."""
    return name.endswith(SUFFIX) and not name.startswith(".") and not ARCHIVE.fullmatch(name)


def objects_in(
    folder: Path,
    decode: Decoder[T],
    skipped: list[StorageError],
    sealings: dict[str, Sealing],
) -> list[T]:
    """Every ``<id>.toml`` in ``folder`` (sorted by name), each id
    checked against its file name; each file's sealing goes to ``sealings`` under ``kind/name``.

    A file that cannot be believed is left out and added to ``skipped``: one bad file (a
    conflict left by a merge, a hand edit gone wrong) must not stop the draft for everyone.
    A folder that is a link is not followed (nothing outside the draft is read).
    """
    try:
        if not S_ISDIR(os.lstat(folder).st_mode):
            skipped.append(StorageError(folder, "not a folder (a link is not followed): nothing read"))
            return []
        names = sorted(name for name in os.listdir(folder) if is_record(name))
    except FileNotFoundError:
        return []
    except OSError as error:
        skipped.append(StorageError(folder, f"cannot read: {error.strerror or error}"))
        return []
    prefix = os.path.join(folder, "")
    found: list[T] = []
    for name, result in zip(names, records([prefix + name for name in names], decode), strict=True):
        if isinstance(result, StorageError):
            skipped.append(result)
        else:
            found.append(result[0])
            sealings[f"{folder.name}/{name}"] = result[1]
    return found


class NewRecords(NamedTuple):
    """Amendments and decisions in files just written, with their sealings (``kind/name``)."""

    amendments: list[Amendment]
    decisions: list[Decision]
    sealings: dict[str, Sealing]


def read_records(folder: Path, paths: Iterable[str | Path]) -> NewRecords | None:
    """The amendments and decisions in these files of ``folder`` (files just written, say), or
    None when one of them is something else (``draft.toml``, a revision) or cannot be read:
    the caller then loads the whole folder, which says what it left out. Hidden files (writers'
    temporary files) are passed over. Whether they are believed is the caller's to judge
    (``signatures.admitted``)."""
    folder = Path(folder).resolve()
    by_kind: dict[str, list[str]] = {AMENDMENTS: [], DECISIONS: []}
    for path in map(Path, paths):
        if path.name.startswith("."):
            continue
        kind = path.parent.resolve()
        if kind.parent != folder or not is_record(path.name) or kind.name not in by_kind:
            return None
        by_kind[kind.name].append(str(path))
    found = NewRecords([], [], {})
    for kind, decode, into in (
        (AMENDMENTS, amendment_from, found.amendments),
        (DECISIONS, decision_from, found.decisions),
    ):
        for path, result in zip(by_kind[kind], records(by_kind[kind], decode), strict=True):
            if isinstance(result, StorageError):
                return None
            into.append(result[0])
            found.sealings[f"{kind}/{os.path.basename(path)}"] = result[1]
    return found
