"""Parts of a paragraph named rather than quoted: "the second sentence", "the last three words",
"the first two words of the last sentence".

A sentence ends at a full stop, question or exclamation mark (with the closing quotes, emphasis
and note references after it) followed by a word starting with a capital, unless the word before
the stop is a usual abbreviation ("No. 35457", "Mr.", "e.g.") or an initial ("J."); the last
sentence runs to the end of the paragraph, its closing mark (";" or ",") included. Words are runs
of letters and digits (with inner hyphens and apostrophes); note references are not words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from draftdesk.engine.instructions.errors import InstructionError
from draftdesk.engine.instructions.text import Text
from draftdesk.engine.model import FOOTNOTE_REF_RE

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_COUNTS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
ORDINAL = rf"(?:{'|'.join(_ORDINALS)}|last|final|penultimate|\d+(?:st|nd|rd|th))"
_COUNT = rf"(?:{'|'.join(_COUNTS)}|\d+)"
PART = (
    rf"(?P<part>(?:the\s+)?(?:(?P<ord>{ORDINAL})\s+(?P<unit>sentence|word)"
    rf"|(?P<end>first|last|final)\s+(?P<count>{_COUNT})\s+(?P<units>sentences|words))"
    rf"(?:\s+of\s+the\s+(?P<within>{ORDINAL})\s+sentence)?)"
)
"""A part named: the pattern's groups give :func:`part_of` what it needs."""
_ABBREVIATIONS = {
    "no",
    "nos",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "art",
    "arts",
    "vol",
    "para",
    "paras",
    "e.g",
    "i.e",
}
_STOP = re.compile(r"[.?!][”’\"')\]]*(?:\*+|\[\^[^\]\s]+\])*(?=\s+[“‘\"'(]?[A-Z])")
FINAL_MARK = re.compile(r"[;.,:](?:\[\^[^\]\s]+\]|\*)*\s*$")
"""The mark that closes a paragraph (";" of an operative one, "," of a preambular one), with the
footnote references after it: words added "at the end" of the paragraph stand before it."""
_WORD = re.compile(r"[^\W_](?:[\w'’\u2011-]*[^\W_])?")


_PART_OF = re.compile(rf"{PART}\s+of\s+(?P<rest>.+)", re.I)
_THEN_PART = re.compile(rf"(?P<rest>.+?),?\s+(?:in\s+)?{PART}", re.I)


def scoped(address: str) -> tuple[str, Part | None]:
    """A paragraph named with a sentence of it, "the second sentence of operative paragraph 3" or
    "operative paragraph 3, in the second sentence": the paragraph's address and the sentence."""
    m = _PART_OF.fullmatch(address.strip()) or _THEN_PART.fullmatch(address.strip())
    return (m["rest"], part_of(m)) if m else (address, None)


@dataclass(frozen=True, slots=True)
class Part:
    unit: str
    """ "sentence" or "word"."""
    index: int
    """Of the first one named: from 0, or from the end when negative."""
    count: int = 1
    within: int | None = None
    """The sentence whose words are named ("the last word of the first sentence")."""
    said: str = ""
    """As the instruction names it, for messages."""


def index_of(word: str) -> int:
    """The index an ordinal names: from 0, or from the end when negative ("last" is -1)."""
    word = word.lower()
    if word in ("last", "final"):
        return -1
    if word == "penultimate":
        return -2
    if word[0].isdigit():
        return int(re.match(r"\d+", word)[0]) - 1  # type: ignore[index]
    return _ORDINALS.index(word)


def part_of(m: re.Match[str]) -> Part:
    """The part a match of :data:`PART` names."""
    within = index_of(m["within"]) if m["within"] else None
    said = " ".join(m["part"].split())
    said = said if said.lower().startswith("the ") else f"the {said}"
    if m["ord"]:
        return Part(m["unit"].lower(), index_of(m["ord"]), 1, within, said)
    count = m["count"].lower()
    n = int(count) if count.isdigit() else _COUNTS.index(count) + 1
    return Part(m["units"].lower()[:-1], 0 if m["end"].lower() == "first" else -n, n, within, said)


def sentences(raw: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph's text, its closing mark and notes included."""
    out: list[tuple[int, int]] = []
    start = len(raw) - len(raw.lstrip())
    for m in _STOP.finditer(raw):
        before = re.search(r"([\w.]+)$", raw[start : m.start()])
        word = before[1].lower() if before else ""
        if word in _ABBREVIATIONS or (re.fullmatch(r"[a-z]", word) and raw[m.start() - 1].isupper()):
            continue
        out.append((start, m.end()))
        start = m.end() + len(raw[m.end() :]) - len(raw[m.end() :].lstrip())
    if raw[start:].strip():
        out.append((start, len(raw.rstrip())))
    return out


def _words(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    notes = [m.span() for m in FOOTNOTE_REF_RE.finditer(raw)]
    return [
        m.span() for m in _WORD.finditer(raw, start, end) if not any(a <= m.start() < b for a, b in notes)
    ]


def _pick(
    spans: list[tuple[int, int]], index: int, count: int, part: Part, name: str
) -> list[tuple[int, int]]:
    first = index if index >= 0 else len(spans) + index
    if first < 0 or first + count > len(spans):
        what = "sentence" if part.unit == "sentence" and part.within is None else part.unit
        has = f"{len(spans)} {what}{'s' if len(spans) != 1 else ''}"
        raise InstructionError(f"In {name}: there is no {part.said.removeprefix('the ')} (it has {has})")
    return spans[first : first + count]


def part_span(part: Part, text: Text, name: str) -> tuple[int, int]:
    """Where the part stands in the paragraph's stored text."""
    raw = text.raw
    all_sentences = sentences(raw)
    if part.unit == "sentence":
        picked = _pick(all_sentences, part.index, part.count, part, name)
        return picked[0][0], picked[-1][1]
    start, end = 0, len(raw)
    if part.within is not None:
        ((start, end),) = _pick(
            all_sentences, part.within, 1, Part("sentence", part.within, said=part.said), name
        )
    picked = _pick(_words(raw, start, end), part.index, part.count, part, name)
    return picked[0][0], picked[-1][1]


def terminator(text: Text, start: int, end: int) -> int:
    """Where a sentence's closing punctuation begins (its end when it has none)."""
    last = not text.raw[end:].strip()  # the paragraph's last sentence: it holds the closing mark
    final = FINAL_MARK.search(text.raw, start, end) if last else None
    if final is not None:
        return final.start()
    stop = re.search(r"[.?!][”’\"')\]]*(?:\*+|\[\^[^\]\s]+\])*$", text.raw[start:end])
    return start + stop.start() if stop else end
