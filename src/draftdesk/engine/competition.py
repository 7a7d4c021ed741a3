"""Competing amendments and the order they are voted in.

Two pending amendments compete when they cannot both be accepted: their edits
on the agreed text of a paragraph overlap, or one deletes or moves a paragraph
the other changes (an insertion anchored on a deleted paragraph included).
Each competing group is voted in the order of :mod:`draftdesk.engine.voting`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from datetime import datetime
from typing import Literal, NamedTuple

from draftdesk.engine.model import Paragraph
from draftdesk.engine.patches import Edit, overlaps
from draftdesk.engine.voting import Ruling, VoteKey, vote_key, vote_reasons, voting_order

ClaimKind = Literal["edit", "delete", "move", "anchor"]


class Claim(NamedTuple):
    """What a pending amendment does to one paragraph of the agreed text.

    A NamedTuple (read by attribute only): a merge builds one for every pending amendment.
    """

    kind: ClaimKind
    edits: tuple[Edit, ...] = ()


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


def groups(
    pairs: Iterable[frozenset[str]], keys: Mapping[str, VoteKey], rulings: Sequence[Ruling] = ()
) -> list[list[str]]:
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
    ordered = [voting_order(group, keys, rulings) for group in members.values()]
    return sorted(ordered, key=lambda group: keys[group[0]].sort_key())


class Competition:
    """The pending amendments of one agreed text: what each claims, which compete, their voting order.

    Kept up paragraph by paragraph as claims change (``compete``). It gathers
    the amendments whose rivals or rank moved until the merge takes them
    (``take_changed``) to derive their reported state again: a set, not a
    call back into the merge, so the two make no reference cycle.
    """

    def __init__(
        self,
        text: Mapping[str, Paragraph],
        naming: Callable[[str], Set[str]],
        tabled: Callable[[str], datetime],
        rulings: Callable[[], Sequence[Ruling]],
    ) -> None:
        """``text``: the agreed text's paragraphs by id (kept up by the merge); ``naming``: the
        amendments naming a paragraph; ``tabled``: when an amendment was tabled; ``rulings``: the
        chair's on the voting order (the merge's records answer the last three)."""
        self.claims: dict[str, dict[str, Claim]] = {}
        """Each pending amendment's claims, by paragraph."""
        self.ranks: dict[str, int] = {}
        """Each competing amendment's place in its group's voting order (1: voted first)."""
        self._text, self._naming, self._tabled, self._rulings = text, naming, tabled, rulings
        self._changed: set[str] = set()
        self._keys: dict[str, VoteKey] = {}  # see key
        self._conflicts: dict[str, set[frozenset[str]]] = {}
        self._groups: list[list[str]] | None = None

    def key(self, aid: str) -> VoteKey:
        """A pending amendment's voting key, worked out when first asked for (most never compete)."""
        if aid not in self._keys:
            claims = self.claims[aid]
            texts = {pid: self._text[pid].text for pid, claim in claims.items() if claim.edits}
            self._keys[aid] = vote_key(aid, claims, texts, self._tabled(aid))
        return self._keys[aid]

    def order(self, ids: Iterable[str]) -> list[str]:
        """Pending amendments in voting order (the rule's, then the chair's rulings)."""
        rulings = self._rulings()
        if not rulings:
            return sorted(ids, key=lambda a: self.key(a).sort_key())
        ids = list(ids)
        return voting_order(ids, {a: self.key(a) for a in ids}, rulings)

    def reorder(self) -> None:
        """The chair has ruled on the voting order: the groups are ordered again when next asked."""
        self._groups = None

    def reason(self, aid: str) -> str:
        """Why a pending amendment stands where it does in its group's voting order."""
        group = next((g for g in self.groups() if aid in g), [aid])
        return vote_reasons(group, {a: self.key(a) for a in group}, self._rulings())[aid]

    def drop(self, aid: str) -> set[str]:
        """An amendment is no longer pending (or is to be tried again); returns the paragraphs it claimed."""
        self._keys.pop(aid, None)
        return set(self.claims.pop(aid, {}))

    def compete_all(self) -> None:
        """Find every conflict among the claims (after a full merge)."""
        by_paragraph: dict[str, dict[str, Claim]] = {}
        for aid, claims in self.claims.items():
            for pid, claim in claims.items():
                if pid in by_paragraph:
                    by_paragraph[pid][aid] = claim
                else:
                    by_paragraph[pid] = {aid: claim}
        for pid, rivals in by_paragraph.items():
            if len(rivals) > 1 and (pairs := paragraph_conflicts(rivals)):
                self._conflicts[pid] = pairs

    def compete(self, paragraph_ids: Iterable[str]) -> None:
        """Find the conflicts again on paragraphs whose claims changed."""
        pending = self.claims
        for pid in paragraph_ids:
            claims = {a: pending[a][pid] for a in self._naming(pid) if a in pending and pid in pending[a]}
            pairs = paragraph_conflicts(claims) if len(claims) > 1 else set()
            old = self._conflicts.get(pid)
            if pairs == (old or set()):
                continue
            self._changed.update(a for pair in pairs ^ (old or set()) for a in pair)
            self._groups = None
            if pairs:
                self._conflicts[pid] = pairs
            else:
                self._conflicts.pop(pid, None)

    def groups(self) -> list[list[str]]:
        """The competing groups, each in voting order."""
        if self._groups is None:
            pairs = [pair for pairs in self._conflicts.values() for pair in pairs]
            self._groups = groups(pairs, {a: self.key(a) for pair in pairs for a in pair}, self._rulings())
            old_ranks = self.ranks
            self.ranks = {aid: i for group in self._groups for i, aid in enumerate(group, 1)}
            ranked = old_ranks.keys() | self.ranks.keys()
            self._changed.update(a for a in ranked if old_ranks.get(a) != self.ranks.get(a))
        return self._groups

    def take_changed(self) -> set[str]:
        """The amendments whose rivals or rank moved since last asked."""
        changed, self._changed = self._changed, set()
        return changed

    def settled(self) -> bool:
        """Whether the groups are known and no change is waiting to be taken."""
        return self._groups is not None and not self._changed

    def rivals(self, aid: str) -> tuple[str, ...]:
        """The amendments competing with ``aid`` on any paragraph, in voting order."""
        rivals = {
            other
            for pid in self.claims.get(aid, ())
            for pair in self._conflicts.get(pid, ())
            if aid in pair
            for other in pair
            if other != aid
        }
        return tuple(self.order(rivals))
