"""Written instructions, both ways: an amendment as delegations write it, and back.

"In operative paragraph 4, after “justice” insert “, home affairs”; replace “note”
with “welcome”." is generated from an amendment's operations, and the same grammar
(plus the variants real amendment documents use) parses back into operations.

Grammar read (keywords in any case; quotes “ ” " " ‘ ’ ' ' alike; "1. … 2. …" or
plain sentences one after another; several changes to one paragraph make one
modify operation, every quote read against the text as it stands):
- "In <paragraph>, <clause>; <clause> and <clause>." (or "<Paragraph>: …", and
  "In operative paragraph 4, subparagraph (c), …") with clauses "after “x”
  insert “y”", "before “x” insert “y”", "insert “y” after “x”", "replace (the
  words) “x” with/by (the words) “y”", "delete/strike out/remove (the words)
  “x” (and “z”)", "at the beginning/end (of the paragraph) insert/add “y”",
  "add at the end … (the words) “y”"; a sentence of clauses alone continues the
  paragraph named before;
- "After/Before <paragraph>, insert a new operative paragraph / preambular
  paragraph / sub-paragraph / paragraph / heading, reading: <text>" (also "At
  the beginning, insert …" and "Insert a new … after <paragraph>, reading:");
  the text is quoted, or runs to the next numbered instruction;
- "Replace <paragraph> with the following text: <text>", "Amend/Change <paragraph> to read: <text>";
- "Delete <paragraph>, <paragraph> and <paragraph>." ("operative paragraphs 2 and 3" too);
- "Move <paragraph> to follow / to precede <paragraph> (, as a sub-paragraph of
  <paragraph>)." and "Move <paragraph> to the beginning."; "Renumber accordingly." is
  read and ignored (numbers follow the order anyway);
where <paragraph> is "operative paragraph 4 (c)", "the third preambular
paragraph", "preambular paragraph 3", "PP3", "OP4(c)", "sub-paragraph (c) of
operative paragraph 4", "… of the annex", "operative clause 4", or a paragraph id.

Generation quotes the base text as it is stored, markup included, and only
writes a clause once parsing it back gives the very same edit: a quote is
extended word by word until it occurs once, and when nothing shorter fits the
clause becomes a "replace" of the words around the change (in the end, of the
whole paragraph). So ``parse_instruction(written_form(a, text), text)`` always
rebuilds ``a`` when the text is the one it was made against.

Matching quoted words against a paragraph (the documented choice):
- whitespace runs are equal to one another, and the instruction's own
  whitespace (line wrapping) is normalised;
- a quote starting or ending with a letter or digit matches whole words only
  ("the" does not match inside "other");
- the quote is first looked for in the stored text, markup included
  ("*inter alia*" or "inter alia" both match "*inter alia*"); only when it is not
  there is it looked for ignoring markup ("the Treptower Group" matches
  "the *Treptower Group*", "cooperation is" matches "cooperation[^1] is"). Then
  markup the quote cuts through is kept: a footnote reference and an emphasis
  marker whose partner lies outside the quoted words stay in the text;
- "after “words” insert" places the words after any emphasis end or footnote
  reference that follows them, "before “words”" before an emphasis start;
  "delete" takes a space with the words, and an emphasis wrapping exactly the
  deleted words goes with them;
- inserted words get a space on each side where the neighbouring text needs
  one; "replace" puts the new words exactly where the old ones stood.
Quoted words that occur more than once are an error (quote more words), as is
anything the grammar cannot read: nothing is returned unless all of it applies.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from draftdesk.engine.addressing import AddressError, canonical, describe, ordinal_word
from draftdesk.engine.amendments import Amendment, Op
from draftdesk.engine.model import EMPHASIS_RE, FOOTNOTE_REF_RE, Paragraph
from draftdesk.engine.numbering import labels
from draftdesk.engine.patches import (
    Edit,
    PatchError,
    apply_edits,
    edits_from_patch,
    make_patch,
    tokens,
)
from draftdesk.engine.proposals import _joined


class InstructionError(ValueError):
    """An instruction that cannot be read, or does not fit the text; names the paragraph and the words."""


# --- matching quoted words in a paragraph ------------------------------------------------

_OPENERS = "([{“‘"
_CLOSERS = ",.;:!?)]}”’"


@dataclass(frozen=True, slots=True)
class _Text:
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
    def of(cls, raw: str) -> _Text:
        opening = {m.start(): m.end() - 1 for m in EMPHASIS_RE.finditer(raw)}
        closing = {end: start for start, end in opening.items()}
        notes = {m.start(): m.end() for m in FOOTNOTE_REF_RE.finditer(raw)}
        flat, flat_index = _squeezed(raw, range(len(raw)))
        hidden = set(opening) | set(closing)
        for start, end in notes.items():
            hidden.update(range(start, end))
        if not hidden:
            return cls(raw, flat, flat_index, flat, flat_index, opening, closing, notes)
        shown = [i for i in range(len(raw)) if i not in hidden]
        bare, bare_index = _squeezed("".join(raw[i] for i in shown), shown)
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


def _matches(text: _Text, words: str) -> tuple[list[tuple[int, int]], bool]:
    """Raw spans where the words occur, and whether they were found only by ignoring markup."""
    words = " ".join(words.split())
    found = _occurrences(text.flat, text.flat_index, words)
    if found or text.bare == text.flat:
        return found, False
    bare = " ".join(FOOTNOTE_REF_RE.sub("", EMPHASIS_RE.sub(r"\1", words)).split())
    return _occurrences(text.bare, text.bare_index, bare), True


def _locate(text: _Text, words: str, name: str) -> tuple[int, int, bool]:
    spans, blind = _matches(text, words)
    if not spans:
        raise InstructionError(f"In {name}: “{words}” does not occur in the text")
    if len(spans) > 1:
        raise InstructionError(
            f"In {name}: “{words}” occurs {len(spans)} times; quote more of the words around it to say which"
        )
    return spans[0][0], spans[0][1], blind


def _kept_markup(text: _Text, a: int, b: int) -> tuple[str, str]:
    """Markup inside raw[a:b] that outlives replacing it: half-quoted emphasis, footnote refs."""
    prefix = "*" * sum(1 for o, c in text.opening.items() if a <= o < b <= c)
    suffix = "*" * sum(1 for c, o in text.closing.items() if a <= c < b and o < a)
    suffix += "".join(text.raw[s:e] for s, e in text.notes.items() if a <= s and e <= b)
    return prefix, suffix


# --- clauses: one change inside a paragraph ----------------------------------------------

_Q = r"(“[^“”]*”|\"[^\"]*\"|‘.*?’|'.*?')"
_W = r"(?:the\s+words?\s+|the\s+text\s+)?"
_INS = r"(?:insert|add)"
_PARA = r"(?:\s+of\s+the\s+(?:paragraph|text|sentence))?"
_END = r"(?=\s*(?:[;,.]|and\b|$))"
_MORE_WORDS = re.compile(rf"{_W}{_Q}{_END}", re.I)
_CLAUSES: tuple[tuple[ClauseKind, str, re.Pattern[str]], ...] = tuple(
    (kind, order, re.compile(pattern + _END, re.I))
    for kind, order, pattern in (
        ("after", "wt", rf"after\s+{_W}{_Q},?\s+{_INS}\s+{_W}{_Q}"),
        ("before", "wt", rf"before\s+{_W}{_Q},?\s+{_INS}\s+{_W}{_Q}"),
        ("after", "tw", rf"{_INS}\s+{_W}{_Q}\s+after\s+{_W}{_Q}"),
        ("before", "tw", rf"{_INS}\s+{_W}{_Q}\s+before\s+{_W}{_Q}"),
        ("start", "t", rf"at\s+the\s+(?:beginning|start){_PARA},?\s+{_INS}\s+{_W}{_Q}"),
        ("end", "t", rf"at\s+the\s+end{_PARA},?\s+{_INS}\s+{_W}{_Q}"),
        ("start", "t", rf"{_INS}\s+{_W}{_Q}\s+at\s+the\s+(?:beginning|start){_PARA}"),
        ("end", "t", rf"{_INS}\s+{_W}{_Q}\s+at\s+the\s+end{_PARA}"),
        ("end", "t", rf"{_INS}\s+at\s+the\s+end{_PARA},?\s+{_W}{_Q}"),
        ("start", "t", rf"{_INS}\s+at\s+the\s+(?:beginning|start){_PARA},?\s+{_W}{_Q}"),
        ("replace", "wt", rf"replace\s+{_W}{_Q}\s+(?:with|by)\s+{_W}{_Q}"),
        ("delete", "w", rf"(?:delete|strike(?:\s+out)?|remove)\s+{_W}{_Q}"),
    )
)


ClauseKind = Literal["after", "before", "start", "end", "replace", "delete"]


@dataclass(frozen=True, slots=True)
class _Clause:
    kind: ClauseKind
    words: str
    """The quoted words looked for in the paragraph ("" for start and end)."""
    text: str
    """The words inserted or put in their place ("" for delete)."""


def _unquote(quoted: str) -> str:
    return quoted[1:-1].strip()


def _read_clause(s: str, pos: int) -> tuple[_Clause, int] | None:
    for kind, order, pattern in _CLAUSES:
        m = pattern.match(s, pos)
        if m:
            values = dict(zip(order, map(_unquote, m.groups()), strict=True))
            return _Clause(kind, values.get("w", ""), values.get("t", "")), m.end()
    return None


def _read_more(s: str, pos: int, last: _Clause) -> tuple[_Clause, int] | None:
    """A clause, or after a deletion more quoted words to delete: "delete “very” and “good”"."""
    read = _read_clause(s, pos)
    if read is None and last.kind == "delete" and (m := _MORE_WORDS.match(s, pos)):
        return _Clause("delete", _unquote(m[1]), ""), m.end()
    return read


def _clause_edit(clause: _Clause, text: _Text, name: str) -> Edit:
    """The exact edit a clause makes on the paragraph's stored text."""
    if clause.kind in ("after", "before", "start", "end") and not clause.text:
        raise InstructionError(f"In {name}: nothing to insert")
    if clause.kind == "start":
        return _insertion(text, 0, clause.text)
    if clause.kind == "end":
        return _insertion(text, len(text.raw), clause.text)
    a, b, blind = _locate(text, clause.words, name)
    if clause.kind == "after":
        pos = b
        while pos in text.closing or pos in text.notes:
            pos = text.notes.get(pos, pos + 1)
        return _insertion(text, pos, clause.text)
    if clause.kind == "before":
        while a - 1 in text.opening:
            a -= 1
        return _insertion(text, a, clause.text)
    if clause.kind == "replace":
        prefix, suffix = _kept_markup(text, a, b) if blind else ("", "")
        return Edit(a, b, prefix + clause.text + suffix)
    # an emphasis whose words all go goes with them
    while a - 1 in text.opening and text.opening[a - 1] <= b:
        a -= 1
    while b in text.closing and text.closing[b] >= a:
        b += 1
    prefix, suffix = _kept_markup(text, a, b) if blind else ("", "")
    raw = text.raw
    left = raw[a - 1] if a else ""
    right = raw[b] if b < len(raw) else ""
    if right.isspace() and (not left or left.isspace() or left in _OPENERS or a - 1 in text.opening):
        b += 1
    elif left.isspace() and (not right or right in _CLOSERS):
        a -= 1
    return Edit(a, b, prefix + suffix)


