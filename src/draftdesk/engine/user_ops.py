"""Operations from what a user typed: a whole new wording, an insert, a delete, a move.

Shared by the CLI and the TUI so both build the same amendments. Every
function addresses the *current agreed text* (``Negotiation.agreed``): an
address ("OP4(c)", "PP2", a stable id) names a paragraph there, and a modify
records the exact agreed wording it was made against. Inserted paragraphs get
``new_id = ""``; the services fill it in when the amendment is created.
A request that cannot make sense is a :class:`DraftingError` with one clear line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from draftdesk.engine.addressing import AddressError, resolve
from draftdesk.engine.amendments import Op
from draftdesk.engine.model import EMPHASIS_RE, FOOTNOTE_REF_RE, Paragraph, plain_text
from draftdesk.engine.numbering import number_paragraphs
from draftdesk.engine.patches import Edit, apply_edits, clause_edits, patch_of_edits, word_edits

MARKUP_RE = re.compile(f"{EMPHASIS_RE.pattern}|{FOOTNOTE_REF_RE.pattern}")
"""Emphasis or a footnote reference; group 1 or 2 is the part that shows."""

KINDS: dict[str, str] = {
    "preambular": "preamble",
    "preamble": "preamble",
    "operative": "operative",
    "sub-item": "sub-item",
}
"""The kinds a user may insert (CLI spelling "preambular" included) -> the model's kind."""

START = ("", "start")
"""Anchors meaning "at the very start of the text"."""

_NUMBERED = ("preamble", "operative", "sub-item")


class DraftingError(ValueError):
    """A request that cannot become an operation; the message is one clear line."""


def find(paragraphs: Sequence[Paragraph], address: str) -> Paragraph:
    """The paragraph an address names in ``paragraphs`` (DraftingError if none)."""
    try:
        pid = resolve(paragraphs, address)
    except AddressError as err:
        raise DraftingError(str(err)) from None
    return next(p for p in paragraphs if p.id == pid)


def modify_op(paragraph: Paragraph, new_text: str) -> Op:
    """Replace a paragraph's wording with ``new_text``: the changes are found and kept as the
    author made them, a clause replaced being one change (:func:`.patches.clause_edits`).

    A wording typed without markup, as a delegate copies it from the screen,
    keeps the paragraph's emphasis and footnote references where its words stand.
    """
    new = new_text.strip()
    if not new:
        raise DraftingError("the new wording is empty: delete the paragraph instead")
    if not MARKUP_RE.search(new) and MARKUP_RE.search(paragraph.text):
        new = _markup_carried(paragraph.text, new)
    if new == paragraph.text:
        raise DraftingError("no change to propose: the new wording is the agreed text")
    patch = patch_of_edits(paragraph.text, clause_edits(paragraph.text, new))
    return Op("modify", target=paragraph.id, base_text=paragraph.text, patch=patch)


def _markup_carried(raw: str, typed: str) -> str:
    """``typed`` (an edit of ``raw``'s plain text) with ``raw``'s markup put back around its words.

    A replacement keeps markers outside its range (rewording inside an emphasis
    stays emphasised); an insertion goes after any marker before its point. If
    the result would not read as ``typed``, the typed text is taken as it is.
    """
    shown: list[int] = []  # raw offset of each character of the plain text
    pos = 0
    for match in MARKUP_RE.finditer(raw):
        shown += range(pos, match.start())
        shown += range(*match.span(1 if match[1] is not None else 2))
        pos = match.end()
    shown += range(pos, len(raw))

    def raw_start(p: int) -> int:
        return shown[p] if p < len(shown) else len(raw)

    def raw_end(p: int) -> int:
        return shown[p - 1] + 1 if p > 0 else 0

    edits = [
        Edit(raw_start(e.start), raw_start(e.start) if e.is_insertion else raw_end(e.end), e.text)
        for e in word_edits(plain_text(raw), typed)
    ]
    carried = apply_edits(raw, edits)
    return carried if plain_text(carried) == typed else typed


def insert_op(paragraphs: Sequence[Paragraph], after: str, text: str, kind: str = "", parent: str = "") -> Op:
    """A new paragraph after the paragraph ``after`` names ("" or "start": the very start).

    ``kind`` defaults to the anchor's (the next numbered paragraph's when the
    anchor is a heading or lead-in). A sub-item after an operative paragraph
    becomes its first sub-item; after a sub-item, its next sibling; ``parent``
    (an address) nests it elsewhere, e.g. "OP4(c)" for OP4(c)(i). A preambular
    or operative paragraph after a sub-item goes after the whole parent block.
    """
    body = text.strip()
    if not body:
        raise DraftingError("the new paragraph has no text")
    anchor = None if after.strip().lower() in START else find(paragraphs, after)
    new_kind = _kind(paragraphs, anchor, kind)
    if new_kind != "sub-item":
        if parent:
            raise DraftingError(f"only a sub-item has a parent paragraph, not a {new_kind} paragraph")
        top = _top(paragraphs, anchor) if anchor else None
        return Op("insert", after=top.id if top else "", new_kind=new_kind, text=body)
    if anchor is None and not parent:
        raise DraftingError("a sub-item goes after an operative paragraph or another sub-item")
    owner = find(paragraphs, parent) if parent else _owner(paragraphs, anchor)
    if owner.kind not in ("operative", "sub-item"):
        raise DraftingError("a sub-item belongs to an operative paragraph or another sub-item")
    if anchor is None or (anchor.id != owner.id and anchor.parent != owner.id):
        where = _label(paragraphs, owner)
        raise DraftingError(f"the new sub-item must follow {where} or one of its sub-items")
    return Op("insert", after=anchor.id, new_kind="sub-item", parent=owner.id, text=body)


