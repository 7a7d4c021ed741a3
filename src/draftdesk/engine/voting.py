"""The order competing amendments are voted in, and why each stands where it does.

The voting order is rule 130 of the General Assembly's rules of procedure: the
amendment furthest removed in substance from the original proposal is voted on
first, so that if it is adopted the others fall. "Furthest removed" is measured
on the text as it stands, by what an amendment takes away from it, never by how
much it adds (lengthening a proposal does not move it up the queue):

1. deleting a paragraph is furthest removed;
2. then changes to existing paragraphs, the more words of the text they delete or
   replace the earlier (a move, or words only added, removes none; words a quoted span
   keeps in its replacement are not taken away: the word diff says what goes);
3. then new paragraphs, after every change to existing ones;
4. ties by tabling time, then by id.

The chair may rule otherwise: each ruling puts one amendment before another,
later rulings prevailing (:func:`voting_order`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Literal, NamedTuple

from draftdesk.engine.patches import deleted_words

if TYPE_CHECKING:
    from draftdesk.engine.competition import Claim

Reach = Literal[0, 1, 2]
"""0: deletes a paragraph; 1: changes existing paragraphs; 2: only adds new ones (rule 130 above)."""

WORD_RE = re.compile(r"\w+")

REACH_REASONS = ("deletes a paragraph", "", "a new paragraph: after changes to the text")


@dataclass(frozen=True, slots=True)
class VoteKey:
    """Where rule 130 puts a pending amendment: sorts the one furthest removed from the text first."""

    reach: Reach
    removed: int
    """Words of the agreed text it deletes or replaces and does not keep (the measure within reach 1)."""
    tabled: datetime
    id: str

    def sort_key(self) -> tuple[int, int, datetime, str]:
        return (self.reach, -self.removed, self.tabled, self.id)

    def measure(self) -> tuple[int, int]:
        """What the rule compares before the tabling time: equal measures are a tie."""
        return (self.reach, self.removed)

    def reason(self) -> str:
        """The rule's reason for its place, in a few words."""
        if self.reach != 1:
            return REACH_REASONS[self.reach]
        if not self.removed:
            return "takes no words away"
        return f"takes {self.removed} word{'s' if self.removed != 1 else ''} away"


def vote_key(
    amendment_id: str, claims: Mapping[str, Claim], texts: Mapping[str, str], tabled: datetime
) -> VoteKey:
    """A pending amendment's key: ``claims`` are its edits mapped on the agreed text, ``texts`` that
    text's paragraphs by id, ``tabled`` when it was tabled."""
    reach: Reach = 2
    removed = 0
    for pid, claim in claims.items():
        if claim.kind == "delete":
            reach = 0
        elif claim.kind != "anchor":
            reach = min(reach, 1)  # type: ignore[assignment]
            for edit in claim.edits:
                removed += words_removed(texts[pid][edit.start : edit.end], edit.text)
    return VoteKey(reach, removed, tabled, amendment_id)


def words_removed(old: str, new: str) -> int:
    """How many words of ``old`` its replacement by ``new`` takes away: those the word diff does not
    keep (every one when ``new`` has none of them: there is nothing the diff could keep)."""
    words = WORD_RE.findall(old)
    if set(words).isdisjoint(WORD_RE.findall(new)):
        return len(words)
    return len(WORD_RE.findall(deleted_words(old, new)))


class Ruling(NamedTuple):
    """The chair's ruling that amendment ``first`` is voted before ``then``, and why."""

    first: str
    then: str
    reason: str


def voting_order(
    ids: Iterable[str], keys: Mapping[str, VoteKey], rulings: Sequence[Ruling] = ()
) -> list[str]:
    """``ids`` in rule 130's order, then the chair's rulings applied in the order they were made: an
    amendment ruled before another that the rule puts first moves to just before it."""
    order = sorted(ids, key=lambda i: keys[i].sort_key())
    for first, then, _ in rulings:
        if first in order and then in order and order.index(first) > order.index(then):
            order.remove(first)
            order.insert(order.index(then), first)
    return order


def vote_reasons(
    order: Sequence[str], keys: Mapping[str, VoteKey], rulings: Sequence[Ruling] = ()
) -> dict[str, str]:
    """Why each amendment of a voting order (a competing group) stands where it does: the rule's
    measure, the tabling time where the measure ties, or the chair's ruling that put it there."""
    ruled = {}
    for ruling in rulings:  # the last ruling that stands in the order is the one that placed it
        if (  # one the rule agrees with too: the chair's reason is the one on record
            ruling.then in order
            and ruling.first in order
            and order.index(ruling.first) < order.index(ruling.then)
        ):
            ruled[ruling.first] = ruling
    reasons = {}
    for aid in order:
        key = keys[aid]
        if aid in ruled:
            reasons[aid] = f"chair's ruling: {ruled[aid].reason}"
            continue
        tied = [keys[o].sort_key() for o in order if o != aid and keys[o].measure() == key.measure()]
        if not tied:
            reasons[aid] = key.reason()
        else:
            reasons[aid] = (
                f"{key.reason()}, a tie: tabled {'first' if key.sort_key() < min(tied) else 'later'}"
            )
    return reasons