def _insertion(text: _Text, pos: int, words: str) -> Edit:
    """Insert words at pos with the spaces the neighbouring text needs."""
    raw = text.raw
    open_left = pos == 0 or raw[pos - 1].isspace() or raw[pos - 1] in _OPENERS or pos - 1 in text.opening
    closed_right = (
        pos == len(raw)
        or raw[pos].isspace()
        or raw[pos] in _CLOSERS
        or pos in text.closing
        or pos in text.notes
    )
    before = "" if open_left or words[0] in _CLOSERS else " "
    after = "" if closed_right or words[-1] in _OPENERS else " "
    return Edit(pos, pos, before + words + after)


# --- paragraphs: naming and resolving addresses ------------------------------------------


def _name(pid: str, label_of: dict[str, str]) -> str:
    """How an instruction names a paragraph: "the third preambular paragraph", "operative paragraph 4 (c)"."""
    label = label_of.get(pid)
    if label is None:
        return f"paragraph {pid}"
    m = re.fullmatch(r"PP(\d+)", label)
    if m and int(m[1]) < 100:
        return f"the {ordinal_word(int(m[1]))} preambular paragraph"
    return describe(label)


_KIND_WORDS = {
    "preamble": "preambular paragraph",
    "operative": "operative paragraph",
    "sub-item": "sub-paragraph",
    "heading": "heading",
}
_NUMBERED_KINDS = ("preamble", "operative", "sub-item")
_NEW_KINDS = {"operative paragraph": "operative", "preambular paragraph": "preamble", "heading": "heading"}


