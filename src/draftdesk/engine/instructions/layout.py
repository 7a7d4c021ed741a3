"""The order of a text's paragraphs as an instruction's moves and new paragraphs leave it.

A change of a numbered list is placed against the text as the changes before it left it, as a
delegation reads its own amendment: "1. Move operative paragraph 5 to before operative paragraph 2.
2. Move operative paragraph 6 to before operative paragraph 2." puts 5, then 6, before 2, and
"to become operative paragraph 4" is the fourth place once the earlier moves are made, and "2. Add a
new operative paragraph at the end" comes after the one "1." added there. Paragraphs
keep the numbers they have as tabled: that is how a document names them. Paragraphs placed after one
paragraph by several changes stand in the order the changes are written ("1. After operative paragraph
2, insert … 2. After operative paragraph 2, insert …": the first, then the second). The moves are made as the
merge makes them (a paragraph moves with its sub-items; "after" a paragraph is past its sub-items
unless the moved one becomes its first item).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from draftdesk.engine.instructions.errors import InstructionError
from draftdesk.engine.model import Paragraph
from draftdesk.engine.title import TITLE_ID


class Layout:
    """Paragraph ids in order, with the parent and kind of each."""

    def __init__(self, paragraphs: Sequence[Paragraph]) -> None:
        self.order = [p.id for p in paragraphs]
        self.parent = {p.id: p.parent for p in paragraphs}
        self.kind = {p.id: p.kind for p in paragraphs}
        self.placed_after: dict[str, list[str]] = {}
        """The paragraphs earlier changes placed after a paragraph they named (``past_placed``)."""

    def family(self, pid: str) -> set[str]:
        """A paragraph and its sub-items, at any depth."""
        out = {pid}
        for other in self.order:
            if self.parent[other] in out:
                out.add(other)
        return out

    def children(self, parent: str, kind: str = "", exclude: Collection[str] = ()) -> list[str]:
        """The paragraphs directly under ``parent`` ("" the text), in order; the title is not one."""
        return [
            pid
            for pid in self.order
            if self.parent[pid] == parent
            and pid not in exclude
            and pid != TITLE_ID
            and (not kind or self.kind[pid] == kind)
        ]

    def before(self, pid: str, exclude: Collection[str] = ()) -> str:
        """The ``after`` that places a paragraph right before ``pid``: its previous sibling, or its parent
        ("" for the text's first paragraph: the start, the title being apart)."""
        siblings = self.children(self.parent[pid], exclude=exclude)
        i = siblings.index(pid)
        return siblings[i - 1] if i else self.parent[pid]

    def last(self, kind: str) -> str:
        """The last paragraph of a kind outside sub-items (of the text's last paragraph if there is none)."""
        found = [pid for pid in self.order if self.kind[pid] == kind and not self.parent[pid]]
        if not found and not self.order:
            raise InstructionError("the text has no paragraph to add after")
        return found[-1] if found else self.order[-1]

    def past_placed(self, anchor: str, parent: str) -> str:
        """The ``after`` for a paragraph placed after ``anchor`` under ``parent``: past those earlier
        changes placed right after it under the same parent, so that they stand in the order written.
        In the text itself ("" parent), a paragraph's last sub-item and the paragraph are one point: what was
        placed "after operative paragraph 1" stands where "after operative paragraph 1 (a)" would go."""
        placed, after = self._placed_at(anchor, parent), anchor
        at = self._at(anchor, parent)
        while at < len(self.order) and self.order[at] in placed and self.parent[self.order[at]] == parent:
            after = self.order[at]
            at = self._at(after, parent)
        return after

    def _placed_at(self, anchor: str, parent: str) -> set[str]:
        """The paragraphs earlier changes placed after ``anchor``, or, in the text itself, after any
        paragraph of the top-level paragraph ``anchor`` belongs to."""
        if parent:
            return set(self.placed_after.get(anchor, []))
        top = anchor
        while self.parent.get(top):
            top = self.parent[top]
        return {pid for member in self.family(top) for pid in self.placed_after.get(member, [])}

    def placed(self, anchor: str, pids: list[str]) -> None:
        self.placed_after.setdefault(anchor, []).extend(pids)

    def move(self, pid: str, after: str, parent: str = "") -> None:
        """``pid`` with its sub-items placed after ``after`` ("" the start), under ``parent`` if given."""
        family = self.family(pid)
        block = [other for other in self.order if other in family]
        self.order = [other for other in self.order if other not in family]
        parent = parent or self.parent[pid]
        self.parent[pid] = parent
        at = self._at(after, parent)
        self.order[at:at] = block

    def add(self, pid: str, kind: str, after: str, parent: str) -> None:
        """A new paragraph of the instruction, under a stand-in id, placed as the merge places it."""
        self.parent[pid], self.kind[pid] = parent, kind
        at = self._at(after, parent)
        self.order.insert(at, pid)

    def _at(self, after: str, parent: str) -> int:
        """Where a paragraph goes after ``after``: past its sub-items unless it becomes its first one."""
        if not after:
            return 0
        return self.order.index(after) + (1 if parent == after else len(self.family(after)))
