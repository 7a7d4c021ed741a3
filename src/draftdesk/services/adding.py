"""Organizations added in one act (``add-org`` with a list), completed by the next act if cut short.

Each organization is a registration file of its own, signed by the chair: a list of sixty is
sixty writes. The list is noted first (storage/adding.py); killed half way, the next act of this
user on the draft (any act: every one that writes takes the folder's lock through
``folder.one_writer``, which calls :func:`settle`) registers the ones not registered yet with
the keys the list names, so the act ends whole without the user giving the list again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path

from draftdesk import registering, signatures, storage
from draftdesk.services.errors import guarded
from draftdesk.storage import adding


def add(folder: Path, by: str, orgs: Sequence[tuple[str, str, str]]) -> None:
    """``by`` (the chair: the caller checked) registers ``orgs``, each (code, public key, name), the
    list noted first (the caller holds the folder's lock)."""
    guarded(adding.note_adding, folder, by, orgs)
    guarded(registering.register_new, folder, by, orgs)
    adding.added(folder)


def settle(folder: Path) -> None:
    """Register the rest of a list an add-org of this user left unfinished (the caller holds the
    lock). A write that fails is said in one line, the list kept for the next act. Where this user
    can no longer sign as who was adding (its key removed), the list is dropped: the organizations
    registered stay, each whole, and the list given again adds the rest."""
    cut_short = adding.adding(folder)
    if cut_short is None:
        return
    by, orgs = cut_short
    registered = {r.org.lower() for r in guarded(storage.load_roster, folder)[1]}
    rest = [org for org in orgs if org[0].lower() not in registered]
    if rest:
        with contextlib.suppress(signatures.Unsigned):  # a StorageError: one_writer says it in one line
            registering.register_new(folder, by, rest)
    adding.added(folder)
