"""Loading a draft folder whole, fast, and leaving out any file that cannot be believed, with its position.

Layout (docs/architecture.md): ``draft.toml``, ``revisions/<id>.toml`` (each base text, as
founded and as revised; ``rev-N.toml``: an earlier DraftDesk's archives), ``roster/<id>.toml``,
``amendments/<id>.toml``, ``decisions/<id>.toml``. Files are parsed by :mod:`.parse`
and turned into model objects by :mod:`.decode`; objects are sorted by file
name, and the engine orders them itself, so the order files were written in
never matters. A program that keeps a folder open (the TUI) reads only the files
that appear (:func:`read_records`): amendments and decisions never change once written.
"""

from __future__ import annotations

import errno
import os
import re
import tomllib
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from stat import S_ISDIR, S_ISREG
from typing import Any, NamedTuple, TypeVar

from draftdesk.engine.amendments import Amendment, Decision
from draftdesk.engine.model import Draft
from draftdesk.engine.revision_chain import REVISIONS, RevisionRecord
from draftdesk.engine.roster import ROSTER, Registration
from draftdesk.engine.seals import Sealing, SealProblem, sealing

from .decode import Invalid, amendment_from, decision_from, draft_from
from .errors import StorageError, key_line, syntax_error
from .parse import parse_toml
from .registrations import registration_from
from .revision_records import revision_from

DRAFT_FILE = "draft.toml"
AMENDMENTS = "amendments"
DECISIONS = "decisions"
SUFFIX = ".toml"
CHUNK = 1 << 16
ARCHIVE = re.compile(r"rev-\d+\.toml")
"""An earlier DraftDesk's archive of a replaced base text (``revisions/rev-N.toml``): not a record."""

T = TypeVar("T", Amendment, Decision, Registration, RevisionRecord)


class Stored(NamedTuple):
    """Everything a draft folder holds, as the engine wants it, and the files left out."""

    draft: Draft
    amendments: list[Amendment]
    decisions: list[Decision]
    skipped: tuple[StorageError, ...] = ()
    """Files that could not be believed (malformed, a link, not a file): each says which and why."""
    registrations: list[Registration] = []  # noqa: RUF012 (a NamedTuple's default, never changed)
    sealings: dict[str, Sealing] = {}  # noqa: RUF012
    """Every record's file (``kind/name``) read, with its digest and seal (engine/seals.py)."""
    revisions: list[RevisionRecord] = []  # noqa: RUF012
    """The base texts recorded (engine/revision_chain.py): which stands is decided on belief."""
    private_amendments: list[Amendment] = []  # noqa: RUF012
    """This user's private drafts of the draft, kept outside its folder (storage/private.py)."""
    private_decisions: list[Decision] = []  # noqa: RUF012


PLAIN = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK
"""No link is followed (a draft never reaches outside its folder), no FIFO blocks a read."""


def _read(path: str) -> tuple[str, dict[str, Any]]:
    """A file's text and its TOML data (:func:`read_whole`)."""
    return read_whole(path)[1:]


def read_whole(path: str) -> tuple[bytes, str, dict[str, Any]]:
    """A file's bytes, its text and its TOML data. ``path`` is a plain string and the file is read
    through its descriptor, in one read when its size holds: thousands of files are read, and a
    Path or a file object is only made for an error (docs/performance.md)."""
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
        data = b"".join(chunks)
        text = data.decode("utf-8")
    except FileNotFoundError:
        raise StorageError(Path(path), "not found") from None
    except UnicodeDecodeError as error:
        raise StorageError(Path(path), f"not UTF-8 text (byte {error.start})") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise StorageError(Path(path), "a symbolic link: not followed") from None
        raise StorageError(Path(path), f"cannot read: {error.strerror or error}") from None
    try:
        return data, text, parse_toml(text)
    except tomllib.TOMLDecodeError as error:
        raise syntax_error(Path(path), text, error) from None


def _invalid(path: Path, text: str, problem: Invalid) -> StorageError:
    return StorageError(path, problem.message, key_line(text, problem.table, problem.index, problem.key))


def _record(path: str, decode: Callable[[dict[str, Any]], T]) -> tuple[T, Sealing]:
    """The record in ``<id>.toml``, its id checked against the file name, and the file's sealing."""
    raw, text, data = read_whole(path)
    try:
        sealed = sealing(raw, data.pop("seal", None))
        record = decode(data)
    except Invalid as problem:
        raise _invalid(Path(path), text, problem) from None
    except SealProblem as problem:
        raise StorageError(Path(path), str(problem), key_line(text, "seal")) from None
    if record.id != os.path.basename(path)[: -len(SUFFIX)]:
        raise StorageError(
            Path(path), f"id {record.id!r} does not match the file name", key_line(text, key="id")
        )
    return record, sealed


