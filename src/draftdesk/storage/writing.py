"""Writing a draft folder: created whole, then records added once, never rewritten.

Amendments, decisions, registrations and revisions are immutable: each is created once,
exclusively, and never rewritten, so two delegates (or two git clones) never write the same
file. draft.toml is written when the folder is created, and never again.
Everything is first checked by the decoder the loader uses, so a write can
never make the folder unreadable.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from stat import S_ISDIR
from typing import Any

from draftdesk.engine import signing
from draftdesk.engine.amendments import Amendment, Decision
from draftdesk.engine.model import Draft
from draftdesk.engine.revision_chain import RevisionRecord
from draftdesk.engine.roster import ROSTER, Registration
from draftdesk.engine.seals import SealProblem, Signer, digest, sealing

from . import atomic
from .decode import Invalid, amendment_from, decision_from, draft_from, readable
from .encode import amendment_data, decision_data, draft_data, dumps, revision_data
from .errors import StorageError
from .housekeeping import GITIGNORE, IGNORED
from .reading import AMENDMENTS, DECISIONS, DRAFT_FILE, REVISIONS
from .record_files import read_whole
from .registrations import registration_data, registration_from
from .revision_records import revision_from
from .set_aside import keep_aside

Record = Amendment | Decision | Registration | RevisionRecord


def _valid(path: Path, data: dict[str, Any], decode: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    """``data``, unless the loader would refuse it: then StorageError, and nothing is written."""
    try:
        decode(readable(dict(data)))
    except Invalid as problem:
        raise StorageError(path, f"refused to write: {problem.message}") from None
    return data


def _draft_text(path: Path, draft: Draft) -> str:
    return dumps(_valid(path, draft_data(draft), lambda data: draft_from(data, draft.slug)))


def record_text(path: Path, record: Record) -> str:
    if isinstance(record, Amendment):
        return dumps(_valid(path, amendment_data(record), amendment_from))
    if isinstance(record, Registration):
        return dumps(_valid(path, registration_data(record), registration_from))
    if isinstance(record, RevisionRecord):
        slug = record.draft.slug
        return dumps(_valid(path, revision_data(record), lambda data: revision_from(data, slug)))
    return dumps(_valid(path, decision_data(record), decision_from))


def _actor(record: Record) -> str:
    return record.author if isinstance(record, Amendment) else record.by


HEAD_CANDIDATES = 8
"""How many of an organization's newest files, in each folder, may be passed over looking for its own."""
_OWN: dict[tuple[str, str], str] = {}
"""Each file (path, key) :func:`_signed_by` judged, and the digest it is named by ("" if not the
key's): a program that keeps a folder open (the TUI) acts many times, and a record file is never
rewritten. The digest is of what was proven (never of what was merely written: a writer's key could
be a forger's), so a file replaced since is never vouched for."""


def heads(folder: Path, signer: Signer) -> list[str]:
    """Digests of ``signer``'s newest own file in each folder of acts: what its next act's seal names
    in ``prev``. Ids begin with their organization's code and a time, so the newest sorts last; a
    file that is not the true newest (two in one second) only leaves one more head to verify.

    Naming a file in ``prev`` vouches for it, so only a file this signer's key is proven to have
    signed is named: one put there under its name (forged, or signed with a disputed or replaced
    key) is passed over, and stays unbelieved whatever this signer does next. No link is followed.
    """
    found = []
    for kind in (AMENDMENTS, DECISIONS, ROSTER, REVISIONS):
        try:
            if not S_ISDIR(os.lstat(folder / kind).st_mode):
                continue  # a link: not followed (the write itself is refused)
            names = [
                n for n in os.listdir(folder / kind) if n.startswith(f"{signer.by}-") and n.endswith(".toml")
            ]
        except OSError:
            continue
        for name in sorted(names, reverse=True)[:HEAD_CANDIDATES]:
            own = _signed_by(folder / kind / name, signer)
            if own:
                found.append(own)
                break
    return found


def _signed_by(path: Path, signer: Signer) -> str:
    """The file's digest if its seal is ``signer``'s, proven with its key; else "" (kept: ``_OWN``)."""
    known = _OWN.get((str(path), signer.public))
    if known is None:
        known = _OWN[(str(path), signer.public)] = _proven(path, signer)
    return known


def _proven(path: Path, signer: Signer) -> str:
    try:
        raw, _, data = read_whole(str(path))
        found = sealing(raw, data.get("seal"))
    except (StorageError, SealProblem):
        return ""
    seal = found.seal
    if seal is None or seal.by != signer.by or seal.key != signer.public:
        return ""
    return found.digest if signing.verify(seal.key, seal.signature, seal.signed) else ""


def object_path(folder: Path, kind: str, record_id: str) -> Path:
    """``folder/kind/<id>.toml``; an id that is not a plain file name is refused."""
    if not record_id or record_id.startswith(".") or any(c in record_id for c in "/\\:\0"):
        raise StorageError(folder / kind, f"{record_id!r} cannot be used as a file name")
    return folder / kind / f"{record_id}.toml"


