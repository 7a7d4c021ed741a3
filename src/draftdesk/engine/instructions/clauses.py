"""Clauses: one change inside a paragraph ("after “x” insert “y”"), read and turned into an exact edit.

- "after “words” insert" places the words after any emphasis end or footnote
  reference that follows them, "before “words”" before an emphasis start;
- "delete" takes a space with the words, and an emphasis whose words all go
  goes with them;
- inserted words get a space on each side where the neighbouring text needs
  one; "replace" puts the new words exactly where the old ones stood.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from draftdesk.engine.instructions.errors import InstructionError
from draftdesk.engine.instructions.paragraphs import ADDRESS
from draftdesk.engine.instructions.parts import (
    FINAL_MARK,
    PART,
    Part,
    part_of,
    part_span,
    sentences,
    terminator,
)
from draftdesk.engine.instructions.text import CLOSERS, OPENERS, Text, kept_markup, locate, matches
from draftdesk.engine.model import FOOTNOTE_REF_RE
from draftdesk.engine.patches import Edit

QUOTE = r"(“[^“”]*”|\"[^\"]*\"|‘.*?’|'.*?')"
_SENTENCE = re.compile(r"\bfollowing\s+(?:new\s+)?sentence\b", re.I)
FOLLOWING = r"the\s+following(?:\s+(?:new\s+)?(?:words?|sentence|text|phrase))?\s*:?\s*"
"""New words announced: "add the following sentence at the end: “…”"."""
WORDS = rf"(?:the\s+words?\s+|the\s+text\s+|{FOLLOWING})?"
INS = r"(?:insert|add)"
_PARA = r"(?:\s+of\s+the\s+(?:paragraph|text|sentence))?"
_END = r"(?=\s*(?:[;,.]|and\b|in\b|from\b|throughout\b|wherever\b|whenever\b|each\s+time\b|every\s+time\b|$))"
_AND_NOTE = r"(?:,?\s+and\s+(?:the\s+)?(?:related\s+|corresponding\s+)?(?:footnotes?|note)(?:\s+thereto)?)?"
TO_BE = r"(?:(?:should|shall|will|is\s+to|are\s+to)\s+be|is|are)"
"""The passive documents also write: "the words “x” should be replaced by “y”"."""
_MORE_WORDS = re.compile(rf"{WORDS}{QUOTE}{_END}", re.I)
_MORE_PAIR = re.compile(rf"{WORDS}{QUOTE}\s+(?:with|by)\s+{WORDS}{QUOTE}{_END}", re.I)
_CLAUSES: tuple[tuple[ClauseKind, str, re.Pattern[str]], ...] = tuple(
    (kind, order, re.compile(pattern + _END, re.I))
    for kind, order, pattern in (
        ("after", "wt", rf"after\s+{WORDS}{QUOTE},?\s+{INS}\s+{WORDS}{QUOTE}"),
        ("before", "wt", rf"before\s+{WORDS}{QUOTE},?\s+{INS}\s+{WORDS}{QUOTE}"),
        ("after", "tw", rf"{INS}\s+{WORDS}{QUOTE}\s+after\s+{WORDS}{QUOTE}"),
        ("before", "tw", rf"{INS}\s+{WORDS}{QUOTE}\s+before\s+{WORDS}{QUOTE}"),
        ("start", "t", rf"at\s+the\s+(?:beginning|start){_PARA},?\s+{INS}\s+{WORDS}{QUOTE}"),
        ("end", "t", rf"at\s+the\s+end{_PARA},?\s+{INS}\s+{WORDS}{QUOTE}"),
        ("start", "t", rf"{INS}\s+{WORDS}{QUOTE}\s+at\s+the\s+(?:beginning|start){_PARA}"),
        ("end", "t", rf"{INS}\s+{WORDS}{QUOTE}\s+at\s+the\s+end{_PARA}"),
        ("end", "t", rf"{INS}\s+at\s+the\s+end{_PARA},?\s+{WORDS}{QUOTE}"),
        ("after", "wt", rf"{INS}\s+{FOLLOWING}after\s+{WORDS}{QUOTE}\s*[,:]?\s*{QUOTE}"),
        ("before", "wt", rf"{INS}\s+{FOLLOWING}before\s+{WORDS}{QUOTE}\s*[,:]?\s*{QUOTE}"),
        ("end", "t", rf"{INS}\s+{FOLLOWING}at\s+the\s+end{_PARA}\s*[,:]?\s*{QUOTE}"),
        ("start", "t", rf"{INS}\s+{FOLLOWING}at\s+the\s+(?:beginning|start){_PARA}\s*[,:]?\s*{QUOTE}"),
        ("start", "t", rf"{INS}\s+at\s+the\s+(?:beginning|start){_PARA},?\s+{WORDS}{QUOTE}"),
        ("between", "twv", rf"{INS}\s+{WORDS}{QUOTE}\s+between\s+{WORDS}{QUOTE}\s+and\s+{WORDS}{QUOTE}"),
        ("replace", "wt", rf"replace\s+{WORDS}{QUOTE}\s+(?:with|by)\s+{WORDS}{QUOTE}"),
        ("delete", "w", rf"(?:delete|strike(?:\s+out)?|remove)\s+{WORDS}{QUOTE}{_AND_NOTE}"),
        ("replace", "wt", rf"{WORDS}{QUOTE}\s+{TO_BE}\s+replaced\s+(?:with|by)\s+{WORDS}{QUOTE}"),
        ("delete", "w", rf"{WORDS}{QUOTE}{_AND_NOTE}\s+{TO_BE}\s+(?:deleted|removed|struck\s+out)"),
    )
)
_NEW = rf"{WORDS}(?P<text>{QUOTE[1:-1]})"
_NAMED = rf"{PART}(?:\s+(?:of|in)\s+(?P<place>(?!the\s+words?\b){ADDRESS}))?"
"""A part of a paragraph, and the paragraph when the clause names it: "the first sentence of
operative paragraph 3"."""
_PART_CLAUSES: tuple[tuple[ClauseKind | None, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern + _END, re.I))
    for kind, pattern in (
        ("delete", rf"(?:delete|strike(?:\s+out)?|remove)\s+{_NAMED}{_AND_NOTE}"),
        ("delete", rf"{_NAMED}{_AND_NOTE}\s+{TO_BE}\s+(?:deleted|removed|struck\s+out)"),
        ("replace", rf"replace\s+{_NAMED}\s+(?:with|by)\s+{_NEW}"),
        ("replace", rf"{_NAMED}\s+{TO_BE}\s+replaced\s+(?:with|by)\s+{_NEW}"),
        (None, rf"(?P<kind>after|before)\s+{_NAMED},?\s+{INS}\s+{_NEW}"),
        (None, rf"{INS}\s+{_NEW}\s+(?P<kind>after|before)\s+{_NAMED}"),
        (None, rf"at\s+the\s+(?P<kind>end|beginning|start)\s+of\s+{_NAMED},?\s+{INS}\s+{_NEW}"),
        (None, rf"{INS}\s+{_NEW}\s+at\s+the\s+(?P<kind>end|beginning|start)\s+of\s+{_NAMED}"),
    )
)
"""Clauses on a part named, not quoted: "delete the second sentence", "replace the last word with
“…”", "after the first sentence of operative paragraph 3, insert “…”"."""


