"""Whether a caller's merged state is still what the folder holds, judged under the folder's lock.

A program that keeps a folder's state fresh (the TUI, through its watcher) checks a decision
on that state, then stores it in a thread. Under the lock the check must hold for the folder
as it is then. Loading the whole folder again to re-check would read and hash every file; but
records are never rewritten, so the state the caller holds is the folder's as long as the
registered organizations are the same (and, for a draft not yet founded, draft.toml: its text),
its base text is the last recorded (a state at revision N was made from N + 1 base-text records:
the founding text and one per revision), every record it was merged from is still there, and no
record that could be believed has arrived since. Then the caller's check is a check of the folder
as read under the lock; otherwise the service checks on a whole load.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from draftdesk import storage
from draftdesk.engine.authority import Believed, file_of
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft
from draftdesk.engine.seals import authentic

AMENDMENTS, DECISIONS = "amendments", "decisions"


class Known(NamedTuple):
    """What a merged state was made from: the draft as believed, the ids of its records."""

    draft: Draft
    amendments: frozenset[str]
    decisions: frozenset[str]


def known(neg: Negotiation) -> Known:
    """What ``neg`` was made from; taken by the caller before it merges anything more."""
    return Known(neg.draft, frozenset(neg.amendments), frozenset(neg.decision_ids()))


def unchanged(folder: Path, known: Known, roster: Believed) -> bool:
    """Whether the folder (its ``roster`` read under the lock) still holds exactly what ``known``
    was made from, as far as what is believed goes.

    Records added since are read and their seals verified (one signature each): one signed with
    the registered key of the organization it says acted may be believed, and changes the state;
    a forged or unsigned one changes nothing (a draft not founded believes every file: any added
    one changes it).
    """
    if roster.draft.orgs != known.draft.orgs or (not roster.founded and roster.draft != known.draft):
        return (
            False  # a founded draft's text is its revision records' (next); draft.toml's is the founding one
        )
    if len(storage.text_ids(folder)) != known.draft.revision + 1:
        return False  # a revision issued since (or a text that may be forged): the whole load judges
    amendments, decisions = storage.record_ids(folder)
    if not (known.amendments <= amendments and known.decisions <= decisions):
        return False
    added = [file_of(AMENDMENTS, a) for a in amendments - known.amendments]
    added += [file_of(DECISIONS, d) for d in decisions - known.decisions]
    if not added:
        return True
    if not roster.founded:
        return False
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