class _Paragraphs:
    """The text an instruction addresses: lookups by id and label, and sibling order."""

    def __init__(self, paragraphs: Sequence[Paragraph]) -> None:
        self.list = list(paragraphs)
        self.by_id = {p.id: p for p in self.list}
        self.label_of = labels(self.list)
        self.by_label = {label: pid for pid, label in self.label_of.items()}

    def name(self, pid: str) -> str:
        return _name(pid, self.label_of)

    def resolve(self, address: str) -> str:
        text = " ".join(address.split()).rstrip(".")
        bare = re.sub(r"^paragraph\s+", "", text)
        if bare in self.by_id:
            return bare
        lower = re.sub(r"\bclause\b", "paragraph", text.lower())
        part = ""
        m = re.fullmatch(r"(.+?)\s+of\s+the\s+(\w+)", lower)
        if m and m[2] not in ("paragraph", "text"):
            lower, part = m[1], f"{m[2].upper()} "
        m = re.fullmatch(r"sub-?paragraph\s+\(?([a-z]+)\)?\s+of\s+(.+)", lower)
        if m:
            lower = f"{m[2]} ({m[1]})"
        try:
            label = part + canonical(lower)
        except AddressError:
            raise InstructionError(
                f"“{text}” is not a paragraph address (try “operative paragraph 4” or "
                "“the second preambular paragraph”)"
            ) from None
        if label not in self.by_label:
            raise InstructionError(f"there is no {describe(label)} in this text")
        return self.by_label[label]

    def family(self, pid: str) -> set[str]:
        """A paragraph and its sub-items, at any depth."""
        out = {pid}
        for p in self.list:
            if p.parent in out:
                out.add(p.id)
        return out

    def before(self, pid: str, exclude: set[str] | frozenset[str] = frozenset()) -> str:
        """The ``after`` that places a paragraph right before ``pid``: its previous sibling, or its parent."""
        parent = self.by_id[pid].parent
        siblings = [p.id for p in self.list if p.parent == parent and p.id not in exclude]
        i = siblings.index(pid)
        return siblings[i - 1] if i else parent


