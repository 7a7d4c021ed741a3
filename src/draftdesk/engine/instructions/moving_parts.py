"""Sentences that move a sentence or quoted words, within their paragraph or to another: "Move the
second sentence of operative paragraph 4 to the end of operative paragraph 6", "The last sentence of
operative paragraph 2 should be moved to after the first sentence of operative paragraph 5", "In
operative paragraph 3, move the first sentence to the end of the paragraph", "In operative paragraph
4, move the words “x” to after “y”", "Move “x” in operative paragraph 4 to the beginning of operative
paragraph 6"; "Move the second sentence of operative paragraph 3 and make it a new operative paragraph
5"; "In operative paragraph 2, swap the first and second sentences".

A sentence leaves its paragraph as "delete the second sentence" leaves it (a last sentence leaves
the paragraph's closing mark behind) and arrives as a sentence: ended by a full stop, before the
closing mark of a paragraph it ends. Words leave as "delete “x”" takes them and arrive as "after “y”
insert" puts words, as they stood (emphasis and note references included). The notes either
cites go with it. A sentence made a new paragraph ends as the paragraph it left ends (";" for an
operative one). Two sentences swap as two moves: the later one before the earlier, then the earlier
one to where the later stood.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from draftdesk.engine.instructions.clauses import QUOTE, TO_BE, WORDS, Clause, insertion, placed_edit
from draftdesk.engine.instructions.errors import InstructionError
from draftdesk.engine.instructions.moving import ORDER_OF, SWAP_VERBS
from draftdesk.engine.instructions.paragraphs import ADDRESS, Paragraphs
from draftdesk.engine.instructions.parts import (
    FINAL_MARK,
    ORDINAL,
    PART,
    Part,
    index_of,
    part_of,
    part_span,
    terminator,
)
from draftdesk.engine.instructions.structure import NEW_PARAGRAPH, STOP, Where, where_of
from draftdesk.engine.instructions.text import Text
from draftdesk.engine.model import FOOTNOTE_REF_RE
from draftdesk.engine.patches import Edit

_FROM = rf"(?:\s+(?:of|in|from)\s+(?P<addr>{ADDRESS}))?"
_HEADS = (
    re.compile(rf"(?:move|place|put|transfer|relocate)\s+{PART}{_FROM}\s+to\s+", re.I),
    re.compile(rf"{PART}{_FROM}\s+{TO_BE}\s+(?:moved|placed|put|transferred|relocated)\s+to\s+", re.I),
)
_OF = rf"(?:\s+of\s+(?P<addr>{ADDRESS}))?\s*{STOP}"
_EDGE = re.compile(rf"(?:the\s+)?(?P<edge>end|beginning|start){_OF}", re.I)
_NEXT_TO = re.compile(rf"(?:come\s+)?(?P<edge>after|follow|before|precede)\s+{PART}{_OF}", re.I)
_EDGES = {"follow": "after", "precede": "before", "beginning": "start"}
_SAME = re.compile(r"(?:the|that|this|the\s+same)\s+paragraph", re.I)
_WORDS_FROM = rf"{WORDS}(?P<words>{QUOTE})(?:\s+(?:of|in|from)\s+(?P<addr>{ADDRESS}))?"
_WORDS_HEADS = (
    re.compile(rf"(?:move|place|put|transfer|relocate)\s+{_WORDS_FROM}\s+to\s+", re.I),
    re.compile(rf"{_WORDS_FROM}\s+{TO_BE}\s+(?:moved|placed|put|transferred|relocated)\s+to\s+", re.I),
)
_NEXT_TO_WORDS = re.compile(
    rf"(?:come\s+)?(?P<edge>after|follow|before|precede)\s+{WORDS}(?P<anchor>{QUOTE})"
    rf"(?:\s+(?:of|in)\s+(?P<addr>{ADDRESS}))?\s*{STOP}",
    re.I,
)


_NEW = r"(?=(?:a|the)\s+(?:new|separate)\b)"
_OUT_HEADS = (
    re.compile(
        rf"(?:move|place|put|transfer|relocate)\s+{PART}{_FROM}\s+(?:and\s+(?:make|turn)\s+it(?:\s+into)?"
        rf"|(?:so\s+as\s+)?to\s+(?:form|become|make)|as|into|to)\s+{_NEW}",
        re.I,
    ),
    re.compile(rf"(?:make|turn)\s+{PART}{_FROM}\s+(?:into\s+)?{_NEW}", re.I),
    re.compile(
        rf"{PART}{_FROM}\s+(?:{TO_BE}\s+(?:moved|placed|put|transferred|relocated|made)(?:\s+(?:to|into|as))?"
        rf"|(?:should|shall|will)\s+become|becomes)\s+{_NEW}",
        re.I,
    ),
)
"""A sentence taken out to make a paragraph of its own: "Move the second sentence of operative
paragraph 3 and make it a new operative paragraph 5", "… to a new paragraph after operative paragraph
4", "The last sentence of operative paragraph 2 should become a new operative paragraph 2 bis"."""
_PAIR = (
    rf"(?:the\s+)?(?P<a>{ORDINAL})(?P<one>\s+sentence)?\s+(?:and|with)\s+(?:the\s+)?(?P<b>{ORDINAL})"
    r"(?P<two>\s+(?:sentences?|one))?"
)
_FROM_SWAP = rf"(?:\s+(?:of|in)\s+(?P<addr>{ADDRESS}))?"
_SENTENCE_SWAPS = (
    re.compile(rf"{SWAP_VERBS}\s+{ORDER_OF}{_PAIR}{_FROM_SWAP}\s*{STOP}", re.I),
    re.compile(rf"{ORDER_OF}{_PAIR}{_FROM_SWAP}\s+{TO_BE}\s+{SWAP_VERBS}(?:p?ed|d)\s*{STOP}", re.I),
)
"""Two sentences that swap places: "Swap the first and second sentences (of …)", "The first and
second sentences of … should be interchanged"."""


