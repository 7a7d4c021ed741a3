"""Amendments and decisions: immutable records of what delegations proposed and the chair decided.

They are NamedTuples: a load builds one for each of thousands of files, and a frozen dataclass
costs several times as much to build (docs/performance.md).

Status is never stored: it is derived from decisions (and, for ``fallen``, from
the merge), see :func:`draftdesk.engine.lifecycle.fold`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal, NamedTuple

from draftdesk.engine.model import Footnote

OpKind = Literal["modify", "insert", "delete", "move"]
OP_KINDS: tuple[OpKind, ...] = ("modify", "insert", "delete", "move")

Action = Literal["table", "cosponsor", "accept", "reject", "withdraw", "reinstate", "order"]
ACTIONS: tuple[Action, ...] = ("table", "cosponsor", "accept", "reject", "withdraw", "reinstate")
"""The acts on one amendment's status (or its co-sponsors)."""
ORDER: Action = "order"
"""The chair's ruling on the voting order: ``amendment`` is voted before ``before``, ``note`` says why.
It changes no status."""

Status = Literal["draft", "tabled", "accepted", "rejected", "withdrawn", "fallen", "superseded"]
PENDING: Status = "tabled"


class Op(NamedTuple):
    """One operation of an amendment, on one paragraph.

    - modify: ``target`` paragraph; ``base_text`` is the exact text the patch was
      made against; ``patch`` is diff-match-patch ``patch_toText`` (word-mode).
    - insert: a new paragraph ``new_id`` of ``new_kind`` with ``text``, placed
      after paragraph ``after`` ("" = at the very start); a sub-item names its
      ``parent``.
    - delete: ``target`` paragraph; ``base_text`` records the text deleted.
    - move: ``target`` paragraph, placed after ``after``; a sub-item may get a new ``parent``.

    ``notes``: footnotes the new words bring (a modify's or an insert's ``[^mark]``).
    ``needs``: start and end pairs in ``base_text`` of the words a modify's insertions were placed
    by ("after “x” insert …"): the insertion stands only while they do (:mod:`.strict`).
    """

    kind: OpKind
    target: str = ""
    base_text: str = ""
    patch: str = ""
    after: str = ""
    new_id: str = ""
    new_kind: str = ""
    parent: str = ""
    text: str = ""
    notes: tuple[Footnote, ...] = ()
    needs: tuple[int, ...] = ()


class Amendment(NamedTuple):
    """A proposal by ``author`` (an org code), accepted or falling as a whole."""

    id: str
    author: str
    ops: tuple[Op, ...]
    created: datetime
    base_revision: int = 0
    cosponsors: tuple[str, ...] = ()
    rationale: str = ""
    supersedes: str = ""
    private: bool = False
    """A private draft of its delegation until a ``table`` decision is recorded."""
    symbol: str = ""
    """The document that circulated it ("A/C.3/80/L.56"), when it has one."""
    written: str = ""
    """The amendment in words, as tabled: the instruction as typed or circulated, or for
    operations built otherwise the form generated once, when it was made. Kept so the
    record never changes when the text it addressed does (empty in files older than it)."""
    cited: tuple[tuple[str, str], ...] = ()
    """``(paragraph id, address)`` as the text stood when it was made ("OP4", "new after
    OP3"), numbered in revision ``base_revision``: lists and reasons cite it as tabled."""

    def cited_as(self, paragraph_id: str) -> str:
        """The paragraph's address when the amendment was made ("" if not recorded)."""
        for pid, address in self.cited:
            if pid == paragraph_id:
                return address
        return ""

    @property
    def targets(self) -> tuple[str, ...]:
        """Paragraph ids this amendment touches (the anchor for inserts)."""
        ids: list[str] = []
        for op in self.ops:
            for pid in (op.target, op.new_id):
                if pid and pid not in ids:
                    ids.append(pid)
        return tuple(ids)


class Decision(NamedTuple):
    """A chair decision, an author's tabling or withdrawal, a co-sponsorship, or a ruling on the
    voting order (``action`` ORDER, naming the amendment it puts this one ``before``).

    ``revision`` is the revision in force when the decision was taken: an accepted
    amendment is part of that revision's agreed text, and of the next revision's base.
    """

    id: str
    amendment: str
    action: Action
    by: str
    at: datetime
    revision: int = 0
    note: str = ""
    before: str = ""
    parts: tuple[int, ...] = ()
    """An acceptance after a division of the question: the parts adopted, the others rejected
    (:mod:`.division`); empty: the amendment whole."""
