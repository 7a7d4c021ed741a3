"""Finding quoted words in a paragraph's stored text (the documented choice):

- whitespace runs are equal to one another, and the instruction's own
  whitespace (line wrapping) is normalised;
- a quote starting or ending with a letter or digit matches whole words only
  ("the" does not match inside "other");
- hyphens and apostrophes alike: "COVID-19" matches "COVID‑19" (a non-breaking hyphen),
  "States'" matches "States’";
- the quote is first looked for in the stored text, markup included
  ("*inter alia*" or "inter alia" both match "*inter alia*"); only when it is not
  there is it looked for ignoring markup ("the Treptower Group" matches
  "the *Treptower Group*", "cooperation is" matches "cooperation[^1] is"). Then
  markup the quote cuts through is kept: a footnote reference and an emphasis
  marker whose partner lies outside the quoted words stay in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from draftdesk.engine.instructions.errors import InstructionError
from draftdesk.engine.model import EMPHASIS_RE, FOOTNOTE_REF_RE

OPENERS = "([{“‘"
_FOLD = str.maketrans(
    dict.fromkeys("\u2010\u2011\u2012\u2212", "-") | dict.fromkeys("\u2018\u2019\u02bc", "'")
)
"""Characters that print alike and that documents and drafts write either way (one for one)."""
CLOSERS = ",.;:!?)]}”’"


@dataclass(frozen=True, slots=True)
class Text:
    """A paragraph's stored text with its markup located, flattened for finding quoted words."""

    raw: str
    flat: str
    """``raw`` with each whitespace run as one space."""
    flat_index: Sequence[int]
    """Offset in ``raw`` of each character of ``flat``."""
    bare: str
    """``flat`` without markup (emphasis markers, footnote references)."""
    bare_index: Sequence[int]
    opening: dict[int, int]
    """Offset of an emphasis start -> offset of its end marker."""
    closing: dict[int, int]
    notes: dict[int, int]
    """Start -> end of each footnote reference."""

    @classmethod
    def of(cls, raw: str) -> Text:
        opening = {m.start(): m.end() - 1 for m in EMPHASIS_RE.finditer(raw)}
        closing = {end: start for start, end in opening.items()}
        notes = {m.start(): m.end() for m in FOOTNOTE_REF_RE.finditer(raw)}
        flat, flat_index = _squeezed(raw.translate(_FOLD), range(len(raw)))
        hidden = set(opening) | set(closing)
        for start, end in notes.items():
            hidden.update(range(start, end))
        if not hidden:
            return cls(raw, flat, flat_index, flat, flat_index, opening, closing, notes)
        shown = [i for i in range(len(raw)) if i not in hidden]
        bare, bare_index = _squeezed("".join(raw[i] for i in shown).translate(_FOLD), shown)
        return cls(raw, flat, flat_index, bare, bare_index, opening, closing, notes)


_ODD_SPACE = re.compile(r"[^\S ]|  ")


def _squeezed(text: str, index: Sequence[int]) -> tuple[str, Sequence[int]]:
    """Text with whitespace runs as one space, and ``index`` kept for the characters kept."""
    if not _ODD_SPACE.search(text):
        return text, index
    out: list[str] = []
    kept: list[int] = []
    for i, char in enumerate(text):
        if char.isspace() and out and out[-1] == " ":
            continue
        out.append(" " if char.isspace() else char)
        kept.append(index[i])
    return "".join(out), kept


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _occurrences(hay: str, index: Sequence[int], words: str) -> list[tuple[int, int]]:
    """Raw spans of every occurrence (overlapping ones too) of whole-word ``words`` in a flattened text."""
    found: list[tuple[int, int]] = []
    if not words:
        return found
    whole_start, whole_end = _is_word(words[0]), _is_word(words[-1])
    at = hay.find(words)
    while at >= 0:
        end = at + len(words)
        if not (whole_start and at and _is_word(hay[at - 1])) and not (
            whole_end and end < len(hay) and _is_word(hay[end])
        ):
            found.append((index[at], index[end - 1] + 1))
        at = hay.find(words, at + 1)
    return found


_STAR_MARK = re.compile(r"(?<=[^\s*])\*+(?=[\s,;.:”’)]|$)")
"""A note mark a document prints as asterisks after a word ("the International Criminal Court* that"),
quoted as printed: the stored text has the note as a reference."""


def matches(
    text: Text, words: str, within: tuple[int, int] | None = None
) -> tuple[list[tuple[int, int]], bool]:
    """Raw spans where the words occur (``within`` a stretch of the text), and whether they were
    found only by ignoring markup."""
    words = " ".join(words.split()).translate(_FOLD)
    found = _inside(_occurrences(text.flat, text.flat_index, words), within)
    if found or text.bare == text.flat:
        return found, False
    bare = _STAR_MARK.sub("", FOOTNOTE_REF_RE.sub("", EMPHASIS_RE.sub(r"\1", words)))
    bare = " ".join(bare.split())
    return _inside(_occurrences(text.bare, text.bare_index, bare), within), True


def _inside(spans: list[tuple[int, int]], within: tuple[int, int] | None) -> list[tuple[int, int]]:
    return spans if within is None else [(a, b) for a, b in spans if within[0] <= a and b <= within[1]]


def locate(
    text: Text, words: str, name: str, within: tuple[int, int] | None = None, where: str = "the text"
) -> tuple[int, int, bool]:
    """The one place the words occur (``within`` a stretch of the text, ``where`` naming it)."""
    spans, blind = matches(text, words, within)
    if not spans:
        raise InstructionError(f"In {name}: “{words}” does not occur in {where}")
    if len(spans) > 1:
        raise InstructionError(
            f"In {name}: “{words}” occurs {len(spans)} times; quote more of the words around it to say which"
        )
    return spans[0][0], spans[0][1], blind


def kept_markup(text: Text, a: int, b: int, notes: bool = True) -> tuple[str, str]:
    """Markup inside raw[a:b] that outlives replacing it: half-quoted emphasis, and (``notes``)
    footnote refs."""
    prefix = "*" * sum(1 for o, c in text.opening.items() if a <= o < b <= c)
    suffix = "*" * sum(1 for c, o in text.closing.items() if a <= c < b and o < a)
    suffix += "".join(text.raw[s:e] for s, e in text.notes.items() if notes and a <= s and e <= b)
    return prefix, suffix