@dataclass(frozen=True, slots=True)
class SentenceOut:
    """A sentence made a new paragraph of its own."""

    source: str
    sentence: Part
    where: Where


@dataclass(frozen=True, slots=True)
class SentenceSwap:
    pid: str
    first: Part
    second: Part


def read_sentence_out(
    s: str, pos: int, paras: Paragraphs, within: str = ""
) -> tuple[SentenceOut, int] | None:
    m = next((m for p in _OUT_HEADS if (m := p.match(s, pos))), None)
    if m is None:
        return None
    if not (m["addr"] or within):
        raise InstructionError(f"say which paragraph {part_of(m).said} is moved from")
    source = paras.resolve(m["addr"]) if m["addr"] else within
    to = NEW_PARAGRAPH.match(s, m.end())
    where = where_of(to, paras, "", must_place=False, home=source) if to else None
    if to is None or where is None:
        raise InstructionError(f"say where the new paragraph made of {part_of(m).said} goes")
    return SentenceOut(source, part_of(m), where), to.end()


def read_sentence_swap(
    s: str, pos: int, paras: Paragraphs, within: str = ""
) -> tuple[SentenceSwap, int] | None:
    m = next((m for p in _SENTENCE_SWAPS if (m := p.match(s, pos))), None)
    if m is None or not (m["one"] or (m["two"] or "").strip().lower().startswith("sentence")):
        return None
    if not (m["addr"] or within):
        raise InstructionError("say in which paragraph the sentences swap")
    pid = paras.resolve(m["addr"]) if m["addr"] else within
    first, second = (Part("sentence", index_of(m[k]), said=f"the {m[k].lower()} sentence") for k in "ab")
    return SentenceSwap(pid, first, second), m.end()


@dataclass(frozen=True, slots=True)
class SentenceMove:
    source: str
    sentence: Part
    dest: str
    edge: str
    """ "start", "end", "before" or "after" (the paragraph's, or ``anchor``'s)."""
    anchor: Part | None = None


