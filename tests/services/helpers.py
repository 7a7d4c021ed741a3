"""Small readers of a draft folder's merged state, through the services."""

from __future__ import annotations

from pathlib import Path

from draftdesk import services
from draftdesk.engine.amendments import Amendment, Decision
from draftdesk.engine.user_ops import find, modify_op


def agreed(folder: Path, address: str) -> str:
    """The agreed text of a paragraph, as the folder now merges."""
    return find(services.negotiation(folder).agreed, address).text


def status(folder: Path, amendment_id: str) -> str:
    return services.negotiation(folder).state(amendment_id).status


def reword(folder: Path, author: str, address: str, old: str, new: str, **options: object) -> Amendment:
    """``author`` proposes replacing ``old`` with ``new`` in a paragraph of the agreed text."""
    paragraph = find(services.negotiation(folder).agreed, address)
    assert old in paragraph.text
    op = modify_op(paragraph, paragraph.text.replace(old, new, 1))
    return services.propose(folder, author, [op], **options)  # type: ignore[arg-type]


def store_shown(folder: Path, decision: Decision, known: services.Known | None = None) -> Decision:
    """Store a decision made by ``services.new_decision`` (shown before it is stored, as the TUI does)."""
    return services.decide(
        folder, decision.by, decision.amendment, decision.action, decision.note, shown=decision, known=known
    )