_last: tuple[tuple[Paragraph, ...], _Paragraphs] | None = None


def _lookups(paragraphs: Sequence[Paragraph]) -> _Paragraphs:
    """The lookups for a text, reused while callers pass the very same paragraphs.

    Listing thousands of amendments against one agreed text would otherwise
    number it once per amendment. Paragraphs are immutable, so the same objects
    in the same order are the same text.
    """
    global _last
    last = _last
    if last is not None and len(last[0]) == len(paragraphs) and all(map(operator.is_, last[0], paragraphs)):
        return last[1]
    made = _Paragraphs(paragraphs)
    _last = (tuple(paragraphs), made)
    return made


# --- parsing -----------------------------------------------------------------------------

_STARTS = (
    r"(?:(?:In|After|Following|Before|At|Delete|Strike|Remove|Move|Insert|Add|Replace|Amend|Change|Renumber"
    r"|Operative|Preambular|Sub-?paragraph)\b|(?:OP|PP)\s*\d)"
)
_NUMBER = re.compile(rf"(\d+)[.)]\s+(?={_STARTS})", re.I)
_CLAUSE_START = r"(?=(?:after|before|replace|delete|strike|remove|insert|add|at\s+the)\b)"
_IN = re.compile(rf"in\s+(?P<addr>[^,:;“”\"‘]+?)(?:\s*[,:]\s*|\s+{_CLAUSE_START})", re.I)
_HEADED = re.compile(
    r"(?P<addr>(?:the\s+\w+\s+)?(?:preambular|operative|pp|op|sub-?paragraph)[^,:;“”\"‘]*?)"
    rf"\s*:\s*{_CLAUSE_START}",
    re.I,
)
_SUB_AFTER = re.compile(r"sub-?paragraph\s+\(?([a-z]+)\)?\s*[,:]?\s*", re.I)
_RENUMBER = re.compile(r"renumber\b[^.]*", re.I)
_SEP = re.compile(r"\s*[;,]?\s*(?:and\s+)?")
_SENTENCE_END = re.compile(r"\s*\.?\s*")
_ADDR = r"(?P<addr>[^,:;“”\"‘]+?)"
_KIND = r"(?P<kind>operative\s+paragraph|preambular\s+paragraph|sub-?paragraph|sub-item|heading|paragraph)"
_NEW = rf"{_INS}\s+(?:a\s+|the\s+following\s+)?new\s+{_KIND}"
_READING = r"(?:,?\s*(?:reading|to\s+read|which\s+reads|as\s+follows)\s*:?|\s*:)\s*"
_INSERTS = (
    re.compile(rf"(?P<where>after|following|before)\s+{_ADDR},?\s+{_NEW}(?:{_READING}|\s+)", re.I),
    re.compile(rf"at\s+the\s+(?:beginning|start)(?:\s+of\s+the\s+\w+)?,?\s+{_NEW}(?:{_READING}|\s+)", re.I),
    re.compile(rf"{_NEW}\s+(?P<where>after|following|before)\s+{_ADDR}{_READING}", re.I),
)
_QUOTED_TEXT = re.compile(r"(“[^”]*”|\"[^\"]*\"|‘[^’]*’)\.?")
_STOP = r"(?:\.(?=\s|$)|$)"
_DELETE = re.compile(rf"(?:delete|strike(?:\s+out)?|remove)\s+(?![“\"‘'])(?P<addrs>.+?)\s*{_STOP}", re.I)
_MOVE = re.compile(
    r"move\s+(?P<target>.+?)\s+(?:(?P<after>to\s+follow|to\s+come\s+after|after|below)|"
    r"(?P<before>to\s+precede|to\s+come\s+before|before|above))\s+(?P<anchor>.+?)"
    rf"(?:,?\s+as\s+(?:a\s+)?sub-?paragraph\s+of\s+(?P<parent>.+?))?\s*{_STOP}",
    re.I,
)
_REWORD = re.compile(
    rf"(?:replace|amend|change)\s+(?![“\"‘']){_ADDR}\s+"
    r"(?:(?:with|by)(?:\s+the\s+following(?:\s+text)?)?|to\s+read(?:\s+as\s+follows)?)"
    r"\s*:?\s*",
    re.I,
)
_MOVE_START = re.compile(
    rf"move\s+(?P<target>.+?)\s+to\s+the\s+(?:beginning|start)(?:\s+of\s+the\s+\w+)?\s*{_STOP}", re.I
)


