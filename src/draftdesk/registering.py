"""The chair registering organizations and keys in a draft's roster (engine/roster.py): each
registration a signed file of its own (``roster/<id>.toml``), never an edit of draft.toml."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from draftdesk import signatures, storage
from draftdesk.engine import signing
from draftdesk.engine.roster import Registration


def register(folder: Path, by: str, org: str, public: str) -> str:
    """``by`` (the chair: the caller checks) registers ``public`` for ``org``, a new key replacing the
    registrations of ``org`` that stand (engine/roster.py: two made at once are a dispute, which the
    next one settles), adopting what ``org`` signed that is believed now; returns its file name.
    (A new organization: :func:`register_new`.)"""
    try:
        public = signing.checked_public(public)
    except signing.KeyProblem as problem:
        raise signatures.Unsigned(str(problem)) from None
    acting = signatures.signer(folder, by)
    if acting is None:
        raise signatures.Unsigned("this draft has no chair to register keys")
    stored = storage.load(folder)
    found = signatures.believed(stored)
    rejected = {r.file for r in found.rejected}
    kept = tuple(  # only the files believed now: a forged one, or one of a disputed key, stays unbelieved
        sorted(
            s.digest for f, s in stored.sealings.items() if s.seal and s.seal.by == org and f not in rejected
        )
    )
    now = datetime.now(UTC)
    registration = Registration(
        signatures.record_id(by, now), by, now, org, public, "", (), kept, found.standing.get(org, ())
    )
    return storage.add_registration(folder, registration, acting).name


def register_new(folder: Path, by: str, orgs: Sequence[tuple[str, str, str]]) -> list[str]:
    """``by`` (the chair: the caller checks) registers organizations new to the draft, each (code,
    public key, name): as :func:`register`, with nothing of theirs to adopt or replace, so without
    reading the folder again; returns their file names."""
    acting = signatures.signer(folder, by)
    if acting is None:
        raise signatures.Unsigned("this draft has no chair to register keys")
    checked = []
    for org, public, name in orgs:
        try:
            checked.append((org, signing.checked_public(public), name))
        except signing.KeyProblem as problem:
            raise signatures.Unsigned(f"{org}: {problem}") from None
    now = datetime.now(UTC)
    written = []
    for n, (org, public, name) in enumerate(checked):
        at = now + n * signatures.TICK
        registration = Registration(signatures.record_id(by, at), by, at, org, public, name, (), (), None)
        written.append(storage.add_registration(folder, registration, acting).name)
    return written