ClauseKind = Literal["after", "before", "between", "start", "end", "replace", "delete"]


@dataclass(frozen=True, slots=True)
class Clause:
    kind: ClauseKind
    words: str
    """The quoted words looked for in the paragraph ("" for start and end)."""
    text: str
    """The words inserted or put in their place ("" for delete)."""
    second: str = ""
    """For "between": the words the new ones go before (``words`` ends with them)."""
    part: Part | None = None
    """The part of the paragraph it changes, named rather than quoted ("the second sentence")."""
    place: str = ""
    """The paragraph the clause names itself ("… of operative paragraph 3")."""
    scope: Part | None = None
    """The part its quoted words are looked for in ("In the second sentence of …, replace “x” …")."""

    @property
    def named(self) -> str:
        """The words or the part, as a message names them."""
        return self.part.said if self.part else f"“{self.words}”"


def _unquote(quoted: str) -> str:
    return " ".join(quoted[1:-1].split())


def read_clause(s: str, pos: int) -> tuple[Clause, int] | None:
    for kind, order, pattern in _CLAUSES:
        m = pattern.match(s, pos)
        if m:
            values = dict(zip(order, map(_unquote, m.groups()[: len(order)]), strict=True))
            second = values.get("v", "")
            words = f"{values['w']} {second}" if second else values.get("w", "")
            return Clause(kind, words, added(kind, m[0], values.get("t", "")), second), m.end()
    for fixed, pattern in _PART_CLAUSES:
        m = pattern.match(s, pos)
        if m:
            kind = fixed or {"beginning": "start"}.get(m["kind"].lower(), m["kind"].lower())
            text = _unquote(m["text"]) if m.groupdict().get("text") else ""
            return Clause(kind, "", text, part=part_of(m), place=m["place"] or ""), m.end()  # type: ignore[arg-type]
    return None


