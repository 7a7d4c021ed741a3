"""Issuing a revision (Rev.N+1): the agreed text becomes the new base, with a concordance of numbers.

Paragraphs keep their ids, so nothing that points at them needs rewriting.
Pending amendments are not touched either: each op carries the exact text it
was made against, so on the new base they map by the same strict rule as
before (rebased when their words still stand, fallen with the reason when not).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft
from draftdesk.engine.numbering import labels


@dataclass(frozen=True, slots=True)
class RevisionResult:
    """``concordance``: (old label, new label) for every numbered paragraph; "" where there is none."""

    draft: Draft
    concordance: list[tuple[str, str]]


def issue_revision(neg: Negotiation) -> RevisionResult:
    draft = replace(neg.draft, revision=neg.draft.revision + 1, paragraphs=list(neg.agreed))
    old, new = labels(neg.draft.paragraphs), labels(draft.paragraphs)
    concordance = [(label, new.get(pid, "")) for pid, label in old.items()]
    concordance += [("", label) for pid, label in new.items() if pid not in old]
    return RevisionResult(draft, concordance)