def _add(folder: Path, kind: str, record: Record, signer: Signer | None) -> Path:
    folder = Path(folder)
    if not (folder / DRAFT_FILE).is_file():
        raise StorageError(folder, "not a draft folder (no draft.toml)")
    path = object_path(folder, kind, record.id)
    text = record_text(path, record)
    if signer is not None:
        text = signer.seal(text, heads(folder, signer))
    _own_folder(path.parent)
    atomic.create(path, text)
    return path


def _own_folder(folder: Path) -> None:
    """Make sure ``folder`` is a real folder of the draft, made if missing: a link is not written through."""
    with contextlib.suppress(FileExistsError):
        folder.mkdir()
    if not S_ISDIR(os.lstat(folder).st_mode):
        raise StorageError(folder, "not a folder (a link is not followed): nothing written")


def add_amendment(folder: Path, amendment: Amendment, signer: Signer | None = None) -> Path:
    """Store a new amendment, sealed by ``signer``; StorageError if one with its id exists (never
    overwritten)."""
    return _add(folder, AMENDMENTS, amendment, signer)


def add_decision(folder: Path, decision: Decision, signer: Signer | None = None) -> Path:
    """Store a new decision, sealed by ``signer``; StorageError if one with its id exists."""
    return _add(folder, DECISIONS, decision, signer)


def add_registration(folder: Path, registration: Registration, signer: Signer) -> Path:
    """Store a new registration (roster/<id>.toml), sealed by ``signer``."""
    return _add(folder, ROSTER, registration, signer)


def add_revision(folder: Path, record: RevisionRecord, signer: Signer | None) -> Path:
    """Store a base text (revisions/<id>.toml): the founding one, or a revision the chair issues,
    sealed by ``signer``. One file, so a revision is never half issued."""
    return _add(folder, REVISIONS, record, signer)


def restore_draft_file(folder: Path, draft: Draft) -> Path:
    """Write ``draft`` (the signed text the draft was founded with) back into a draft.toml edited by
    hand, once the edited one is kept in ``set-aside/`` (returned: where it is)."""
    kept = keep_aside(folder, DRAFT_FILE)
    atomic.replace(Path(folder) / DRAFT_FILE, _draft_text(Path(folder) / DRAFT_FILE, draft))
    return kept


BULK = 100
"""From this many objects on, ``create`` syncs the file system once instead of each file."""


def create(
    folder: Path,
    draft: Draft,
    amendments: Iterable[Amendment] = (),
    decisions: Iterable[Decision] = (),
    registrations: Iterable[Registration] = (),
    signers: Mapping[str, Signer] | None = None,
    revisions: Iterable[RevisionRecord] = (),
) -> None:
    """A new draft folder, appearing whole: written in a hidden sibling folder, then renamed.

    StorageError if ``folder`` already holds anything. Files inside the hidden
    folder need no atomic dance (nobody sees them yet). All reach the disk before
    the rename: an fsync per file, or for a big folder one ``os.sync`` for the lot. With
    ``signers`` (by organization), each record is sealed by the one who made it, each
    organization's records chained in the order given (registrations, base texts, then acts).
    """
    records: tuple[tuple[str, list[Record]], ...] = (
        (ROSTER, list(registrations)),
        (REVISIONS, list(revisions)),
        (AMENDMENTS, list(amendments)),
        (DECISIONS, list(decisions)),
    )
    newest: dict[str, str] = {}  # org -> digest of its last record written here
    per_file = not hasattr(os, "sync") or sum(len(group) for _, group in records) < BULK
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise StorageError(folder, "already exists and is not empty")
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = folder.with_name(f".{folder.name}.{secrets.token_hex(4)}{atomic.TEMP_SUFFIX}")
        staging.mkdir()
    except OSError as error:
        raise StorageError(folder, f"cannot create: {error.strerror or error}") from None
    try:
        atomic.write_new(staging / DRAFT_FILE, _draft_text(folder / DRAFT_FILE, draft), per_file)
        atomic.write_new(staging / GITIGNORE, IGNORED, per_file)
        for kind, group in records:
            (staging / kind).mkdir()
            for record in group:
                path = object_path(folder, kind, record.id)
                text = record_text(path, record)
                signer = signers.get(_actor(record)) if signers else None
                if signer is not None:
                    text = signer.seal(text, [newest[signer.by]] if signer.by in newest else [])
                    newest[signer.by] = digest(text.encode("utf-8"))
                try:
                    atomic.write_new(staging / kind / path.name, text, per_file)
                except FileExistsError:
                    raise StorageError(path, "given twice: ids must be unique") from None
        if not per_file:
            os.sync()
        os.rename(staging, folder)
    except OSError as error:
        raise StorageError(folder, f"cannot create: {error.strerror or error}") from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    atomic.sync_folder(folder.parent)
