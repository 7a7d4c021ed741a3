"""Competing amendments and the order they are voted in.

Two pending amendments compete when they cannot both be accepted: their edits
on the agreed text of a paragraph overlap, or one deletes or moves a paragraph
the other changes (an insertion anchored on a deleted paragraph included). The
voting order follows UN and parliamentary practice: the proposal furthest
removed from the text first — deleting the paragraph, then the one changing
most of it — so that if it is accepted the others fall.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, NamedTuple

from draftdesk.engine.patches import Edit, overlaps

ClaimKind = Literal["edit", "delete", "move", "anchor"]


class Claim(NamedTuple):
    """What a pending amendment does to one paragraph of the agreed text.

    A NamedTuple (read by attribute only): a merge builds one for every pending amendment.
    """

    kind: ClaimKind
    edits: tuple[Edit, ...] = ()


@dataclass(frozen=True, slots=True)
class VoteKey:
    """Sorts the proposal furthest removed from the text first."""

    deletes: bool
    size: int
    created: datetime
    id: str

    def sort_key(self) -> tuple[int, int, datetime, str]:
        return (0 if self.deletes else 1, -self.size, self.created, self.id)


def claims_conflict(a: Claim, b: Claim) -> bool:
    if a.kind == "edit" and b.kind == "edit":
        for x in a.edits:
            for y in b.edits:
                if overlaps(x, y):
                    return True
        return False
    if "delete" in (a.kind, b.kind):
        return True
    return "move" in (a.kind, b.kind) and "anchor" not in (a.kind, b.kind)


def paragraph_conflicts(claims: Mapping[str, Claim]) -> set[frozenset[str]]:
    """Pairs of amendment ids whose claims on one paragraph cannot both stand (as ``claims_conflict``).

    The edits are swept in text order, each compared only with those that start
    before it ends: a paragraph many amendments change costs about as much as
    their edits, not as their pairs. The rare other claims (delete, move, anchor)
    are compared with every claim.
    """
    pairs: set[frozenset[str]] = set()
    edits: list[tuple[int, int, int, str, Edit]] = []  # (start, end, n, id, edit): n settles ties
    for aid, claim in claims.items():
        if claim.kind == "edit":
            for edit in claim.edits:
                edits.append((edit.start, edit.end, len(edits), aid, edit))
        else:
            for b, other in claims.items():
                if b != aid and claims_conflict(claim, other):
                    pairs.add(frozenset((aid, b)))
    edits.sort()
    count = len(edits)
    for i in range(count - 1):
        _, end, _, a, edit = edits[i]
        j = i + 1
        while j < count and edits[j][0] <= end:  # past it, every edit starts after this one ends
            _, _, _, b, other = edits[j]
            if a != b and overlaps(edit, other):
                pairs.add(frozenset((a, b)))
            j += 1
    return pairs


def groups(pairs: Iterable[frozenset[str]], keys: Mapping[str, VoteKey]) -> list[list[str]]:
    """Connected groups of competing amendments, each in voting order, groups by their first member."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pair in pairs:
        a, b = sorted(pair)
        parent[find(a)] = find(b)
    members: dict[str, list[str]] = {}
    for x in parent:
        members.setdefault(find(x), []).append(x)
    ordered = [sorted(group, key=lambda i: keys[i].sort_key()) for group in members.values()]
    return sorted(ordered, key=lambda group: keys[group[0]].sort_key())