def objects_in(
    folder: Path,
    decode: Callable[[dict[str, Any]], T],
    skipped: list[StorageError],
    sealings: dict[str, Sealing],
) -> list[T]:
    """Every ``<id>.toml`` in ``folder`` (sorted by name), each id checked against its file name;
    each file's sealing goes to ``sealings`` under ``kind/name``.

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
    prefix = os.path.join(folder, "")
    found: list[T] = []
    for name in names:
        if _is_record(name) and not ARCHIVE.fullmatch(name):
            try:
                record, sealings[f"{folder.name}/{name}"] = _record(prefix + name, decode)
            except StorageError as problem:
                skipped.append(problem)
                continue
            found.append(record)
    return found


def _is_record(name: str) -> bool:
    """Not a writer's temporary file nor an editor's backup."""
    return name.endswith(SUFFIX) and not name.startswith(".")


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
    found = NewRecords([], [], {})
    for path in map(Path, paths):
        if path.name.startswith("."):
            continue
        kind = path.parent.resolve()
        if kind.parent != folder or not _is_record(path.name):
            return None
        try:
            if kind.name == AMENDMENTS:
                amendment, found.sealings[f"{AMENDMENTS}/{path.name}"] = _record(str(path), amendment_from)
                found.amendments.append(amendment)
            elif kind.name == DECISIONS:
                decision, found.sealings[f"{DECISIONS}/{path.name}"] = _record(str(path), decision_from)
                found.decisions.append(decision)
            else:
                return None
        except StorageError:
            return None
    return found


def record_ids(folder: Path, *, shared_only: bool = False) -> tuple[set[str], set[str]]:
    """The ids of the amendments and of the decisions the folder holds now, with (unless
    ``shared_only``) those of this user's private drafts of it, as a load reads them: from their
    file names alone (a record's file is never rewritten, so its name stands for what it holds)."""
    places = [Path(folder)]
    if not shared_only:
        from .private import place  # it reads as this module does

        places.append(place(folder))
    amendments = set().union(*(_ids(where / AMENDMENTS) for where in places))
    return amendments, set().union(*(_ids(where / DECISIONS) for where in places))


def text_ids(folder: Path) -> set[str]:
    """The ids of the base-text records (``revisions/<id>.toml``: the founding text, then one per
    revision issued), from their file names alone; an earlier DraftDesk's archives are not records."""
    return {i for i in _ids(Path(folder) / REVISIONS) if not ARCHIVE.fullmatch(i + SUFFIX)}


def _ids(place: Path) -> set[str]:
    try:
        if not S_ISDIR(os.lstat(place).st_mode):
            return set()  # a link is not followed: a load reads nothing there either
        names = os.listdir(place)
    except OSError:
        return set()
    cut = -len(SUFFIX)
    return {name[:cut] for name in names if name.endswith(SUFFIX) and not name.startswith(".")}


def read_seals(folder: Path, files: Iterable[str]) -> dict[str, tuple[str, Sealing]]:
    """Who each of these record files (``kind/name``, as :attr:`Stored.sealings` names them) says
    acted (an amendment's author, a decision's ``by``), and its sealing; a file that cannot be
    believed is left out, as a load leaves it out."""
    decoders: dict[str, Callable[[dict[str, Any]], Amendment | Decision]] = {
        AMENDMENTS: amendment_from,
        DECISIONS: decision_from,
    }
    found = {}
    for file in files:
        decode = decoders.get(os.path.dirname(file))
        if decode is None:
            continue
        try:
            record, sealed = _record(os.path.join(folder, file), decode)
        except StorageError:
            continue
        found[file] = (record.author if isinstance(record, Amendment) else record.by, sealed)
    return found


def load_draft(folder: Path) -> Draft:
    """The draft alone (draft.toml: metadata, organizations, base text), for a caller that needs no
    amendments (``draftdesk open`` checks who acts before the TUI loads the whole folder)."""
    folder = Path(folder)
    path = folder / DRAFT_FILE
    if not path.is_file():
        raise StorageError(folder, "not a draft folder (no draft.toml)")
    text, data = _read(str(path))
    try:
        return draft_from(data, folder.resolve().name)
    except Invalid as problem:
        raise _invalid(path, text, problem) from None


def load_revisions(folder: Path) -> list[Draft]:
    """The base texts an earlier DraftDesk archived (``revisions/rev-N.toml``), oldest first: their
    revisions are history (``draftdesk log``), replaced before the draft's texts were records."""
    folder = Path(folder)
    found = []
    for path in (folder / REVISIONS).glob("rev-*.toml"):
        if not ARCHIVE.fullmatch(path.name):
            continue
        text, data = _read(str(path))
        try:
            found.append(draft_from(data, folder.resolve().name))
        except Invalid as problem:
            raise _invalid(path, text, problem) from None
    return sorted(found, key=lambda draft: draft.revision)


def load(folder: Path) -> Stored:
    """The draft, its amendments and decisions; StorageError if draft.toml is bad (any other bad
    file is left out, in ``skipped``)."""
    folder = Path(folder)
    skipped: list[StorageError] = []
    sealings: dict[str, Sealing] = {}
    draft = load_draft(folder)
    amendments = objects_in(folder / AMENDMENTS, amendment_from, skipped, sealings)
    decisions = objects_in(folder / DECISIONS, decision_from, skipped, sealings)
    registrations = objects_in(folder / ROSTER, registration_from, skipped, sealings)
    revisions = objects_in(folder / REVISIONS, partial(revision_from, slug=draft.slug), skipped, sealings)
    from .private import load_private  # it reads as this module does

    private = load_private(folder, skipped)
    return Stored(draft, amendments, decisions, tuple(skipped), registrations, sealings, revisions, *private)


def load_roster(folder: Path) -> tuple[Draft, list[Registration], dict[str, Sealing]]:
    """draft.toml and the registrations, with their sealings: who the organizations are, without
    reading every amendment (``draftdesk orgs``, checking ``--as``)."""
    sealings: dict[str, Sealing] = {}
    draft = load_draft(folder)
    return draft, objects_in(Path(folder) / ROSTER, registration_from, [], sealings), sealings
