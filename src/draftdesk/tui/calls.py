"""The service functions the TUI calls: the same ones the CLI uses (roles and validation live there).

One module so tests can stand in for the services, and so every write the TUI
makes is visible in one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from draftdesk import services
from draftdesk.engine.amendments import Amendment, Decision, Op
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.revision import RevisionResult


def new_decision(
    folder: Path, by: str, amendment_id: str, action: str, note: str = "", current: Negotiation | None = None
) -> Decision:
    """Accept / reject (chair), withdraw (author), co-sponsor (another delegation): checked, not stored.

    ``current`` is the TUI's merged state, kept fresh by the watcher: the
    services check against it instead of loading the whole folder again.
    """
    return services.new_decision(folder, by, amendment_id, action, note=note, current=current)


def record_decision(folder: Path, decision: Decision) -> None:
    """Store a checked decision (the TUI does it in a thread, once the screen shows it)."""
    services.record_decision(folder, decision)


def propose(folder: Path, author: str, ops: Sequence[Op], *, table: bool, supersedes: str = "") -> Amendment:
    """Write a new amendment (tabled, or a private draft); ``supersedes`` revises one's own."""
    return services.propose(folder, author, list(ops), table=table, supersedes=supersedes)


def issue_revision(folder: Path, by: str) -> RevisionResult:
    """The chair issues Rev.N+1 from the agreed text."""
    return services.issue_revision(folder, by)


def export(folder: Path, fmt: str, view: str, out: Path) -> str | bytes:
    """Write an export file through the same code the ``draftdesk export`` command uses."""
    return services.export(folder, fmt=fmt, view=view, out=out)