def delete_ops(paragraphs: Sequence[Paragraph], addresses: Iterable[str]) -> list[Op]:
    """Delete each paragraph named; a paragraph goes with its sub-items, so those are not listed twice."""
    chosen: list[Paragraph] = []
    for address in addresses:
        p = find(paragraphs, address)
        if p not in chosen:
            chosen.append(p)
    if not chosen:
        raise DraftingError("name at least one paragraph to delete")
    ids = {p.id for p in chosen}
    parents = {p.id: p.parent for p in paragraphs}
    return [
        Op("delete", target=p.id, base_text=p.text)
        for p in chosen
        if not ids & set(_ancestors(parents, p.id))
    ]


def move_op(paragraphs: Sequence[Paragraph], address: str, after: str) -> Op:
    """Move a paragraph (with its sub-items) after the paragraph ``after`` names ("" / "start": first).

    A sub-item moved after an operative paragraph becomes its first sub-item,
    after another sub-item its next sibling; a preambular or operative paragraph
    moved after a sub-item goes after the whole parent block.
    """
    moved = find(paragraphs, address)
    anchor = None if after.strip().lower() in START else find(paragraphs, after)
    label = _label(paragraphs, moved)
    if anchor is not None and _within(paragraphs, anchor, moved):
        raise DraftingError(f"{label} cannot move after itself or one of its own sub-items")
    if moved.kind == "sub-item":
        if anchor is None or anchor.kind not in ("operative", "sub-item"):
            raise DraftingError(f"{label} is a sub-item: move it after an operative paragraph or a sub-item")
        op = Op("move", target=moved.id, after=anchor.id, parent=_owner(paragraphs, anchor).id)
    else:
        top = _top(paragraphs, anchor) if anchor else None
        op = Op("move", target=moved.id, after=top.id if top else "")
    if _already_there(paragraphs, moved, op):
        raise DraftingError(f"no change: {label} already stands there")
    return op


# -- helpers ------------------------------------------------------------------
def _kind(paragraphs: Sequence[Paragraph], anchor: Paragraph | None, kind: str) -> str:
    wanted = kind.strip().lower()
    if wanted:
        if wanted not in KINDS:
            raise DraftingError(f"unknown paragraph kind {kind!r} (use preambular, operative or sub-item)")
        return KINDS[wanted]
    if anchor is not None and anchor.kind in _NUMBERED:
        return anchor.kind
    start = 0 if anchor is None else paragraphs.index(anchor) + 1
    following = (p.kind for p in paragraphs[start:] if p.kind in ("preamble", "operative"))
    return next(following, "preamble" if anchor is None else "operative")


def _by_id(paragraphs: Sequence[Paragraph], pid: str) -> Paragraph:
    return next(p for p in paragraphs if p.id == pid)


def _owner(paragraphs: Sequence[Paragraph], anchor: Paragraph) -> Paragraph:
    """The paragraph a sub-item placed right after ``anchor`` belongs to (none after a decision's
    own lettered clause, an item of the text itself: refused, not yet placed)."""
    if anchor.kind == "sub-item" and not anchor.parent:
        label = _label(paragraphs, anchor)
        raise DraftingError(
            f"{label} is a clause of the decision itself: a new clause after it cannot be placed yet"
        )
    return _by_id(paragraphs, anchor.parent) if anchor.kind == "sub-item" else anchor


def _ancestors(parents: dict[str, str], pid: str) -> list[str]:
    found: list[str] = []
    while parents.get(pid) and parents[pid] not in found:
        pid = parents[pid]
        found.append(pid)
    return found


def _top(paragraphs: Sequence[Paragraph], p: Paragraph) -> Paragraph:
    """The preambular or operative paragraph whose block holds ``p`` (``p`` itself if not a sub-item)."""
    chain = _ancestors({q.id: q.parent for q in paragraphs}, p.id)
    return _by_id(paragraphs, chain[-1]) if chain else p


def _within(paragraphs: Sequence[Paragraph], p: Paragraph, root: Paragraph) -> bool:
    """Whether ``p`` is ``root`` or one of its sub-items at any depth."""
    return p.id == root.id or root.id in _ancestors({q.id: q.parent for q in paragraphs}, p.id)


def _family(paragraphs: Sequence[Paragraph], root: Paragraph) -> list[str]:
    """``root`` and its sub-items at any depth, in text order."""
    parents = {p.id: p.parent for p in paragraphs}
    return [p.id for p in paragraphs if p.id == root.id or root.id in _ancestors(parents, p.id)]


def _label(paragraphs: Sequence[Paragraph], p: Paragraph) -> str:
    number = number_paragraphs(paragraphs).get(p.id)
    return number.label if number else p.id


def _already_there(paragraphs: Sequence[Paragraph], moved: Paragraph, op: Op) -> bool:
    """Whether a move would leave the order and the parent as they are (as the engine places it)."""
    if (op.parent or moved.parent) != moved.parent:
        return False
    order = [p.id for p in paragraphs]
    block = _family(paragraphs, moved)
    moving = set(block)
    rest = [pid for pid in order if pid not in moving]
    if op.after:
        family = _family(paragraphs, _by_id(paragraphs, op.after))
        at = rest.index(op.after) + 1 if op.parent == op.after else rest.index(family[-1]) + 1
    else:
        at = 0
    return rest[:at] + block + rest[at:] == order
