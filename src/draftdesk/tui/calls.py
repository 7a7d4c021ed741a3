"""The service functions the TUI calls: the same ones the CLI uses (roles and validation live there).

Imported lazily so the TUI opens even while the services module is being written.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from draftdesk.engine.amendments import Op


def decide(folder: Path, by: str, amendment_id: str, action: str, note: str = "") -> object:
    """Accept / reject (chair), withdraw (author), co-sponsor (another delegation)."""
    from draftdesk import services

    return services.decide(folder, by, amendment_id, action, note=note)


def propose(folder: Path, author: str, ops: Sequence[Op], *, table: bool, supersedes: str = "") -> object:
    """Write a new amendment (tabled, or a private draft)."""
    from draftdesk import services

    return services.propose(folder, author, list(ops), table=table, supersedes=supersedes)


def issue_revision(folder: Path, by: str) -> object:
    """The chair issues Rev.N+1 from the agreed text."""
    from draftdesk import services

    return services.issue_revision(folder, by)


def export(folder: Path, fmt: str, view: str, out: Path) -> object:
    """Write an export file through the same code the ``draftdesk export`` command uses."""
    from draftdesk import services

    return services.export(folder, fmt=fmt, view=view, out=out)
