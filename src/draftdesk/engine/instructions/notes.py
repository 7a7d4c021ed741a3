"""Footnotes an instruction brings: "[^1]" in its new words, defined after it as "[^1]: text".

A note the paragraph already carries (same text) keeps its mark; a new one gets the
next free number of the text, so it never takes the mark of a note already there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from draftdesk.engine.instructions.clauses import Clause
from draftdesk.engine.instructions.errors import InstructionError
from draftdesk.engine.model import FOOTNOTE_REF_RE, Footnote, Paragraph

_DEFINITION = re.compile(r"^[^\S\n]*\[\^([^\]\s]+)\]:[^\S\n]*(.+(?:\n(?![^\S\n]*(?:\n|\[\^)).+)*)", re.M)


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).rstrip(".") == " ".join(b.split()).rstrip(".")


@dataclass(slots=True)
class Notes:
    body: str
    """The instruction without its note definitions."""
    defined: dict[str, str]
    taken: set[str] = field(default_factory=set)
    """Marks in use in the text addressed (filled by :meth:`marks_of`)."""
    made: dict[str, Footnote] = field(default_factory=dict)
    """Instruction mark -> the note it became."""

    @classmethod
    def defined_in(cls, text: str) -> Notes:
        defined = {m[1]: " ".join(m[2].split()) for m in _DEFINITION.finditer(text)}
        return cls(_DEFINITION.sub("", text), defined)

    def marks_of(self, paragraphs: list[Paragraph]) -> None:
        self.taken = {note.mark for p in paragraphs for note in p.footnotes}

    def carried_text(
        self, text: str, paragraph: Paragraph | None, name: str
    ) -> tuple[str, tuple[Footnote, ...]]:
        """New words with the instruction's marks turned into the text's, and the notes they bring."""
        brought: list[Footnote] = []

        def mark(m: re.Match[str]) -> str:
            ref = m[1]
            if ref not in self.defined:
                if paragraph is not None and (
                    m[0] in paragraph.text or any(n.mark == ref for n in paragraph.footnotes)
                ):
                    return m[0]  # a reference the paragraph has already
                raise InstructionError(
                    f"In {name}: footnote [^{ref}] is not defined (add “[^{ref}]: its text”)"
                )
            known = next(
                (n for n in (paragraph.footnotes if paragraph else ()) if _same(n.text, self.defined[ref])),
                None,
            )
            if known is not None:
                return f"[^{known.mark}]"
            if ref not in self.made:
                self.made[ref] = Footnote(self._fresh(), self.defined[ref])
            brought.append(self.made[ref])
            return f"[^{self.made[ref].mark}]"

        return FOOTNOTE_REF_RE.sub(mark, text), tuple(brought)

    def carried(self, clause: Clause, paragraph: Paragraph, name: str) -> tuple[Clause, tuple[Footnote, ...]]:
        """A clause whose quoted words cite the paragraph's notes and whose new words may bring notes."""
        words = FOOTNOTE_REF_RE.sub(lambda m: self._known(m[1], paragraph), clause.words)
        text, brought = self.carried_text(clause.text, paragraph, name)
        return replace(clause, words=words, text=text), brought

    def _known(self, ref: str, paragraph: Paragraph) -> str:
        """A mark in quoted words: the paragraph's note with the same text, or the mark as written."""
        text = self.defined.get(ref)
        known = next((n for n in paragraph.footnotes if text is not None and _same(n.text, text)), None)
        return f"[^{known.mark}]" if known else f"[^{ref}]"

    def _fresh(self) -> str:
        numbers = [int(m) for m in self.taken | {n.mark for n in self.made.values()} if m.isdigit()]
        return str(max(numbers, default=0) + 1)