class _Reader:
    """Reads an instruction sentence by sentence; modify clauses gather per paragraph."""

    def __init__(self, text: str, paragraphs: _Paragraphs) -> None:
        self.s = " ".join(text.split())
        self.pos = 0
        self.paras = paragraphs
        self.number = 0
        self.target = ""
        self.slots: list[Op | str] = []
        self.edits: dict[str, list[Edit]] = {}
        self.texts: dict[str, _Text] = {}

    def read(self) -> list[Op]:
        if not self.s:
            raise InstructionError("the instruction is empty")
        while self.pos < len(self.s):
            m = _NUMBER.match(self.s, self.pos)
            if m:
                self.number, self.pos = int(m[1]), m.end()
            handlers = (
                self._in,
                self._continued,
                self._reword,
                self._insert,
                self._delete,
                self._move,
                self._renumber,
            )
            if not any(handler() for handler in handlers):
                raise self._unreadable()
            m = _SENTENCE_END.match(self.s, self.pos)
            assert m is not None
            self.pos = m.end()
        return [self._modify(slot) if isinstance(slot, str) else slot for slot in self.slots]

    def _unreadable(self, name: str = "") -> InstructionError:
        rest = self.s[self.pos :]
        snippet = rest if len(rest) <= 70 else rest[:69] + "…"
        where = f"In {name}: " if name else ""
        return InstructionError(f"{where}cannot read the instruction at “{snippet}”")

    def _in(self) -> bool:
        """ "In operative paragraph 4, …", "Operative paragraph 4: …", with "subparagraph (c)," after it."""
        m = _IN.match(self.s, self.pos) or _HEADED.match(self.s, self.pos)
        if not m:
            return False
        address, self.pos = m["addr"], m.end()
        sub = _SUB_AFTER.match(self.s, self.pos)
        if sub:
            address, self.pos = f"{address} ({sub[1]})", sub.end()
        self.target = self.paras.resolve(address)
        self._clauses()
        return True

    def _renumber(self) -> bool:
        """ "Renumber accordingly.": numbers are derived from the order, nothing to do."""
        m = _RENUMBER.match(self.s, self.pos)
        if m:
            self.pos = m.end()
        return m is not None

    def _continued(self) -> bool:
        """Clauses after a full stop still concern the paragraph the sentence before named."""
        if not self.target or _read_clause(self.s, self.pos) is None:
            return False
        self._clauses()
        return True

    def _clauses(self) -> None:
        name = self.paras.name(self.target)
        read = _read_clause(self.s, self.pos)
        if read is None:
            raise self._unreadable(name)
        while read is not None:
            clause, self.pos = read
            edit = _clause_edit(clause, self._text(self.target), name)
            self.edits[self.target].append(edit)
            sep = _SEP.match(self.s, self.pos)
            assert sep is not None  # it matches the empty string
            read = _read_more(self.s, sep.end(), clause)
            if read is not None:
                self.pos = sep.end()

    def _text(self, pid: str) -> _Text:
        """A paragraph's text to find quoted words in; all its changes make one modify operation."""
        if pid not in self.texts:
            self.texts[pid] = _Text.of(self.paras.by_id[pid].text)
            self.edits[pid] = []
            self.slots.append(pid)
        return self.texts[pid]

    def _reword(self) -> bool:
        """A paragraph replaced as a whole: "Replace operative paragraph 4 with the following: …"."""
        m = _REWORD.match(self.s, self.pos)
        if not m:
            return False
        self.target = self.paras.resolve(m["addr"])
        self.pos = m.end()
        new = self._reading()
        whole = Edit(0, len(self._text(self.target).raw), new)
        self.edits[self.target].append(whole)
        return True

    def _modify(self, pid: str) -> Op:
        name = self.paras.name(pid)
        base = self.paras.by_id[pid].text
        ordered = sorted(self.edits[pid], key=lambda e: (e.start, e.end))
        for x, y in pairwise(ordered):
            if y.start < x.end:
                raise InstructionError(
                    f"In {name}: the changes to “{base[x.start : x.end].strip()}” and "
                    f"“{base[y.start : y.end].strip()}” overlap"
                )
        new = apply_edits(base, ordered)
        if new == base:
            raise InstructionError(f"In {name}: the instruction changes nothing")
        return Op("modify", target=pid, base_text=base, patch=make_patch(base, new))

    def _insert(self) -> bool:
        m = next((m for p in _INSERTS if (m := p.match(self.s, self.pos))), None)
        if not m:
            return False
        self.target = ""
        self.pos = m.end()
        text = self._reading()
        where = (m.groupdict().get("where") or "").lower()
        anchor = self.paras.by_id[self.paras.resolve(m["addr"])] if where else None
        after = "" if anchor is None else self.paras.before(anchor.id) if where == "before" else anchor.id
        word = " ".join(m["kind"].lower().split())
        kind = _NEW_KINDS.get(word, "sub-item")
        if word == "paragraph":  # the kind of the paragraph it follows
            kind = anchor.kind if anchor is not None and anchor.kind in _NUMBERED_KINDS else "operative"
        parent = ""
        if kind == "sub-item" and anchor is not None:
            first_child = where != "before" and anchor.kind != "sub-item"
            parent = anchor.id if first_child else anchor.parent
        self.slots.append(Op("insert", after=after, new_kind=kind, parent=parent, text=text))
        return True

    def _reading(self) -> str:
        """The new paragraph's text: quoted, or running to the next numbered instruction."""
        end = len(self.s)
        if self.number:
            nxt = re.compile(rf"\s{self.number + 1}[.)]\s+(?={_STARTS})", re.I).search(self.s, self.pos)
            end = nxt.start() if nxt else end
        q = _QUOTED_TEXT.match(self.s, self.pos)
        if q and (q.end() == end or re.match(rf"\s+{_STARTS}", self.s[q.end() : end])):
            text, self.pos = q[1][1:-1].strip(), q.end()
        else:
            text, self.pos = self.s[self.pos : end].strip(), end
            wrapped = re.fullmatch(r"[“\"‘](.*)[”\"’]\.?", text)
            text = wrapped[1].strip() if wrapped else text
        if not text:
            raise InstructionError("the new paragraph's text is missing (write it after “reading:”)")
        return text

    def _delete(self) -> bool:
        m = _DELETE.match(self.s, self.pos)
        if not m:
            return False
        self.target = ""
        self.pos = m.end()
        ids: list[str] = []
        kind_words = "operative paragraph"
        addrs = re.sub(r"\bclauses\b", "paragraphs", m["addrs"], flags=re.I)
        for item in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", addrs):
            plural = re.fullmatch(r"(.*?)(preambular|operative)\s+paragraphs\s+(.+)", item, re.I)
            if plural:
                kind_words = f"{plural[2]} paragraph"
                item = f"{plural[1]}{kind_words} {plural[3]}"
            elif re.fullmatch(r"\d+(?:\s*\([a-z]+\))*", item):
                item = f"{kind_words} {item}"
            pid = self.paras.resolve(item)
            if pid not in ids:
                ids.append(pid)
        covered = set().union(*(self.paras.family(pid) - {pid} for pid in ids))
        self.slots += [
            Op("delete", target=pid, base_text=self.paras.by_id[pid].text)
            for pid in ids
            if pid not in covered
        ]
        return True

    def _move(self) -> bool:
        m = _MOVE.match(self.s, self.pos) or _MOVE_START.match(self.s, self.pos)
        if not m:
            return False
        self.target = ""
        self.pos = m.end()
        target = self.paras.resolve(m["target"])
        groups = m.groupdict()
        after = parent = ""
        if groups.get("anchor"):
            anchor = self.paras.resolve(m["anchor"])
            if groups.get("after"):
                after = anchor
            else:
                after = self.paras.before(anchor, self.paras.family(target))
                anchor_parent = self.paras.by_id[anchor].parent
                parent = anchor_parent if anchor_parent != self.paras.by_id[target].parent else ""
        if groups.get("parent"):
            parent = self.paras.resolve(m["parent"])
        if after in self.paras.family(target):
            raise InstructionError(f"{self.paras.name(target)} cannot move after itself")
        self.slots.append(Op("move", target=target, after=after, parent=parent))
        return True


