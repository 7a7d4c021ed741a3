"""Words a pending amendment moves, told apart from the words it deletes and inserts.

Storage keeps word-level patches, so a moved sentence is a deletion where it stood and an insertion
where it goes: in one paragraph (two sentences swapped), in two, or in a paragraph the amendment adds
("… and make it a new operative paragraph 5"). Shown so, a reader sees words struck and other words
added. A move is read off the edits instead: an insertion whose words (note references, markup and
the punctuation around them aside) are the words one of the amendment's deletions takes away is
their new place, and that deletion their old one, as Word's move tracking marks both ends. A single
word deleted here and inserted there is left a deletion and an insertion: it is seldom a move.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from draftdesk.engine.model import FOOTNOTE_REF_RE, plain_text
from draftdesk.engine.patches import Edit

if TYPE_CHECKING:
    from draftdesk.engine.amendments import Op
    from draftdesk.engine.merge import Negotiation

_WORD = re.compile(r"[^\W_][\w'’\u2011-]*")


def words_of(text: str) -> str:
    """The words of a text as a move is recognised by (none for fewer than two)."""
    words = _WORD.findall(plain_text(FOOTNOTE_REF_RE.sub(" ", text)))
    return " ".join(words) if len(words) > 1 else ""


@dataclass(frozen=True, slots=True)
class Moves:
    """One amendment's moved words: their words -> (the paragraph they leave, the one they reach)."""

    ends: dict[str, tuple[str, str]]
    label: Callable[[str], str]
    """A paragraph's address as the views cite it ("" for one the amendment adds)."""

    def end(self, old: str, new: str) -> tuple[bool, str] | None:
        """(whether the words leave, their words) when a change from ``old`` to ``new`` is one end of
        a move; None for a deletion or an insertion."""
        gone, come = words_of(old), words_of(new)
        if gone and not come and gone in self.ends:
            return True, gone
        if come and not gone and come in self.ends:
            return False, come
        return None

    def tag(self, pid: str, old: str, new: str) -> str:
        """What a change of paragraph ``pid`` is, when it is one end of a move: "moved" / "moved to
        OP8" where the words leave, "moved here" / "moved here from OP6" where they arrive; else ""."""
        end = self.end(old, new)
        if end is None:
            return ""
        leaves, words = end
        source, to = self.ends[words]
        if leaves:
            return "moved" if to == pid else f"moved to {self.label(to) or 'a new paragraph'}"
        return "moved here" if source == pid else f"moved here from {self.label(source)}"


def moves_of(
    changes: Iterable[tuple[str, str, Edit]], added: Iterable[tuple[str, str]], label: Callable[[str], str]
) -> Moves | None:
    """The moves among an amendment's changes ((paragraph, its text, an edit of it)) and the
    paragraphs it adds ((id, text)); None when it moves nothing."""
    deleted: dict[str, str] = {}
    inserted: dict[str, str] = {}
    for pid, text, edit in changes:
        gone, come = words_of(text[edit.start : edit.end]), words_of(edit.text)
        if gone and not come:
            deleted.setdefault(gone, pid)
        elif come and not gone:
            inserted.setdefault(come, pid)
    for pid, text in added:
        inserted.setdefault(words_of(text), pid)
    ends = {words: (pid, inserted[words]) for words, pid in deleted.items() if words in inserted}
    return Moves(ends, label) if ends else None


MovesOf = Callable[[str], Moves | None]
"""A pending amendment's moves by its id (:func:`pending_moves`)."""


def pending_moves(neg: Negotiation) -> MovesOf:
    """Each pending amendment's moves, found the first time a view draws a paragraph it changes."""
    found: dict[str, Moves | None] = {}
    texts: dict[str, str] = {}

    def of(aid: str) -> Moves | None:
        if aid not in found:
            found[aid] = _moves(neg, aid, texts)
        return found[aid]

    return of


def _moves(neg: Negotiation, aid: str, texts: dict[str, str]) -> Moves | None:
    """One pending amendment's moves; ``texts`` (the text's paragraphs by id) is filled on first need."""
    ops = neg.amendments[aid].ops
    if len(ops) == 1:
        single = neg.claims(aid).get(ops[0].target)
        if ops[0].kind != "modify" or single is None or len(single.edits) < 2:
            return None  # one change, or one paragraph's one edit: nothing to pair (most)
    edits = [(pid, claim.edits) for pid, claim in neg.claims(aid).items() if claim.kind == "edit"]
    added = [(op.new_id, op.text) for op in ops if op.kind == "insert"]
    if sum(len(own) for _, own in edits) + len(added) < 2:  # one change moves nothing
        return None
    if not texts:
        texts.update((p.id, p.text) for p in neg.text)
    new = {pid for pid, _ in added}
    changes = ((pid, texts[pid], edit) for pid, own in edits for edit in own)
    return moves_of(changes, added, lambda pid: "" if pid in new else neg.label(pid))


def arrival(moves: Moves | None, op: Op) -> str:
    """ "moved here from OP3" for a new paragraph that is words its amendment moves out of another."""
    return moves.tag(op.new_id, "", op.text) if moves else ""