def added(kind: str, said: str, text: str) -> str:
    """The words a clause adds: "the following sentence" at the end comes after a full stop, before
    the paragraph's closing mark ("… again. It acts;")."""
    return ". " + text.rstrip().removesuffix(".") if kind == "end" and _SENTENCE.search(said) else text


def read_more(s: str, pos: int, last: Clause) -> tuple[Clause, int] | None:
    """A clause, or after a deletion more quoted words to delete ("delete “very” and “good”"), after a
    replacement more words and theirs ("replace “a” with “b” and “c” with “d”")."""
    read = read_clause(s, pos)
    if read is None and last.kind == "delete" and (m := _MORE_WORDS.match(s, pos)):
        return Clause("delete", _unquote(m[1]), ""), m.end()
    if read is None and last.kind == "replace" and (m := _MORE_PAIR.match(s, pos)):
        return Clause("replace", _unquote(m[1]), _unquote(m[2])), m.end()
    return read


def clause_edit(clause: Clause, text: Text, name: str) -> Edit:
    """The exact edit a clause makes on the paragraph's stored text."""
    return placed_edit(clause, text, name)[0]


def placed_edit(clause: Clause, text: Text, name: str) -> tuple[Edit, tuple[int, int] | None]:
    """The edit, and for an insertion placed by quoted words ("after “x”") where they stand: it
    needs them (:mod:`draftdesk.engine.strict`)."""
    if clause.kind in ("after", "before", "between", "start", "end") and not clause.text:
        raise InstructionError(f"In {name}: nothing to insert")
    if clause.part is not None:
        return _part_edit(clause, clause.part, text, name)
    if clause.scope is not None and clause.kind in ("start", "end"):  # of the sentence, not the paragraph
        return _part_edit(clause, clause.scope, text, name)
    if clause.kind == "start":
        return insertion(text, 0, clause.text), None
    if clause.kind == "end":
        final = FINAL_MARK.search(text.raw)  # the words go before the paragraph's closing mark
        return insertion(text, final.start() if final else len(text.raw), clause.text), None
    a, b, blind = locate(text, clause.words, name, *_scope(clause, text, name))
    if clause.kind == "after":
        pos = b
        while pos in text.closing or pos in text.notes:
            pos = text.notes.get(pos, pos + 1)
        return insertion(text, pos, clause.text), (a, pos)
    if clause.kind == "between":  # "insert “x” between “a” and “b”": where the words of b begin
        return insertion(text, text.raw.rindex(clause.second.split()[0], a, b), clause.text), (a, b)
    if clause.kind == "before":
        while a - 1 in text.opening:
            a -= 1
        return insertion(text, a, clause.text), (a, b)
    if clause.kind == "replace":
        return replacement(text, a, b, blind, clause.text), None
    return deletion(text, a, b, blind), None