def parse_instruction(text: str, paragraphs: Sequence[Paragraph]) -> list[Op]:
    """The operations a written instruction describes, on the text it addresses.

    Inserted paragraphs get ``new_id = ""`` (the services fill it in). Several
    changes to one paragraph make one modify operation. Raises InstructionError,
    naming the paragraph and the words, before anything is returned.
    """
    return _Reader(text, _lookups(paragraphs)).read()


# --- generation --------------------------------------------------------------------------


def _quote(words: str) -> str:
    """Words in typographic quotes, or in quotes they do not contain themselves."""
    words = " ".join(words.split())
    for left, right in ("“”", '""', "‘’"):
        if left not in words and right not in words:
            return f"{left}{words}{right}"
    return f"“{words}”"


def _balanced(words: str) -> bool:
    """Whether quoted words hold whole emphases only."""
    return words.count("*") % 2 == 0


def _fits(clause: str, text: _Text, wanted: str) -> Edit | None:
    """The edit a generated clause parses back to, if it yields ``wanted`` on its own."""
    read = _read_clause(clause, 0)
    if read is None or read[1] != len(clause):
        return None
    try:
        edit = _clause_edit(read[0], text, "")
    except InstructionError:
        return None
    return edit if apply_edits(text.raw, [edit]) == wanted else None


