"""Reading an instruction sentence by sentence into operations (the grammar is in the package docstring)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from draftdesk.engine.amendments import Op
from draftdesk.engine.instructions.clauses import INS, clause_edit, read_clause, read_more
from draftdesk.engine.instructions.errors import InstructionError
from draftdesk.engine.instructions.paragraphs import NEW_KINDS, NUMBERED_KINDS, Paragraphs, lookups
from draftdesk.engine.instructions.text import Text
from draftdesk.engine.model import Paragraph
from draftdesk.engine.patches import Edit, apply_edits, make_patch

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
_NEW = rf"{INS}\s+(?:a\s+|the\s+following\s+)?new\s+{_KIND}"
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


class Reader:
    """Reads an instruction sentence by sentence; modify clauses gather per paragraph."""

    def __init__(self, text: str, paragraphs: Paragraphs) -> None:
        self.s = " ".join(text.split())
        self.pos = 0
        self.paras = paragraphs
        self.number = 0
        self.target = ""
        self.slots: list[Op | str] = []
        self.edits: dict[str, list[Edit]] = {}
        self.texts: dict[str, Text] = {}

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
        if not self.target or read_clause(self.s, self.pos) is None:
            return False
        self._clauses()
        return True

    def _clauses(self) -> None:
        name = self.paras.name(self.target)
        read = read_clause(self.s, self.pos)
        if read is None:
            raise self._unreadable(name)
        while read is not None:
            clause, self.pos = read
            edit = clause_edit(clause, self._text(self.target), name)
            self.edits[self.target].append(edit)
            sep = _SEP.match(self.s, self.pos)
            assert sep is not None  # it matches the empty string
            read = read_more(self.s, sep.end(), clause)
            if read is not None:
                self.pos = sep.end()

    def _text(self, pid: str) -> Text:
        """A paragraph's text to find quoted words in; all its changes make one modify operation."""
        if pid not in self.texts:
            self.texts[pid] = Text.of(self.paras.by_id[pid].text)
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
        kind = NEW_KINDS.get(word, "sub-item")
        if word == "paragraph":  # the kind of the paragraph it follows
            kind = anchor.kind if anchor is not None and anchor.kind in NUMBERED_KINDS else "operative"
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
    return Reader(text, lookups(paragraphs)).read()
