"""Collects paragraphs as a parser finds them, then freezes them into a Draft with ids in order."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from draftdesk.engine.importing.footnotes import mark_references
from draftdesk.engine.importing.kinds import unnoted
from draftdesk.engine.importing.lines import join_lines
from draftdesk.engine.importing.starts import opens_preamble
from draftdesk.engine.model import FOOTNOTE_REF_RE, Draft, Footnote, Paragraph, ParagraphKind
from draftdesk.engine.numbering import letters, roman

_ROMANS = {roman(n) for n in range(1, 40)}
_ENDS_SENTENCE = (".", ";", ":")
OPERATIVE_VERB = re.compile(
    r"^(?:(?:Also|Further|Again|Strongly|Firmly|Once again) [a-z]+|[A-Z][a-z]+)(?<!ou)s\b"
)
"""An operative verb in the third person: "Endorses", "Takes note", "Also decides"."""
_GROUP = re.compile(r"^(?:[A-Z]|[A-Z][a-z]{2,14} \d{1,3})\.\s")
"""A lettered heading, "B. Scale up climate action", or a labelled one, "Item 5. Promotion …:"."""
_DECIDES = re.compile(r",\s+(?:also\s+|further\s+)?[a-z]+(?<!ou)s(?:\s+that)?:$")
"""A lead-in that ends on its operative verb: "Taking note of the report, decides:"."""


@dataclass(slots=True)
class _Entry:
    kind: ParagraphKind
    text: str
    parent: int = -1
    part: str = ""
    line: int = 0
    """The source line (a Word file: the paragraph) the paragraph starts on."""


@dataclass(slots=True)
class Builder:
    """Paragraphs in document order; sub-items find their parent from the markers seen so far."""

    draft: Draft
    warnings: list[str] = field(default_factory=list)
    part: str = ""
    _entries: list[_Entry] = field(default_factory=list)
    _operative: int = -1
    _letter: int = -1
    _letters_seen: int = 0
    _roman: bool = False
    """The current paragraph's list is numbered in romans from its first item."""
    _items: list[int] = field(default_factory=list)
    """The open sub-items, outermost first: the last one at each depth."""

    def add(self, kind: ParagraphKind, text: str, line: int, *, warn: bool = True) -> None:
        """Add a paragraph; unstructured text is warned about unless the caller warned once for it
        all (``warn``: a table's rows)."""
        if kind == "text" and warn and not text.endswith(":"):
            self.warnings.append(f"line {line}: kept as unstructured text: {text[:60]!r}")
        self._entries.append(_Entry(kind, text, part=self.part, line=line))
        if kind in ("operative", "preamble"):
            self._operative, self._letter, self._letters_seen = len(self._entries) - 1, -1, 0
            self._items, self._roman = [], False

    def add_sub_item(self, marker: str, text: str, line: int, depth: int = 0) -> None:
        """An item at ``depth`` (1: lettered, 2: under the last lettered one…) under the current
        numbered paragraph of this part (operative, or a preambular lead-in: "This Convention
        shall apply … to:"). With no depth, read from the marker: a roman one nests when it is not
        the next letter, or when it is an "(i)" right after a lettered lead-in ending ":"."""
        if self._operative < 0 or self._entries[self._operative].part != self.part:
            self.add("text", f"({marker}) {text}" if marker else text, line)
            return
        if marker == "a" and depth < 2 and self._opens_group():
            self._entries[-1].parent = self._operative
            self._letter, self._letters_seen, self._items, self._roman = -1, 0, [], False
        if not depth:
            next_letter = letters(self._letters_seen + 1)
            lead_in = self._letter == len(self._entries) - 1 and self._entries[-1].text.endswith(":")
            roman = marker in _ROMANS and (marker != next_letter or (marker == "i" and lead_in))
            if marker == "i" and not self._letters_seen:
                self._roman = True  # a list numbered "i)", "ii)" from its first item: romans are its items
            depth = 2 if roman and self._letter >= 0 and not self._roman else 1
        del self._items[depth - 1 :]
        parent = self._items[-1] if self._items else self._operative
        self._entries.append(_Entry("sub-item", text, parent, self.part, line))
        self._items.append(len(self._entries) - 1)
        if len(self._items) == 1:
            self._letter, self._letters_seen = self._items[0], self._letters_seen + 1

    def _opens_group(self) -> bool:
        """A lettered heading ("B. Scale up climate action") right before a list that restarts at
        (a), inside the current paragraph: a group of its items (the numbering letters them anew,
        OP32 B(a))."""
        last = self._entries[-1]
        return last.kind == "heading" and last.part == self.part and bool(_GROUP.match(last.text))

    def lead_in(self) -> str | None:
        """The kind of the last paragraph when it leads in to what follows (ends ":")."""
        last = self._entries[-1] if self._entries else None
        if last and last.kind in ("operative", "preamble", "text") and unnoted(last.text).endswith(":"):
            return last.kind
        return None

    def lines(self) -> list[int]:
        """The source line each paragraph starts on, in the order of the draft's paragraphs."""
        return [entry.line for entry in self._entries]

    def __len__(self) -> int:
        return len(self._entries)

    def can_continue(self) -> bool:
        """True when the last paragraph stopped mid-sentence, so the next line is its continuation."""
        return bool(self._entries) and not self._entries[-1].text.endswith(_ENDS_SENTENCE)

    def continue_last(self, text: str) -> None:
        last = self._entries[-1]
        last.text = join_lines([last.text, text])

    def promote_single_decision(self) -> None:
        """A main text with no numbered paragraph is a decision; its last top-level paragraph is
        the operative one when it opens with a verb ("Endorses the political declaration…") or
        when its lettered items do after an operative lead-in: "…, decides: (a) Expresses…; (b)
        Endorses…". After a preambular one ("Recalling further …:") the lettered items are the
        decision's own operative clauses, items of the text itself, cited "paragraph (b)"."""
        main = [i for i, e in enumerate(self._entries) if not e.part and e.kind != "closing"]
        if not main or any(self._entries[i].kind == "operative" for i in main):
            return
        top = [i for i in main if self._entries[i].kind != "sub-item"]
        last = top[-1] if top else -1
        if last < 0 or self._entries[last].kind != "preamble":
            return
        text, items = self._entries[last].text, [e for e in self._entries if e.parent == last]
        verbs = bool(items) and all(OPERATIVE_VERB.match(e.text) for e in items)
        if verbs and not _DECIDES.search(text) and opens_preamble(text):
            for item in items:  # "Recalling further …: (a) Expresses…; (b) Endorses…": the decision's own
                item.parent = -1
        elif OPERATIVE_VERB.match(text) or (items and _DECIDES.search(text)) or verbs:
            self._entries[last].kind = "operative"

    def build(self, notes: dict[str, str], *, marked: bool = False) -> Draft:
        """The draft with ids p-0001… in order; reference digits become ``[^N]`` (unless the text is
        ``marked`` already) and collect their notes."""
        if not marked:
            texts = mark_references([e.text for e in self._entries], notes)
            for entry, text in zip(self._entries, texts, strict=True):
                entry.text = text
        ids = [f"p-{n:04d}" for n in range(1, len(self._entries) + 1)]
        self.draft.paragraphs = [
            Paragraph(
                id=ids[i],
                kind=e.kind,
                text=e.text,
                parent=ids[e.parent] if e.parent >= 0 else "",
                part=e.part,
                footnotes=tuple(Footnote(m, notes[m]) for m in FOOTNOTE_REF_RE.findall(e.text) if m in notes),
            )
            for i, e in enumerate(self._entries)
        ]
        cited = {note.mark for p in self.draft.paragraphs for note in p.footnotes}
        orphans = tuple(Footnote(mark, text) for mark, text in notes.items() if mark not in cited)
        if orphans and self.draft.paragraphs:  # never drop a note: keep it on the last paragraph
            last = self.draft.paragraphs[-1]
            self.draft.paragraphs[-1] = replace(last, footnotes=last.footnotes + orphans)
            self.warnings += [
                f"footnote {note.mark}: no reference to it found in the text" for note in orphans
            ]
        return self.draft