class _Changes:
    """Clauses describing word edits on ``base``, each one read back before it is used."""

    def __init__(self, base: str, edits: Sequence[Edit]) -> None:
        self.text = _Text.of(base)
        self.base = base
        self.edits = _joined(base, tuple(edits))
        self.words: list[tuple[int, int]] = []
        """(start, end) of each word or punctuation mark, whitespace left out."""
        pos = 0
        for token in tokens(base):
            if not token.isspace():
                self.words.append((pos, pos + len(token)))
            pos += len(token)

    def unique(self, a: int, b: int) -> bool:
        words = self.base[a:b]
        return bool(words.strip()) and len(_matches(self.text, words)[0]) == 1

    def clauses(self) -> list[str] | None:
        out: list[str] = []
        made: list[Edit] = []
        limit = 0
        i = 0
        while i < len(self.edits):
            for clause, used in self._candidates(i, limit):
                wanted = apply_edits(self.base, self.edits[i : i + used])
                edit = _fits(clause, self.text, wanted)
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
        if not (_balanced(old) and _balanced(new)):
            yield from self._widened(i, limit)  # quoting half an emphasis reads badly
            return
        if edit.is_insertion and new:
            if not self.base[: edit.start].strip():
                yield f"at the beginning insert {_quote(new)}", 1
            if not self.base[edit.end :].strip():
                yield f"at the end insert {_quote(new)}", 1
            left = self._context(edit.start, -1, limit)
            if left:
                yield f"after {_quote(self.base[left[0] : left[1]])} insert {_quote(new)}", 1
            right = self._context(edit.end, 1, limit)
            if right:
                yield f"before {_quote(self.base[right[0] : right[1]])} insert {_quote(new)}", 1
        elif old.strip() and not new:
            yield f"delete {_quote(old)}", 1
        elif old.strip():
            yield f"replace {_quote(old)} with {_quote(new)}", 1
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
            if words[0].isspace() or words[-1].isspace() or not _balanced(words) or not self.unique(a, b):
                continue
            taken = [Edit(e.start - a, e.end - a, e.text) for e in self.edits[i : i + used]]
            new = apply_edits(words, taken).strip()
            yield (f"replace {_quote(words)} with {_quote(new)}" if new else f"delete {_quote(words)}"), used


