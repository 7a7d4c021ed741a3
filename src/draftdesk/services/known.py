"""Whether a caller's merged state is still what the folder holds, judged under the folder's lock.

A program that keeps a folder's state fresh (the TUI, through its watcher) checks a decision
on that state, then stores it in a thread. Under the lock the check must hold for the folder
as it is then. Loading the whole folder again to re-check would read and hash every file; but
records are never rewritten, so the state the caller holds is the folder's as long as the
roster is the one the caller's signing was found in (the same registration files: :class:`Signing`,
whose registered organizations are the state's), its base text is the last recorded (a state at
revision N was made from N + 1 base-text records: the founding text and one per revision), every
record it was merged from is still there, and no record that could be believed has arrived since.
Then the caller's check is a check of the folder as read under the lock, and the act is signed
as found then; otherwise the service checks on a whole load.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from draftdesk import storage
from draftdesk.engine.authority import Believed, file_of
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft
from draftdesk.engine.seals import Signer, authentic

AMENDMENTS, DECISIONS = "amendments", "decisions"


class Signing(NamedTuple):
    """How an organization signs its acts here (None: a draft nobody can sign for), the roster that
    was found in, and the registration files it was read from (``storage.roster_ids``)."""

    signer: Signer | None
    roster: Believed
    files: frozenset[str]


class Known(NamedTuple):
    """What a merged state was made from: the draft as believed, the ids of its records, and how the
    caller signs (its roster must be the state's)."""

    draft: Draft
    amendments: frozenset[str]
    decisions: frozenset[str]
    signing: Signing


def known(neg: Negotiation, signing: Signing) -> Known:
    """What ``neg`` was made from; taken by the caller before it merges anything more."""
    return Known(neg.draft, frozenset(neg.amendments), frozenset(neg.decision_ids()), signing)


def unchanged(folder: Path, known: Known) -> bool:
    """Whether the folder still holds exactly what ``known`` was made from, as far as what is
    believed goes (the caller holds the lock).

    The roster is not read again while its files are the ones ``known.signing`` was read from.
    Records added since are read and their seals verified (one signature each): one signed with
    the registered key of the organization it says acted may be believed, and changes the state;
    a forged or unsigned one changes nothing. A draft not founded believes every file as found
    (draft.toml too): the whole load judges it.
    """
    roster = known.signing.roster
    if not roster.founded or storage.roster_ids(folder) != known.signing.files:
        return False  # unsigned acts, or a registration since: the whole load judges (and signs)
    if roster.draft.orgs != known.draft.orgs:
        return False  # the text is the revision records' (next); draft.toml holds the founding one
    if len(storage.text_ids(folder)) != known.draft.revision + 1:
        return False  # a revision issued since (or a text that may be forged): the whole load judges
    amendments, decisions = storage.record_ids(folder)
    if not (known.amendments <= amendments and known.decisions <= decisions):
        return False
    added = [file_of(AMENDMENTS, a) for a in amendments - known.amendments]
    added += [file_of(DECISIONS, d) for d in decisions - known.decisions]
    if not added:
        return True
    read = storage.read_records(folder, [Path(folder, file) for file in added])
    if read is None:
        return False  # a file that cannot be read: the whole load says what it leaves out
    actors = {file_of(AMENDMENTS, a.id): a.author for a in read.amendments}
    actors |= {file_of(DECISIONS, d.id): d.by for d in read.decisions}
    proven = authentic(read.sealings, roster.keys)
    return not any(
        file in proven and sealed.seal is not None and sealed.seal.by == actors[file]
        for file, sealed in read.sealings.items()
    )
