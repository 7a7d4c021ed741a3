"""``draftdesk log``: every amendment and decision of a folder, in the order they happened."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from draftdesk.services.folder import Warn, load


@dataclass(frozen=True, slots=True)
class Event:
    """One entry of ``draftdesk log``: an amendment proposed or drafted, or a decision on one."""

    at: datetime
    by: str
    action: str
    """``propose`` (tabled when written), ``draft`` (private), or a decision's action."""
    amendment: str
    id: str
    note: str = ""


def log(folder: Path, warn: Warn | None = None) -> list[Event]:
    """Every amendment and decision of the folder, oldest first (ties broken by id)."""
    stored = load(folder, warn)[0]
    events = [
        Event(a.created, a.author, "draft" if a.private else "propose", a.id, a.id, a.rationale)
        for a in stored.amendments
    ]
    events += [Event(d.at, d.by, d.action, d.amendment, d.id, d.note) for d in stored.decisions]
    return sorted(events, key=lambda e: (e.at, e.id))