def _modify_sentence(op: Op, paras: _Paragraphs) -> str:
    name = paras.name(op.target)
    try:
        edits = edits_from_patch(op.base_text, op.patch)
    except PatchError:
        return f"In {name}, a change whose stored patch does not match its text."
    if not edits:
        return f"In {name}, no change."
    new = apply_edits(op.base_text, edits)
    clauses = _Changes(op.base_text, edits).clauses()
    if clauses is None:
        return f"Replace {name} with the following text:\n{_quote(new)}"
    return f"In {name}, " + "; ".join(clauses) + "."


def _following(paras: _Paragraphs, after: str) -> list[str]:
    """Numbered paragraphs just after a position, to name it "before …"."""
    ids = [p.id for p in paras.list]
    start = ids.index(after) + 1 if after in ids else 0
    return [pid for pid in ids[start:] if pid in paras.label_of][:3]


def _ordered(paras: _Paragraphs, after: str, at: str, before: list[str]) -> list[str]:
    """Naming the anchor by its number reads best, then "before" the next numbered paragraph, then an id."""
    return [at, *before] if not after or after in paras.label_of else [*before, at]


def _fitting(candidates: list[str], paras: _Paragraphs, key: tuple[str, ...], fields: tuple[str, ...]) -> str:
    """The first sentence that parses back to an operation with these fields."""
    for sentence in candidates:
        try:
            ops = _Reader(sentence, paras).read()
        except InstructionError:
            continue
        if len(ops) == 1 and tuple(getattr(ops[0], f) for f in fields) == key:
            return sentence
    return candidates[0]


def _insert_sentence(op: Op, paras: _Paragraphs) -> str:
    what = f"insert a new {_KIND_WORDS.get(op.new_kind, 'paragraph')}, reading:\n{_quote(op.text)}"
    at = f"After {paras.name(op.after)}, {what}" if op.after else f"At the beginning, {what}"
    before = [f"Before {paras.name(pid)}, {what}" for pid in _following(paras, op.after)]
    candidates = _ordered(paras, op.after, at, before)
    fields = ("after", "new_kind", "parent", "text")
    return _fitting(candidates, paras, (op.after, op.new_kind, op.parent, " ".join(op.text.split())), fields)


def _move_sentence(op: Op, paras: _Paragraphs) -> str:
    moved = paras.name(op.target)
    under = f", as a sub-paragraph of {paras.name(op.parent)}" if op.parent else ""
    where = f"to follow {paras.name(op.after)}" if op.after else "to the beginning"
    before = [f"Move {moved} to precede {paras.name(pid)}{under}." for pid in _following(paras, op.after)]
    candidates = _ordered(paras, op.after, f"Move {moved} {where}{under}.", before)
    return _fitting(candidates, paras, (op.target, op.after, op.parent), ("target", "after", "parent"))


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def written_form(amendment: Amendment, paragraphs: Sequence[Paragraph]) -> str:
    """The amendment as delegations write it, naming paragraphs by their numbers in ``paragraphs``.

    Deletions are joined in one sentence; several sentences are numbered "1. …".
    """
    paras = _lookups(paragraphs)
    sentences: list[str] = []
    deleted = [paras.name(op.target) for op in amendment.ops if op.kind == "delete"]
    for op in amendment.ops:
        if op.kind == "modify":
            sentences.append(_modify_sentence(op, paras))
        elif op.kind == "insert":
            sentences.append(_insert_sentence(op, paras))
        elif op.kind == "move":
            sentences.append(_move_sentence(op, paras))
        elif deleted:
            sentences.append(f"Delete {_listed(deleted)}.")
            deleted = []
    if len(sentences) == 1:
        return sentences[0]
    return "\n".join(f"{n}. {sentence}" for n, sentence in enumerate(sentences, 1))
