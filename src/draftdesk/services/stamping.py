"""Ids and times of new records: unique, and sorting after everything already known."""

from __future__ import annotations

import secrets
from collections.abc import Collection, Iterable
from datetime import UTC, datetime, timedelta

from draftdesk import storage

_BASE32 = "abcdefghijklmnopqrstuvwxyz234567"
_TICK = timedelta(microseconds=1)


def ids(stored: storage.Stored) -> set[str]:
    """Every amendment and decision id of the folder, and of this user's private drafts of it."""
    found = {a.id for a in stored.amendments} | {d.id for d in stored.decisions}
    return found | {a.id for a in stored.private_amendments} | {d.id for d in stored.private_decisions}


def times(stored: storage.Stored) -> list[datetime]:
    """When each amendment of the folder was made and each decision taken."""
    return [a.created for a in stored.amendments] + [d.at for d in stored.decisions]


def new_id(org: str, taken: Collection[str]) -> str:
    """``ORG-YYYYMMDDTHHMMSS`` + 4 random base32 characters: sortable by time, unique.

    An id already known is drawn again (the same org acting twice in a second);
    another process's file of the same name is refused by storage.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    while True:
        new = f"{org}-{stamp}{''.join(secrets.choice(_BASE32) for _ in range(4))}"
        if new not in taken:
            return new


def stamp(known: Iterable[datetime]) -> datetime:
    """Now, but after every event known, so a decision never sorts before one it follows."""
    return after(datetime.now(UTC), known)


def after(moment: datetime, known: Iterable[datetime]) -> datetime:
    """``moment``, or just after the latest event known if that is not earlier."""
    latest = max(known, default=None)
    return moment if latest is None or moment > latest else latest + _TICK