def _part_edit(clause: Clause, part: Part, text: Text, name: str) -> tuple[Edit, tuple[int, int] | None]:
    """A clause on a sentence or words named by their place. Deleting the last sentence keeps the
    paragraph's closing mark ("Decides X. Requests Y;" -> "Decides X;"); a sentence replaced by
    words without closing punctuation keeps its own."""
    a, b = part_span(part, text, name)
    raw, sentence = text.raw, part.unit == "sentence"
    if clause.kind == "delete" and sentence and not raw[b:].strip():
        before = [s for s in sentences(raw) if s[1] <= a]
        if not before:
            raise InstructionError(f"In {name}: {part.said} is the whole paragraph (delete the paragraph)")
        stop = terminator(text, *before[-1])
        return Edit(stop, terminator(text, a, b), raw[stop + 1 : before[-1][1]]), None
    if clause.kind == "delete" and not sentence and raw[b : b + 1] in (";", ",", ".", ":"):
        gap = re.search(r"[,;:]\s*$", raw[:a])  # "the matter, including on aid;" -> "the matter;"
        a = gap.start() if gap else a
    if clause.kind == "delete":
        return deletion(text, a, b, False), None
    if clause.kind == "replace":
        keeps = sentence and not re.search(r"[.;,:!?][”’\"')\]]*$", clause.text)
        return replacement(text, a, terminator(text, a, b) if keeps else b, False, clause.text), None
    point = {"after": b, "before": a, "start": a, "end": terminator(text, a, b) if sentence else b}
    pos = point[clause.kind]
    while pos in text.notes:
        pos = text.notes[pos]
    return insertion(text, pos, clause.text), (a, b)


def deletion(text: Text, a: int, b: int, blind: bool) -> Edit:
    """raw[a:b] deleted with one of the spaces around it. The footnote references the words carry
    (inside them or right after them: "and the footnote" says so, but it goes either way) go
    with them, and an emphasis whose words all go goes with its markers."""
    while b in text.notes:
        b = text.notes[b]
    while a - 1 in text.opening and text.opening[a - 1] <= b:
        a -= 1
    while b in text.closing and text.closing[b] >= a:
        b += 1
    prefix, suffix = kept_markup(text, a, b, notes=False) if blind else ("", "")
    raw = text.raw
    left = raw[a - 1] if a else ""
    right = raw[b] if b < len(raw) else ""
    if right.isspace() and (not left or left.isspace() or left in OPENERS or a - 1 in text.opening):
        b += 1
    elif left.isspace() and (not right or right in CLOSERS):
        a -= 1
    return Edit(a, b, prefix + suffix)


def replacement(text: Text, a: int, b: int, blind: bool, words: str) -> Edit:
    """New words in place of raw[a:b], keeping the markup the quote cut through (a footnote
    reference among the old words stays unless the new words cite notes themselves)."""
    prefix, suffix = kept_markup(text, a, b, notes=not FOOTNOTE_REF_RE.search(words)) if blind else ("", "")
    return Edit(a, b, prefix + words + suffix)


def _scope(clause: Clause, text: Text, name: str) -> tuple[tuple[int, int] | None, str]:
    """Where a clause's quoted words are looked for, and how a message names it."""
    if clause.scope is None:
        return None, "the text"
    return part_span(clause.scope, text, name), clause.scope.said


def replacements(clause: Clause, text: Text, name: str = "") -> list[Edit]:
    """Every occurrence of a replace or delete clause's words ("… throughout the text")."""
    spans, blind = matches(text, clause.words, _scope(clause, text, name)[0])
    if clause.kind == "replace":
        return [replacement(text, a, b, blind, clause.text) for a, b in spans]
    return [deletion(text, a, b, blind) for a, b in spans]


def insertion(text: Text, pos: int, words: str) -> Edit:
    """Insert words at pos with the spaces the neighbouring text needs, and without doubling the
    comma or semicolon that follows them."""
    raw = text.raw
    open_left = pos == 0 or raw[pos - 1].isspace() or raw[pos - 1] in OPENERS or pos - 1 in text.opening
    closed_right = (
        pos == len(raw)
        or raw[pos].isspace()
        or raw[pos] in CLOSERS
        or pos in text.closing
        or pos in text.notes
    )
    if len(words) > 1 and words[-1] in ",;" and raw[pos : pos + 1] == words[-1]:
        words = words[:-1]  # "insert “…, including X,” after “Day”" before the text's own comma
    before = "" if open_left or words[0] in CLOSERS else " "
    after = "" if closed_right or words[-1] in OPENERS else " "
    return Edit(pos, pos, before + words + after)
