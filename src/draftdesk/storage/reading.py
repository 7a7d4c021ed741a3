"""Loading a draft folder whole, fast, and leaving out any file that cannot be believed, with its position.

Layout (docs/architecture.md): ``draft.toml``, ``revisions/<id>.toml`` (each base text, as
founded and as revised; ``rev-N.toml``: an earlier DraftDesk's archives), ``roster/<id>.toml``,
``amendments/<id>.toml``, ``decisions/<id>.toml``. Record files are read by
:mod:`.record_files`; objects are sorted by file name, and the engine orders them itself, so
the order files were written in never matters. A program that keeps a folder open (the TUI)
reads only the files that appear (``record_files.read_records``): amendments and decisions
never change once written.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from functools import partial
from pathlib import Path
from stat import S_ISDIR
from typing import Any, NamedTuple, TypeVar

from draftdesk.engine.amendments import Amendment, Decision
from draftdesk.engine.model import Draft
from draftdesk.engine.revision_chain import REVISIONS, RevisionRecord
from draftdesk.engine.roster import ROSTER, Registration
from draftdesk.engine.seals import Sealing

from .decode import Invalid, amendment_from, decision_from, draft_from, readable
from .errors import StorageError
from .record_files import (
    AMENDMENTS,
    ARCHIVE,
    DECISIONS,
    SUFFIX,
    invalid,
    objects_in,
    read_whole,
)
from .registrations import registration_from
from .revision_records import revision_from

DRAFT_FILE = "draft.toml"
_R = TypeVar("_R", Amendment, Decision, Registration, RevisionRecord)


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


def without(stored: Stored, files: Collection[str]) -> Stored:
    """``stored`` as it was before ``files`` (``kind/<id>.toml``, relative to the folder) came: what a
    load of the folder read then, for one that must compare (``draftdesk sync``) without reading it twice."""

    def kept(kind: str, records: list[_R]) -> list[_R]:
        return [record for record in records if f"{kind}/{record.id}{SUFFIX}" not in files]

    return stored._replace(
        amendments=kept(AMENDMENTS, stored.amendments),
        decisions=kept(DECISIONS, stored.decisions),
        registrations=kept(ROSTER, stored.registrations),
        revisions=kept(REVISIONS, stored.revisions),
        sealings={file: found for file, found in stored.sealings.items() if file not in files},
    )


def _read(path: str) -> tuple[str, dict[str, Any]]:
    """A file's text and its TOML data."""
    return read_whole(path)[1:]


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


def roster_ids(folder: Path) -> set[str]:
    """The ids of the registrations (``roster/<id>.toml``), from their file names alone: a
    registration is never rewritten, so the same names are the same roster."""
    return _ids(Path(folder) / ROSTER)


def _ids(place: Path) -> set[str]:
    try:
        if not S_ISDIR(os.lstat(place).st_mode):
            return set()  # a link is not followed: a load reads nothing there either
        names = os.listdir(place)
    except OSError:
        return set()
    cut = -len(SUFFIX)
    return {name[:cut] for name in names if name.endswith(SUFFIX) and not name.startswith(".")}


def load_draft(folder: Path) -> Draft:
    """The draft alone (draft.toml: metadata, organizations, base text), for a caller that needs no
    amendments (``draftdesk open`` checks who acts before the TUI loads the whole folder)."""
    folder = Path(folder)
    path = folder / DRAFT_FILE
    if not path.is_file():
        raise StorageError(folder, "not a draft folder (no draft.toml)")
    text, data = _read(str(path))
    try:
        return draft_from(readable(data), folder.resolve().name)
    except Invalid as problem:
        raise invalid(path, text, problem) from None


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
            found.append(draft_from(readable(data), folder.resolve().name))
        except Invalid as problem:
            raise invalid(path, text, problem) from None
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
    revisions = load_texts(folder, draft.slug, sealings, skipped)
    from .private import load_private  # it reads as this module does

    private = load_private(folder, skipped)
    return Stored(draft, amendments, decisions, tuple(skipped), registrations, sealings, revisions, *private)


def load_texts(
    folder: Path, slug: str, sealings: dict[str, Sealing], skipped: list[StorageError] | None = None
) -> list[RevisionRecord]:
    """The base-text records (``revisions/<id>.toml``), their sealings added to ``sealings``; a file
    that cannot be read is left out (added to ``skipped``, if given)."""
    left_out = [] if skipped is None else skipped
    return objects_in(Path(folder) / REVISIONS, partial(revision_from, slug=slug), left_out, sealings)


def load_roster(folder: Path) -> tuple[Draft, list[Registration], dict[str, Sealing]]:
    """draft.toml and the registrations, with their sealings: who the organizations are, without
    reading every amendment (``draftdesk orgs``, checking ``--as``)."""
    sealings: dict[str, Sealing] = {}
    draft = load_draft(folder)
    return draft, objects_in(Path(folder) / ROSTER, registration_from, [], sealings), sealings
