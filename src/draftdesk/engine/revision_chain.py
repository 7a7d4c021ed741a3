"""Which base text stands: revisions are records of their own, each naming the one it revises.

A draft's base texts are never rewritten in place. The text as founded is a record
(``revises = ""``), signed by the chair who founded the draft, and each revision the chair
issues is a new record naming the record it revises, like a git commit naming its parent.
Two clones never write the same file, so git never conflicts; two chairs (or one chair on
two clones) issuing the same revision at once write two records revising the same one. Then
the earlier issued, ties broken by id, stands: every clone makes the same choice, and the
other is reported, never merged into a revision nobody issued.

The text that does not stand may hold words the chair accepted only on its clone. So each text
records the amendments whose acceptance it holds (``accepted``); an acceptance the standing text
does not hold is not in its base: it is applied to the standing text as if taken on it, where it
holds its words or falls with the reason, and is reported (:func:`carried`), never shown accepted
without its words; a rejection or withdrawal (taken on another clone) of an amendment the standing
text holds is set aside and reported, never shown rejected with its words in the text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from draftdesk.engine.amendments import Decision
from draftdesk.engine.model import Draft

REVISIONS = "revisions"
"""The folder of a draft holding its base texts."""
SET_ASIDE = frozenset(("reject", "withdraw"))
"""Decisions that cannot stand against a text holding their amendment's words."""


@dataclass(frozen=True, slots=True)
class RevisionRecord:
    """A base text (``draft``: its number, issuer and paragraphs) recorded by ``by`` at ``at``."""

    id: str
    by: str
    at: datetime
    revises: str
    """The id of the record whose text this one revises; "" for the text the draft was founded with."""
    draft: Draft
    accepted: frozenset[str] | None = None
    """The amendments whose acceptance this text holds (every one accepted when it was issued);
    None in a text recorded before this was kept: it holds every acceptance of an earlier revision."""

    def holds(self, acceptance: Decision) -> bool:
        """Whether this text holds what ``acceptance`` accepted (else it still changes this text)."""
        if self.accepted is None:
            return acceptance.revision < self.draft.revision
        return acceptance.amendment in self.accepted


def chain(
    records: Sequence[RevisionRecord], why_not: Callable[[RevisionRecord], str]
) -> tuple[list[RevisionRecord], list[tuple[RevisionRecord, str]]]:
    """The base texts that stand, the founding one first, and each record left out with why.

    ``why_not(record)`` says why a record is not to be believed at all ("" if it is).
    """
    left_out: list[tuple[RevisionRecord, str]] = []
    following: dict[str, list[RevisionRecord]] = {}
    for record in sorted(records, key=lambda r: (r.at, r.id)):
        why = why_not(record)
        if why:
            left_out.append((record, why))
        else:
            following.setdefault(record.revises, []).append(record)
    stands: list[RevisionRecord] = []
    while following.get(stands[-1].id if stands else ""):
        candidates = following.pop(stands[-1].id if stands else "")
        if stands:
            expected = stands[-1].draft.revision + 1
            wrong = [r for r in candidates if r.draft.revision != expected]
            left_out += [(r, f"says Rev.{r.draft.revision}, but revises Rev.{expected - 1}") for r in wrong]
            candidates = [r for r in candidates if r.draft.revision == expected]
            if not candidates:
                break
        first, *others = candidates
        twice = f"Rev.{first.draft.revision} was issued twice: the earlier, {first.id} by {first.by}, stands"
        left_out += [(r, twice) for r in others]
        stands.append(first)
    reached = {r.id for r in stands}
    for revises, records_left in following.items():
        why = f"it revises {revises}, which does not stand" if revises else "a second founding text"
        left_out += [(r, why) for r in records_left if r.id not in reached]
    return stands, left_out


def carried(
    decisions: Sequence[Decision], current: RevisionRecord
) -> tuple[list[Decision], list[tuple[Decision, str]]]:
    """``decisions`` as the ``current`` text has them: each acceptance taken on another revision
    that it does not hold made an acceptance of it, each rejection or withdrawal of an amendment
    it holds set aside (its words are in the text: the chair's signed text is the record); and the
    decisions so carried or set aside, each with why (module docstring)."""
    revision, fallen = current.draft.revision, current.draft.fallen
    where = f"Rev.{revision} as it stands ({REVISIONS}/{current.id}.toml"
    kept: list[Decision] = []
    moved: list[tuple[Decision, str]] = []
    for decision in decisions:
        by, aid = decision.by, decision.amendment
        if decision.action in SET_ASIDE and current.accepted is not None and aid in current.accepted:
            moved.append(
                (decision, f"{by}'s {decision.action} of {aid} did not take effect: {where}) holds its words")
            )
            continue
        if (
            decision.action == "accept"
            and decision.revision != revision
            and aid not in fallen  # a fall is history (engine/revision.py)
            and not current.holds(decision)
        ):
            why = (
                f"{by}'s acceptance of {aid} (on Rev.{decision.revision}) is not in {where}, issued "
                "on another copy without it): it is applied to that text"
            )
            moved.append((decision, why))
            decision = decision._replace(revision=revision)
        kept.append(decision)
    return kept, moved
