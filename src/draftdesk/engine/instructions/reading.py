"""Reading an instruction sentence by sentence into operations (the grammar is in the package docstring)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from draftdesk.engine.amendments import Op
from draftdesk.engine.instructions import merging, moving, moving_parts, naming, structure
from draftdesk.engine.instructions.changed import Changed
from draftdesk.engine.instructions.clauses import Clause, added, read_clause, read_more
from draftdesk.engine.instructions.errors import InstructionError
from draftdesk.engine.instructions.notes import Notes
from draftdesk.engine.instructions.paragraphs import Paragraphs, numbered_text
from draftdesk.engine.instructions.parts import Part, scoped
from draftdesk.engine.model import Paragraph

_SAME = re.compile(r"the\s+same\s+(?:sub-?)?paragraphs?", re.I)
_RENUMBER = re.compile(r"renumber\b[^.]*", re.I)
_SEP = re.compile(r"\s*[;,]?\s*(?:and\s+)?")
_SENTENCE_END = re.compile(r"\s*(?:\.|[;,](?:\s*and\b)?)?\s*")
"""A change ends at a full stop, or at a semicolon or comma when another change follows ("In
operative paragraph 3, replace …; (and) in operative paragraph 4, delete …")."""


def _normalised(text: str) -> str:
    """Whitespace runs as one space; a blank line (between paragraphs of new text) kept as one."""
    blocks = re.split(r"\n[^\S\n]*\n\s*", text.strip())
    return "\n\n".join(" ".join(block.split()) for block in blocks if block.strip())


class Reader:
    """Reads an instruction sentence by sentence; modify clauses gather per paragraph."""

    def __init__(self, text: str, paragraphs: Paragraphs) -> None:
        self.notes = Notes.defined_in(text)
        self.notes.marks_of(paragraphs.list)
        self.s = _normalised(self.notes.body)
        self.pos = 0
        self.paras = paragraphs.own_layout()
        self.marker = ""
        """The pattern of the next list marker ("2." after "1."): new text runs up to it."""
        self.item = ""
        """The marker of the change being read ("3."), which names it when it cannot be read."""
        self.targets: list[str] = []
        self.changed = Changed(self.paras, self.notes)

    def read(self) -> list[Op]:
        if not self.s:
            raise InstructionError("the instruction is empty")
        while self.pos < len(self.s):
            m = structure.NUMBER.match(self.s, self.pos)
            if m:
                self.marker, self.pos, self.item = structure.next_marker(m), m.end(), m[0].strip()
            handlers = (
                self._in,
                self._at_edge,
                self._inside,
                self._placed,
                self._continued,
                self._reword,
                self._insert,
                self._delete,
                self._merge,
                self._move_sentence,
                self._move,
                self._renumber,
            )
            try:
                if not any(handler() for handler in handlers):
                    raise self._unreadable()
            except InstructionError as err:  # which change of a numbered list failed
                raise InstructionError(f"{self.item} {err}" if self.item else str(err)) from None
            m = _SENTENCE_END.match(self.s, self.pos)
            assert m is not None
            self.pos = m.end()
        return self.changed.ops()

    def _unreadable(self, name: str = "") -> InstructionError:
        rest = self.s[self.pos :]
        snippet = rest if len(rest) <= 70 else rest[:69] + "…"
        where = f"In {name}: " if name else ""
        return InstructionError(f"{where}cannot read the instruction at “{snippet}”")

    def _in(self) -> bool:
        """ "In operative paragraphs 27 and 43, …", "Operative paragraph 4: …"."""
        m = (
            naming.IN.match(self.s, self.pos)
            or naming.HEADED.match(self.s, self.pos)
            or naming.IN_LOOSE.match(self.s, self.pos)
        )
        if not m:
            return False
        self.pos = m.end()
        address, scope = scoped(m["addr"])  # "In the second sentence of operative paragraph 3, …"
        if not (self.targets and _SAME.fullmatch(address)):  # "in the same paragraph": the one before
            self.targets = self.paras.targets(address)
        within = self.targets[0] if len(self.targets) == 1 and scope is None else ""
        if within and any(
            read(within) for read in (self._insert, self._move_sentence, self._move, self._reword)
        ):
            return True  # "In operative paragraph 4, add a new sub-paragraph (f), reading: …"
        self._clauses(scope)
        return True

    def _placed(self) -> bool:
        """A clause that names its paragraphs after it: "delete “x” in operative paragraph 4", or
        "replace “Chernobyl” with “Chornobyl” in the title, the preambular paragraphs and the
        operative paragraphs" / "… wherever it appears" (every occurrence)."""
        read = read_clause(self.s, self.pos)
        if read is None:
            return False
        clause, end = read
        if clause.place:  # "delete the first sentence of operative paragraph 3"
            self.targets, self.pos = self.paras.targets(clause.place), end
            self.changed.on_targets(self.targets, clause)
            return True
        every = self._wherever(clause, end)
        end = every.end() if every else end
        whole = clause.kind in ("replace", "delete") and not (every and every["parts"]) and not clause.part
        scope = naming.SCOPE.match(self.s, end) if whole else None
        named = None if scope else naming.AFTER_CLAUSE.match(self.s, end)
        if named:
            self.targets, self.pos = self.paras.targets(named["addr"]), named.end()
            self.changed.on_targets(self.targets, clause, every is not None)
            return True
        found = scope or every
        if found is None:
            return False
        self.pos, parts = found.end(), (found["parts"] or "text").lower()
        kinds = naming.kinds_in(parts)
        if not kinds:
            raise InstructionError(f"only paragraphs can be amended here, not {parts}")
        self.targets = []
        if not sum(self.changed.everywhere(p, clause) for p in self.paras.list if p.kind in kinds):
            raise InstructionError(f"“{clause.words}” does not occur in {parts}")
        return True

    def _wherever(self, clause: Clause, end: int) -> re.Match[str] | None:
        """ "… wherever it appears" after a replace or delete clause of quoted words."""
        quoted = clause.kind in ("replace", "delete") and clause.part is None
        return naming.WHEREVER.match(self.s, end) if quoted else None

    def _inside(self) -> bool:
        """ "After the words “x” in operative paragraph 3, insert “y”"."""
        m = naming.PLACE_INSIDE.match(self.s, self.pos)
        read = read_clause(f"{m['head']} {m['tail']}", 0) if m else None
        if m is None or read is None:
            return False
        self.targets, self.pos = self.paras.targets(m["addr"]), m.end()
        self.changed.on_targets(self.targets, read[0])
        return True

    def _at_edge(self) -> bool:
        """ "At the end of operative paragraph 5, add “…”"."""
        m = naming.AT_EDGE.match(self.s, self.pos) or naming.AT_EDGE_AFTER.match(self.s, self.pos)
        if not m:
            return False
        self.targets, self.pos = self.paras.targets(m["addr"]), m.end()
        kind = "end" if m["edge"].lower() == "end" else "start"
        self.changed.on_targets(
            self.targets, Clause(kind, "", added(kind, m[0], " ".join(m[3][1:-1].split())))
        )
        return True

    def _renumber(self) -> bool:
        """ "Renumber accordingly.": numbers are derived from the order, nothing to do."""
        m = _RENUMBER.match(self.s, self.pos)
        if m:
            self.pos = m.end()
        return m is not None

    def _continued(self) -> bool:
        """Clauses after a full stop still concern the paragraphs the sentence before named."""
        if not self.targets or read_clause(self.s, self.pos) is None:
            return False
        self._clauses()
        return True

    def _clauses(self, scope: Part | None = None) -> None:
        """Clauses one after another on the paragraphs named, their words looked for in ``scope``."""
        names = " and ".join(map(self.paras.name, self.targets))
        read = read_clause(self.s, self.pos)
        if read is None:
            raise self._unreadable(names)
        while read is not None:
            clause, self.pos = read
            clause = replace(clause, scope=scope) if scope and clause.part is None else clause
            if clause.place:
                self.targets = self.paras.targets(clause.place)
            every = self._wherever(clause, self.pos)
            self.pos = every.end() if every else self.pos
            self.changed.on_targets(self.targets, clause, every is not None)
            sep = _SEP.match(self.s, self.pos)
            assert sep is not None  # it matches the empty string
            read = read_more(self.s, sep.end(), clause)
            if read is not None:
                self.pos = sep.end()

    def _reword(self, within: str = "") -> bool:
        """A paragraph replaced as a whole: "Replace operative paragraph 4 with the following: …"."""
        forms = (structure.REWORD_WITHIN,) if within else structure.REWORD
        m = next((m for p in forms if (m := p.match(self.s, self.pos))), None)
        if not m:
            return False
        (target,) = self.targets = [within or self.paras.resolve(m["addr"])]
        self.pos = m.end()
        if m.groupdict().get("follows") and read_clause(
            self.s, self.pos
        ):  # "Amend OP3 as follows: replace …"
            self._clauses()
        else:
            self.changed.reword(target, self._reading())
        return True

    def _insert(self, within: str = "") -> bool:
        read = structure.read_insert(self.s, self.pos, self.paras, within)
        if read is None:
            return False
        self.targets = []
        where, self.pos = read
        if where.parent in self.changed.new:
            raise InstructionError("a paragraph this instruction adds cannot be given items by it too")
        texts = structure.new_paragraphs(self._reading(), where.count)
        anchor = self.paras.by_id.get(where.after)
        ops, kind, parent = [], where.kind, where.parent
        for text in texts:
            words, notes = self.notes.carried_text(text, anchor, "the new paragraph")
            ops.append(Op("insert", after=where.after, new_kind=kind, parent=parent, text=words, notes=notes))
        placed = self.changed.place(*reversed(ops))  # each goes right after the anchor: the last one first
        self.changed.added(placed[::-1], where)
        return True

    def _reading(self) -> str:
        """The new text: quoted, or running to the next numbered instruction."""
        text, self.pos = structure.reading(self.s, self.pos, self.marker)
        return text

    def _delete(self) -> bool:
        read = structure.read_delete(self.s, self.pos, self.paras, self.marker)
        if read is None:
            return False
        self.targets = []
        ops, self.pos = read
        self.changed.add(*ops)
        return True

    def _merge(self) -> bool:
        """ "Merge operative paragraphs 2 and 3 (to read: …)"."""
        read = merging.read_merge(self.s, self.pos, self.paras)
        if read is None:
            return False
        self.targets = []
        first, others, worded, self.pos = read
        self.changed.merge(first, others, self._reading() if worded else None)
        return True

    def _move_sentence(self, within: str = "") -> bool:
        """ "Move the second sentence of operative paragraph 4 to the end of operative paragraph 6 / and
        make it a new operative paragraph 5", "In operative paragraph 4, move the words “x” to after “y”",
        "Swap the first and second sentences of operative paragraph 3" (:mod:`.moving_parts`)."""
        for read in _PART_MOVES:
            found = read(self.s, self.pos, self.paras, within)
            if found is not None:
                self.targets, self.pos = [self.changed.move_part(found[0])], found[1]
                return True
        return False

    def _move(self, within: str = "") -> bool:
        read = moving.read_move(self.s, self.pos, self.paras, within) or moving.read_swap(
            self.s, self.pos, self.paras, within
        )
        if read is None:
            return False
        self.targets = []
        ops, self.pos = read
        self.changed.place(*ops)
        return True


_PART_MOVES = (
    moving_parts.read_sentence_out,
    moving_parts.read_sentence_move,
    moving_parts.read_words_move,
    moving_parts.read_sentence_swap,
)


def parse_instruction(text: str, paragraphs: Sequence[Paragraph]) -> list[Op]:
    """The operations a written instruction describes, on the text it addresses.

    Inserted paragraphs get ``new_id = ""`` (the services fill it in). Several
    changes to one paragraph make one modify operation. Raises InstructionError,
    naming the paragraph and the words, before anything is returned.
    """
    return Reader(text, numbered_text(paragraphs)).read()
