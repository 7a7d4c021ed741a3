"""A draft folder as the services use it: loaded and merged, written by one writer at a time."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import ParamSpec, TypeVar

from draftdesk import signatures, storage
from draftdesk.engine.authority import Believed
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.seals import Signer
from draftdesk.services import adding, tabling
from draftdesk.services.errors import ServiceError, guarded
from draftdesk.services.known import Signing

_P = ParamSpec("_P")
_T = TypeVar("_T")


Warn = Callable[[str], object]
"""Told each file a load left out, in one line ("warning: skipped path:line:col: …")."""


def negotiation(folder: Path, warn: Warn | None = None) -> Negotiation:
    """Load a draft folder and merge it."""
    return load(folder, warn)[1]


def load(folder: Path, warn: Warn | None = None) -> tuple[storage.Stored, Negotiation]:
    """The folder's records as read, and merged: those believed (validly signed, by who may act so);
    ``warn`` is told each file left out."""
    stored, trusted = believing(folder, warn)
    return stored, Negotiation(trusted.draft, trusted.amendments, trusted.decisions)


def believing(folder: Path, warn: Warn | None = None) -> tuple[storage.Stored, Believed]:
    """The folder's records as read, and what of them is believed; ``warn`` is told each file left out."""
    stored = guarded(storage.load, folder)
    if warn is not None:
        for problem in stored.skipped:
            warn(f"warning: skipped {problem}")
    trusted = signatures.believed(stored)
    if warn is not None:
        for rejected in trusted.rejected:
            warn(f"warning: not believed: {rejected}")
        if signatures.left_out(folder, stored, trusted):
            warn(
                f"warning: what is not believed changes nothing: `draftdesk verify {Path(folder).name} "
                "--set-aside` moves it out of the draft (and sync then out of every copy)"
            )
        if signatures.draft_file_edited(trusted):
            warn(
                f"warning: draft.toml was changed by hand, and changes nothing: `draftdesk verify "
                f"{Path(folder).name} --set-aside` writes the signed text back (the changed one is kept "
                "in set-aside/), or the chair adopts the change as the next revision with `draftdesk verify "
                f"{Path(folder).name} --adopt --as CHAIR`"
            )
    return stored, trusted


def signer(folder: Path, org: str) -> Signer | None:
    """How ``org`` signs an act here (None: a draft nobody can sign for); refused if this user cannot."""
    return guarded(signatures.signer, folder, org)


def check_signing(folder: Path, org: str) -> Signing:
    """How ``org`` signs acts here, with the roster that says so; refused, in one line, unless this
    user may (:func:`signer`). The registration files are listed first: one added while the roster
    is read leaves them different from the files under the lock, never the same."""
    files = frozenset(guarded(storage.roster_ids, folder))
    return Signing(*guarded(signatures.acting, folder, org), files)


def one_writer(service: Callable[_P, _T]) -> Callable[_P, _T]:
    """Run a check-then-write service holding the folder's lock (storage.locked says why), once a
    tabling or a list of organizations this user's last act left unfinished is settled
    (services/tabling.py, services/adding.py) and, in a folder
    founded before base texts were signed, draft.toml is signed as its founding text where the
    chair's key is held (signatures.sign_base_text)."""

    @wraps(service)
    def serialised(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        try:
            with storage.locked(args[0]):  # type: ignore[arg-type]
                tabling.settle(args[0])  # type: ignore[arg-type]
                adding.settle(args[0])  # type: ignore[arg-type]
                guarded(signatures.sign_base_text, args[0])
                return service(*args, **kwargs)
        except storage.StorageError as err:  # the lock itself (the body's storage calls are guarded)
            raise ServiceError(str(err)) from None

    return serialised
