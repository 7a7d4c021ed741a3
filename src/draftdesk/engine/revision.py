"""Issuing a revision (Rev.N+1): the agreed text becomes the new base, with a concordance of numbers.

Paragraphs keep their ids, so nothing that points at them needs rewriting.
Pending amendments are not touched either: each op carries the exact text it
was made against, so on the new base they map by the same strict rule as
before (rebased when their words still stand, fallen with the reason when not).
Those that had fallen are named in the revision with why (``Draft.fallen``): the
new base may hold words they can map on again, but a fall is history.
Each paragraph keeps who wrote it (``Paragraph.authors``), so the attribution
view of Rev.N+1 still shows the delegations, not "base" everywhere. The agreed title
becomes the draft's title lines, and who wrote it ``Draft.title_authors``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from draftdesk.engine.issued import revised_metadata
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import BASE_AUTHOR, Draft, Paragraph
from draftdesk.engine.numbering import labels
from draftdesk.engine.title import title_lines, title_paragraph


@dataclass(frozen=True, slots=True)
class RevisionResult:
    """``concordance``: (old label, new label) for every numbered paragraph; "" where there is none."""

    draft: Draft
    concordance: list[tuple[str, str]]


def issue_revision(neg: Negotiation, by: str = "", at: datetime | None = None) -> RevisionResult:
    """Rev.N+1 from the agreed text, issued by the chair ``by`` at ``at``."""
    paragraphs = [_attributed(neg, p) for p in neg.agreed]
    title = neg.title
    draft = replace(
        neg.draft,
        title=title_lines(neg.draft, title.text if title else None),
        title_authors=_attributed(neg, title).authors if title else (),
        revision=neg.draft.revision + 1,
        metadata=revised_metadata(neg.draft),
        paragraphs=paragraphs,
        issued_by=by,
        issued_at=at,
        fallen={aid: neg.fall_reason(aid) for aid, state in neg.states().items() if state.status == "fallen"},
    )
    return RevisionResult(draft, concordance(neg.draft.paragraphs, paragraphs))


def holding(neg: Negotiation) -> frozenset[str]:
    """The amendments whose acceptance the agreed text holds: those accepted, not fallen (a revision
    records them, so an acceptance its text lacks is known: engine/revision_chain.py)."""
    return frozenset(aid for aid, state in neg.states().items() if state.status == "accepted")


def changed(neg: Negotiation) -> bool:
    """Whether the agreed text differs from the base text: a revision of nothing is no revision."""
    return differs(neg.title, neg.agreed, neg.draft)


def differs(title: Paragraph | None, paragraphs: Sequence[Paragraph], base: Draft) -> bool:
    """Whether a text (its title and paragraphs) differs from ``base``'s, paragraph by paragraph."""
    shape = lambda p: (p.id, p.kind, p.text, p.parent, p.footnotes)  # noqa: E731
    base_title = title_paragraph(base)
    if (title and title.text) != (base_title and base_title.text):
        return True
    return list(map(shape, paragraphs)) != list(map(shape, base.paragraphs))


def concordance(old_text: Sequence[Paragraph], new_text: Sequence[Paragraph]) -> list[tuple[str, str]]:
    """(old label, new label) for every numbered paragraph of either text; "" where there is none.
    In the old text's order, each new paragraph after the row of the one it follows in the new text
    (a reader looks for "(new) -> OP3" between OP2 and OP4, not after the last)."""
    old, new = labels(old_text), labels(new_text)
    added: dict[str, list[str]] = {}  # the last paragraph of the old text before them -> new ones
    anchor = ""
    for pid in new:
        if pid in old:
            anchor = pid
        else:
            added.setdefault(anchor, []).append(pid)
    rows = [*added.get("", []), *(row for pid in old for row in (pid, *added.get(pid, [])))]
    return [(old.get(pid, ""), new.get(pid, "")) for pid in rows]


def _attributed(neg: Negotiation, paragraph: Paragraph) -> Paragraph:
    """The paragraph with who wrote it, unless all of it is the base text's."""
    runs = neg.runs(paragraph.id)
    if all(run.org == BASE_AUTHOR for run in runs):
        return replace(paragraph, authors=())
    return replace(paragraph, authors=tuple(x for run in runs for x in (run.org, len(run.text))))
