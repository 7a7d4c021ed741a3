"""A paragraph's text as an instruction's clauses change it, one clause after another.

Each clause reads the text as the clauses before it left it ("Replace “Chernobyl” with
“Chornobyl” …; after “Chornobyl nuclear power plant” insert …"), and when its words
are no longer there, the text as tabled (documents quote either). What it keeps is the
author's changes in the tabled text's coordinates: every clause is one edit, and clauses
that touch become one. So a clause replaced as a whole stays one replacement of that
clause, however many words the old and new wordings share.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from draftdesk.engine.amendments import Op
from draftdesk.engine.instructions.errors import InstructionError
from draftdesk.engine.model import FOOTNOTE_REF_RE, Footnote
from draftdesk.engine.patches import Edit, patch_of_edits

Segment = tuple[int, int, str | None]
"""(start, end, text): ``base[start:end]`` as tabled (text None) or replaced by ``text``."""


@dataclass(slots=True)
class Working:
    base: str
    segments: list[Segment] = field(default_factory=list)
    needs: list[tuple[int, int]] = field(default_factory=list)
    """The tabled words insertions were placed by (base offsets): the op needs them standing."""

    def __post_init__(self) -> None:
        if not self.segments:
            self.segments = [(0, len(self.base), None)]

    def _shown(self, segment: Segment) -> str:
        start, end, text = segment
        return self.base[start:end] if text is None else text

    @property
    def current(self) -> str:
        return "".join(map(self._shown, self.segments))

    def _split(self, at: int) -> None:
        """Cut the unchanged segment that ``at`` (current offset) falls strictly inside."""
        pos = 0
        for i, (start, end, text) in enumerate(self.segments):
            size = len(self._shown((start, end, text)))
            if text is None and pos < at < pos + size:
                cut = start + at - pos
                self.segments[i : i + 1] = [(start, cut, None), (cut, end, None)]
                return
            pos += size

    def apply(self, edit: Edit) -> None:
        """Apply an edit given on the current text; it joins any earlier change it touches."""
        p, q = edit.start, edit.end
        self._split(p)
        self._split(q)
        touched: list[int] = []
        pos = 0
        at = len(self.segments)
        for i, segment in enumerate(self.segments):
            a, b = pos, pos + len(self._shown(segment))
            pos = b
            if segment[2] is None:
                if p <= a and b <= q and a < b:
                    touched.append(i)
                elif a >= p and at == len(self.segments):
                    at = i
            elif a <= q and b >= p:
                touched.append(i)
        if not touched:
            where = self.segments[at][0] if at < len(self.segments) else len(self.base)
            self.segments.insert(at, (where, where, ""))
            touched = [at]
        first, last = touched[0], touched[-1]
        offset = sum(len(self._shown(s)) for s in self.segments[:first])
        shown = "".join(map(self._shown, self.segments[first : last + 1]))
        text = shown[: p - offset] + edit.text + shown[q - offset :]
        self.segments[first : last + 1] = [(self.segments[first][0], self.segments[last][1], text)]

    def to_current(self, edit: Edit) -> Edit | None:
        """An edit on the tabled text placed on the current one; None if it cuts through a change."""
        start, end = self._position(edit.start, first=True), self._position(edit.end, first=False)
        if start is None or end is None or end < start:
            return None
        return Edit(start, end, edit.text)

    def to_base(self, start: int, end: int) -> tuple[int, int] | None:
        """Words of the current text in the tabled one; None unless they are tabled words, unchanged."""
        pos = 0
        for a, b, text in self.segments:
            size = len(self._shown((a, b, text)))
            if text is None and pos <= start and end <= pos + size:
                return a + start - pos, a + end - pos
            pos += size
        return None

    def _position(self, x: int, first: bool) -> int | None:
        pos = 0
        found: int | None = None
        for start, end, text in self.segments:
            size = len(self._shown((start, end, text)))
            if text is None and start <= x <= end:
                found = pos + x - start
            elif text is not None and x in (start, end):
                found = pos if x == start else pos + size
            elif text is not None and start < x < end:
                return None
            if found is not None and first:
                return found
            pos += size
        return found

    def modify_op(self, pid: str, name: str, brought: list[Footnote]) -> Op:
        """The modify operation of these changes, with the notes its new words still cite."""
        edits = self.edits()
        if not edits:
            raise InstructionError(f"In {name}: the instruction changes nothing")
        cited = set(FOOTNOTE_REF_RE.findall(self.current))
        notes = tuple(dict.fromkeys(note for note in brought if note.mark in cited))
        needs = tuple(x for need in sorted(set(self.needs)) for x in need)
        patch = patch_of_edits(self.base, edits)
        return Op("modify", target=pid, base_text=self.base, patch=patch, notes=notes, needs=needs)

    def edits(self) -> list[Edit]:
        """The author's changes on the tabled text, one per clause (or run of touching clauses)."""
        return [
            Edit(start, end, text)
            for start, end, text in self.segments
            if text is not None and text != self.base[start:end]
        ]