def read_sentence_move(
    s: str, pos: int, paras: Paragraphs, within: str = ""
) -> tuple[SentenceMove, int] | None:
    """A sentence moved; ``within`` is the paragraph the sentence is about ("In operative paragraph 3,
    move the first sentence to …")."""
    m = next((m for p in _HEADS if (m := p.match(s, pos))), None)
    if m is None:
        return None
    if not (m["addr"] or within):
        raise InstructionError(f"say which paragraph {part_of(m).said} is moved from")
    source = paras.resolve(m["addr"]) if m["addr"] else within
    to = _EDGE.match(s, m.end()) or _NEXT_TO.match(s, m.end())
    if to is None:
        raise InstructionError(
            f"say where in the paragraph {part_of(m).said} goes "
            "(“to the end of …”, “to after the first sentence of …”)"
        )
    named = to["addr"] and not _SAME.fullmatch(to["addr"].strip())
    dest = paras.resolve(to["addr"]) if named else source
    edge = _EDGES.get(to["edge"].lower(), to["edge"].lower())
    anchor = part_of(to) if to.re is _NEXT_TO else None
    return SentenceMove(source, part_of(m), dest, edge, anchor), to.end()


@dataclass(frozen=True, slots=True)
class WordsMove:
    source: str
    words: str
    dest: str
    edge: str
    """ "start", "end" (of the paragraph), "before" or "after" (``anchor``, quoted words)."""
    anchor: str = ""


def read_words_move(s: str, pos: int, paras: Paragraphs, within: str = "") -> tuple[WordsMove, int] | None:
    """Quoted words moved ("In operative paragraph 4, move the words “x” to follow “y”")."""
    m = next((m for p in _WORDS_HEADS if (m := p.match(s, pos))), None)
    if m is None:
        return None
    words = " ".join(m["words"][1:-1].split())
    if not (m["addr"] or within):
        raise InstructionError(f"say which paragraph “{words}” is moved from")
    source = paras.resolve(m["addr"]) if m["addr"] else within
    to = _EDGE.match(s, m.end()) or _NEXT_TO_WORDS.match(s, m.end())
    if to is None:
        raise InstructionError(f"say where “{words}” goes (“to after “…””, “to the end of …”)")
    dest = paras.resolve(to["addr"]) if to["addr"] and not _SAME.fullmatch(to["addr"].strip()) else source
    edge = _EDGES.get(to["edge"].lower(), to["edge"].lower())
    anchor = " ".join(to["anchor"][1:-1].split()) if to.re is _NEXT_TO_WORDS else ""
    return WordsMove(source, words, dest, edge, anchor), to.end()


def moved_out(sentence: Part, text: Text, name: str) -> tuple[Edit, str, str]:
    """The edit taking the sentence out of its paragraph, its words (its closing stop left out) and
    the note references after its stop."""
    if sentence.unit != "sentence":
        raise InstructionError(
            f"In {name}: only sentences are moved (delete {sentence.said} and insert its words)"
        )
    a, b = part_span(sentence, text, name)
    edit = placed_edit(Clause("delete", "", "", part=sentence), text, name)[0]
    stop = terminator(text, a, b)
    return edit, text.raw[a:stop].strip(), _refs(text.raw[stop:b])


def _refs(raw: str) -> str:
    return "".join(m[0] for m in FOOTNOTE_REF_RE.finditer(raw))


def moved_in(move: SentenceMove, words: str, refs: str, text: Text, name: str) -> Edit:
    """The edit putting the sentence's words in their new place as a sentence of its own."""
    raw = text.raw
    edge, at = move.edge, 0
    if move.anchor is not None:
        a, b = part_span(move.anchor, text, name)
        last = edge == "after" and not raw[b:].strip()  # after the last sentence: at the end
        edge, at = ("end", 0) if last else (edge, a if edge == "before" else b)
    if edge == "end":
        final = FINAL_MARK.search(raw)
        return insertion(text, final.start() if final else len(raw.rstrip()), f". {words}{refs}")
    return insertion(text, at, f"{words}.{refs}")
