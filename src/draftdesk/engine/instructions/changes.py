"""Word edits described as clauses.

Generation quotes the base text's words as a delegation reads them: no emphasis
markers, no note marks (a note's mark is never cut or quoted: "after “12 August
1949”", not "after “2]”"), and only writes a clause once parsing it back gives
the very same edit: a quote is
extended word by word until it occurs once, and when nothing shorter fits the
clause becomes a "replace" of the words around the change (in the end, of the
whole paragraph). A sentence of several clauses is read back whole as well
(writing.py), since a reader takes each clause on the words the ones before it
left. So ``parse_instruction(written_form(a, text), text)`` always rebuilds ``a``
when the text is the one it was made against.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cached_property

from draftdesk.engine.instructions.clauses import clause_edit, read_clause
from draftdesk.engine.instructions.errors import InstructionError
from draftdesk.engine.instructions.text import Text, matches
from draftdesk.engine.model import EMPHASIS_RE, FOOTNOTE_REF_RE
from draftdesk.engine.patches import Edit, apply_edits, joined_edits

_WORD = re.compile(r"\w+|[^\w\s]", re.UNICODE)


def quote(words: str) -> str:
    """Words in typographic quotes, or in quotes they do not contain themselves."""
    words = " ".join(words.split())
    for left, right in ("“”", '""', "‘’"):
        if left not in words and right not in words:
            return f"{left}{words}{right}"
    return f"“{words}”"


def as_printed(words: str) -> str:
    """Words of the text as a delegation reads and quotes them: emphasis markers and note marks left out."""
    return FOOTNOTE_REF_RE.sub("", EMPHASIS_RE.sub(r"\1", words))


def quoted_text(words: str) -> str:
    return quote(as_printed(words))


def balanced(words: str) -> bool:
    """Whether quoted words hold whole emphases only."""
    return words.count("*") % 2 == 0


def fits(clause: str, text: Text, wanted: str) -> Edit | None:
    """The edit a generated clause parses back to, if it yields ``wanted`` on its own."""
    read = read_clause(clause, 0)
    if read is None or read[1] != len(clause):
        return None
    try:
        edit = clause_edit(read[0], text, "")
    except InstructionError:
        return None
    return edit if apply_edits(text.raw, [edit]) == wanted else None


class Changes:
    """Clauses describing word edits on ``base``, each one read back before it is used."""

    def __init__(self, base: str, edits: Sequence[Edit]) -> None:
        self.text = Text.of(base)
        self.base = base
        self.edits = joined_edits(base, edits)

    @cached_property
    def words(self) -> list[tuple[int, int]]:
        """(start, end) of each word or punctuation mark (``tokens`` but whitespace), found only when
        a clause needs the words around a change: a replacement quotes its own words. A note's mark
        is one with the word it follows ("1949[^2]"), so that no quote cuts into it."""
        notes = [m.span() for m in FOOTNOTE_REF_RE.finditer(self.base)]
        words: list[tuple[int, int]] = []
        for match in _WORD.finditer(self.base):
            a, b = match.span()
            if words and words[-1][1] == a and any(s <= a < e for s, e in notes):
                words[-1] = (words[-1][0], b)
            else:
                words.append((a, b))
        return words

    def unique(self, a: int, b: int) -> bool:
        words = as_printed(self.base[a:b])
        return bool(words.strip()) and len(matches(self.text, words)[0]) == 1

    def clauses(self) -> list[str] | None:
        out: list[str] = []
        made: list[Edit] = []
        limit = 0
        i = 0
        while i < len(self.edits):
            for clause, used in self._candidates(i, limit):
                wanted = apply_edits(self.base, self.edits[i : i + used])
                edit = fits(clause, self.text, wanted)
                if edit is not None and edit.start >= limit:
                    out.append(clause)
                    made.append(edit)
                    limit = max(edit.end, self.edits[i + used - 1].end)
                    i += used
                    break
            else:
                return None
        return out if apply_edits(self.base, made) == apply_edits(self.base, self.edits) else None

    def _candidates(self, i: int, limit: int) -> Iterator[tuple[str, int]]:
        edit = self.edits[i]
        old, new = self.base[edit.start : edit.end], edit.text.strip()
        if not (balanced(old) and balanced(new)):
            yield from self._widened(i, limit)  # quoting half an emphasis reads badly
            return
        if edit.is_insertion and new:
            if not self.base[: edit.start].strip():
                yield f"at the beginning insert {quote(new)}", 1
            if not self.base[edit.end :].strip():
                yield f"at the end insert {quote(new)}", 1
            left = self._context(edit.start, -1, limit)
            if left:
                yield f"after {quoted_text(self.base[left[0] : left[1]])} insert {quote(new)}", 1
            right = self._context(edit.end, 1, limit)
            if right:
                yield f"before {quoted_text(self.base[right[0] : right[1]])} insert {quote(new)}", 1
        elif old.strip() and not new:
            yield f"delete {quoted_text(old)}", 1
        elif old.strip():
            yield f"replace {quoted_text(old)} with {quote(new)}", 1
        yield from self._widened(i, limit)

    def _context(self, pos: int, step: int, limit: int) -> tuple[int, int] | None:
        """The fewest whole words just before ``pos`` (step -1) or after it (step 1) that occur once."""
        if step < 0:
            near = [w for w in self.words if limit <= w[0] and w[1] <= pos][::-1]
        else:
            near = [w for w in self.words if w[0] >= pos]
        for n in range(1, len(near) + 1):
            a, b = sorted((near[0][1 if step < 0 else 0], near[n - 1][0 if step < 0 else 1]))
            if self.unique(a, b):
                return a, b
        return None

    def _widened(self, i: int, limit: int) -> Iterator[tuple[str, int]]:
        """Replace the words around edit i (and any edits they take in) with their new wording."""
        a, b = self.edits[i].start, self.edits[i].end
        used = 1
        grow_left = True
        while True:
            left = [w for w in self.words if limit <= w[0] and w[1] <= a]
            right = [w for w in self.words if w[0] >= b]
            if left and (grow_left or not right):
                a = left[-1][0]
            elif right:
                b = right[0][1]
            else:
                return
            grow_left = not grow_left
            while i + used < len(self.edits) and self.edits[i + used].start <= b:
                b = max(b, self.edits[i + used].end)
                used += 1
            words = self.base[a:b]
            if words[0].isspace() or words[-1].isspace() or not balanced(words) or not self.unique(a, b):
                continue
            taken = [Edit(e.start - a, e.end - a, e.text) for e in self.edits[i : i + used]]
            new = apply_edits(words, taken).strip()
            yield (
                (
                    f"replace {quoted_text(words)} with {quote(new)}"
                    if new
                    else f"delete {quoted_text(words)}"
                ),
                used,
            )
