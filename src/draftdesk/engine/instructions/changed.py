"""What an instruction has changed so far: each paragraph as its clauses leave it, and the
operations in the order the instruction gives them (:mod:`.reading` reads the sentences)."""

from __future__ import annotations

from draftdesk.engine.amendments import Op
from draftdesk.engine.instructions.clauses import Clause, placed_edit, replacements
from draftdesk.engine.instructions.errors import InstructionError
from draftdesk.engine.instructions.merging import joined_edit
from draftdesk.engine.instructions.moving_parts import (
    SentenceMove,
    SentenceOut,
    SentenceSwap,
    WordsMove,
    moved_in,
    moved_out,
)
from draftdesk.engine.instructions.notes import Notes
from draftdesk.engine.instructions.paragraphs import Paragraphs
from draftdesk.engine.instructions.parts import FINAL_MARK, Part, part_span, sentences
from draftdesk.engine.instructions.structure import Where
from draftdesk.engine.instructions.text import Text, locate
from draftdesk.engine.instructions.working import Working
from draftdesk.engine.model import FOOTNOTE_REF_RE, Footnote, Paragraph
from draftdesk.engine.patches import Edit


class Changed:
    """The paragraphs an instruction changes (all changes to one make one modify operation) and its
    other operations, in order."""

    def __init__(self, paras: Paragraphs, notes: Notes) -> None:
        self.paras = paras
        self.notes = notes
        self.slots: list[Op | str] = []
        """An operation, or the id of a paragraph whose modify operation goes there."""
        self.working: dict[str, Working] = {}
        self.brought: dict[str, list[Footnote]] = {}
        self.throughout: set[str] = set()
        """Paragraphs only a change "throughout the text" touches."""
        self.new: dict[str, Op] = {}
        """The paragraphs the instruction adds, by the stand-in id its layout knows them by."""

    def add(self, *ops: Op) -> None:
        self._not_new(*ops)
        self.slots += ops

    def _not_new(self, *ops: Op) -> None:
        """A paragraph the instruction adds is written where and as it is to stand, not deleted,
        moved or merged by a later change of it."""
        for op in ops:
            if op.target in self.new:
                raise InstructionError(
                    f"{self.paras.name(op.target)} is added by this instruction: "
                    "write it where and as it is to stand"
                )

    def place(self, *ops: Op) -> list[Op]:
        """Operations added, as placed. One placed after a paragraph this instruction adds goes after
        the paragraph that one follows, before its insertion: inserted after that paragraph in turn,
        the added one comes first."""
        self._not_new(*ops)
        placed = []
        for op in ops:
            new = self.new.get(op.after)
            if new is not None:
                op = op._replace(after=new.after)
                at = next(n for n, slot in enumerate(self.slots) if slot is new)
                self.slots.insert(at, op)
            else:
                self.slots.append(op)
            placed.append(op)
        return placed

    def added(self, inserted: list[Op], where: Where) -> None:
        """New paragraphs (in the order they stand, after ``where.after``) made known under stand-in
        ids, so that later changes of the instruction see them (:mod:`.layout`) and may name them
        ("In the new operative paragraph 4 bis, …")."""
        after, layout, stand_ins = where.after, self.paras.layout, []
        for op in inserted:
            self.new[stand_in := f"\0{len(self.new)}"] = op
            layout.add(stand_in, op.new_kind, after, op.parent)
            paragraph = Paragraph(stand_in, op.new_kind, op.text, op.parent, footnotes=op.notes)
            self.paras.add_new(stand_in, paragraph, where.label if len(inserted) == 1 else "")
            after = stand_in
            stand_ins.append(stand_in)
        if where.named:
            layout.placed(where.named, stand_ins)

    def ops(self) -> list[Op]:
        """Every operation; a change "throughout" skips a paragraph the instruction deletes."""
        deleted = {op.target for op in self.slots if isinstance(op, Op) and op.kind == "delete"}
        edited = {id(self.new[pid]): pid for pid in self.working if pid in self.new}
        return [
            self.working[slot].modify_op(slot, self.paras.name(slot), self.brought[slot])
            if isinstance(slot, str)
            else self._as_edited(slot, edited[id(slot)])
            if id(slot) in edited
            else slot
            for slot in self.slots
            if slot not in deleted & self.throughout
        ]

    def _as_edited(self, op: Op, stand_in: str) -> Op:
        """A new paragraph as later changes of the instruction worded it, with the notes it cites."""
        text = self.working[stand_in].current
        cited = set(FOOTNOTE_REF_RE.findall(text))
        notes = dict.fromkeys(note for note in (*op.notes, *self.brought[stand_in]) if note.mark in cited)
        return op._replace(text=text, notes=tuple(notes))

    def on_targets(self, targets: list[str], clause: Clause, every: bool = False) -> None:
        """The clause on each paragraph named; ``every``: on every occurrence of its words there."""
        for pid in targets:
            if not every:
                self.apply(pid, clause)
            elif self.everywhere(self.paras.by_id[pid], clause):
                self.throughout.discard(pid)
            else:
                raise InstructionError(
                    f"In {self.paras.name(pid)}: “{clause.words}” does not occur in the text"
                )

    def everywhere(self, p: Paragraph, clause: Clause) -> bool:
        """Every occurrence of the clause's words in one paragraph; whether there was one."""
        working = self.working.get(p.id)
        clause, brought = self.notes.carried(clause, p, self.paras.name(p.id))
        edits = replacements(clause, Text.of(working.current if working else p.text), self.paras.name(p.id))
        if edits and working is None:
            working = self._working(p.id)
            self.throughout.add(p.id)
        if edits:
            self.brought[p.id] += brought
        for edit in sorted(edits, reverse=True):
            working.apply(edit)  # type: ignore[union-attr]
        return bool(edits)

    def apply(self, pid: str, clause: Clause) -> None:
        """One clause on a paragraph as it stands; words no longer there are looked for as tabled."""
        name = self.paras.name(pid)
        working = self._working(pid)
        self.throughout.discard(pid)
        clause, brought = self.notes.carried(clause, self.paras.by_id[pid], name)
        self.brought[pid] += brought
        try:
            edit, need = placed_edit(clause, Text.of(working.current), name)
            need = need and working.to_base(*need)
        except InstructionError as err:
            if working.current == working.base:
                raise
            try:
                tabled, need = placed_edit(clause, Text.of(working.base), name)
                placed = working.to_current(tabled)
            except InstructionError:
                raise err from None
            if placed is None:
                raise InstructionError(
                    f"In {name}: {clause.named} overlaps what an earlier change of this instruction changed"
                ) from None
            edit = placed
        working.apply(edit)
        if need:
            working.needs.append(need)

    def reword(self, pid: str, text: str) -> None:
        """A paragraph's whole text replaced by ``text`` (the notes its new words cite brought)."""
        working = self._working(pid)
        new, brought = self.notes.carried_text(text, self.paras.by_id[pid], self.paras.name(pid))
        self.brought[pid] += brought
        working.apply(Edit(0, len(working.current), new))

    def merge(self, pid: str, others: list[str], text: str | None) -> None:
        """Paragraphs merged into ``pid``: worded anew by ``text``, or joined (:mod:`.merging`)."""
        if text is not None:
            self.reword(pid, text)
        else:
            working = self._working(pid)
            working.apply(joined_edit(working.current, [self.paras.by_id[other].text for other in others]))
            self.brought[pid] += [note for other in others for note in self.paras.by_id[other].footnotes]
        self.add(*(Op("delete", target=other, base_text=self.paras.by_id[other].text) for other in others))

    def move_part(self, move: SentenceMove | WordsMove | SentenceOut | SentenceSwap) -> str:
        """A sentence or words moved (:mod:`.moving_parts`); the paragraph the sentence is then about."""
        if isinstance(move, SentenceOut):
            return self.sentence_out(move)
        if isinstance(move, SentenceSwap):
            return self.swap_sentences(move)
        if isinstance(move, WordsMove):
            self.move_words(move)
        else:
            self.move_sentence(move)
        return move.dest

    def sentence_out(self, move: SentenceOut) -> str:
        """A sentence taken out of its paragraph to be a new one, which ends as that paragraph ends."""
        source, name, where = self._working(move.source), self.paras.name(move.source), move.where
        text = Text.of(source.current)
        out, words, refs = moved_out(move.sentence, text, name)
        final = FINAL_MARK.search(text.raw)
        mark = final[0][0] if final and final[0][0] in ";," else "."
        cited = set(FOOTNOTE_REF_RE.findall(words + refs))
        notes = tuple(n for n in self.paras.by_id[move.source].footnotes if n.mark in cited)
        op = Op(
            "insert", after=where.after, new_kind=where.kind, parent=where.parent, text=f"{words}{mark}{refs}"
        )
        source.apply(out)
        self.added(self.place(op._replace(notes=notes)), where)
        return move.source

    def swap_sentences(self, swap: SentenceSwap) -> str:
        """Two sentences of a paragraph in each other's place: the later moved before the earlier, then
        the earlier (next to it now) to after the sentence that stood before the later."""
        name = self.paras.name(swap.pid)
        text = Text.of(self._working(swap.pid).current)
        count = len(sentences(text.raw))
        for part in (swap.first, swap.second):
            part_span(part, text, name)  # "there is no fourth sentence (it has 2 sentences)"
        first, second = sorted((swap.first, swap.second), key=lambda part: part.index % count)
        i, j = first.index % count, second.index % count
        if i == j:
            raise InstructionError(f"In {name}: {first.said} and {second.said} are the same sentence")
        self.move_sentence(
            SentenceMove(swap.pid, Part("sentence", j, said=second.said), swap.pid, "before", first)
        )
        if j > i + 1:
            later = Part("sentence", j, said=second.said)
            self.move_sentence(
                SentenceMove(swap.pid, Part("sentence", i + 1, said=first.said), swap.pid, "after", later)
            )
        return swap.pid

    def move_sentence(self, move: SentenceMove) -> None:
        """A sentence taken out of its paragraph and put in its place (:mod:`.moving_parts`)."""
        source, dest = self._working(move.source), self._working(move.dest)
        name = self.paras.name(move.source)
        out, words, refs = moved_out(move.sentence, Text.of(source.current), name)
        into = moved_in(move, words, refs, Text.of(dest.current), self.paras.name(move.dest))
        if source is dest:  # both placed on the text as it stands: the later one first
            if (into.start < out.end and out.start < into.end) or into.start in (out.start, out.end):
                raise InstructionError(f"In {name}: {move.sentence.said} is there already")
            for edit in sorted((out, into), key=lambda edit: edit.start, reverse=True):
                source.apply(edit)
            return
        self._bring(move.source, move.dest, words + refs)
        source.apply(out)
        dest.apply(into)

    def move_words(self, move: WordsMove) -> None:
        """Quoted words taken out of their paragraph and put where the instruction says."""
        text = Text.of(self._working(move.source).current)
        a, b, _ = locate(text, move.words, self.paras.name(move.source))
        while b in text.notes:  # the note references right after the words go with them
            b = text.notes[b]
        moved = text.raw[a:b]
        self.apply(move.source, Clause("delete", move.words, ""))
        dest = self._working(move.dest)
        clause = Clause(move.edge, move.anchor, moved)  # type: ignore[arg-type]
        edit, need = placed_edit(clause, Text.of(dest.current), self.paras.name(move.dest))
        dest.apply(edit)
        need = need and dest.to_base(*need)
        if need:
            dest.needs.append(need)
        self._bring(move.source, move.dest, moved)

    def _bring(self, source: str, dest: str, words: str) -> None:
        """The notes that moved words cite go with them to another paragraph."""
        if source != dest:
            cited = set(FOOTNOTE_REF_RE.findall(words))
            self.brought[dest] += [n for n in self.paras.by_id[source].footnotes if n.mark in cited]

    def _working(self, pid: str) -> Working:
        """A paragraph's text as the clauses change it."""
        if pid not in self.working:
            self.working[pid] = Working(self.paras.by_id[pid].text)
            self.brought[pid] = []
            if pid not in self.new:  # a new paragraph's changes go into its insertion (``ops``)
                self.slots.append(pid)
        return self.working[pid]
