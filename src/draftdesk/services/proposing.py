"""Propose: a new amendment, checked against the agreed text as it stands."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from draftdesk import storage
from draftdesk.engine.amendments import Amendment, Op
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.patches import PatchError, edits_from_patch
from draftdesk.engine.tabled import as_tabled
from draftdesk.engine.user_ops import KINDS
from draftdesk.services import checks, stamping
from draftdesk.services.errors import ServiceError, guarded
from draftdesk.services.folder import load, one_writer, signer
from draftdesk.storage import private


@one_writer
def propose(
    folder: Path,
    author: str,
    ops: Sequence[Op],
    *,
    table: bool = True,
    rationale: str = "",
    cosponsors: Iterable[str] = (),
    supersedes: str = "",
    symbol: str = "",
    written: str = "",
) -> Amendment:
    """Write a new amendment, tabled or (``table=False``) a private draft of its delegation, kept in
    this user's config folder until tabled (services/tabling.py).

    The ops address the current agreed text: each modify must have been made
    against the paragraph's agreed wording, and the amendment as a whole must
    apply. ``supersedes`` revises one's own pending amendment (keeping its ``symbol`` unless a new
    one is given). ``written`` is
    the instruction the ops were read from, kept as the record (without one,
    the written form is generated now, once); ``symbol`` names the document
    that circulated it.
    """
    stored, neg = load(folder)
    checks.org(neg, author)
    if not ops:
        raise ServiceError("an amendment needs at least one change")
    joined: list[str] = []
    for code in cosponsors:
        checks.org(neg, code)
        if code == author:
            raise ServiceError(f"{author} is the author: it cannot co-sponsor its own amendment")
        if code not in joined:
            joined.append(code)
    if supersedes:
        old = checks.amendment(neg, supersedes)
        if old.author != author:
            raise ServiceError(f"{old.id} is {old.author}'s amendment: only its author may revise it")
        checks.require(neg, old.id, ("draft", "tabled"), "revised", stored.decisions)
        supersedes, symbol = old.id, symbol or old.symbol  # the room still calls it by its document
    aid = stamping.new_id(author, stamping.ids(stored))
    amendment = Amendment(
        id=aid,
        author=author,
        ops=_completed(neg, aid, ops),
        created=stamping.stamp(stamping.times(stored)),
        base_revision=neg.draft.revision,
        cosponsors=tuple(joined),
        rationale=rationale.strip(),
        supersedes=supersedes,
        private=not table,
        symbol=" ".join(symbol.split()),
    )
    agreed = neg.text  # the text it addresses, before the trial below adds it
    trial = amendment._replace(private=False)  # a private draft is not merged: try it as if tabled
    neg.add_amendment(trial)
    state = neg.state(trial.id)
    if state.status == "fallen":
        raise ServiceError(f"the amendment does not apply to the agreed text: {neg.fall_reason(trial.id)}")
    amendment = as_tabled(amendment, agreed, written)
    acting = signer(folder, author)  # a private draft too: refused if this user cannot act as ``author``
    if amendment.private:  # kept outside the draft folder until tabled (storage/private.py)
        guarded(private.add_private, folder, amendment)
    else:
        guarded(storage.add_amendment, folder, amendment, acting)
    return amendment


def _completed(neg: Negotiation, aid: str, ops: Sequence[Op]) -> tuple[Op, ...]:
    """The ops checked against the agreed text as it stands, with what the services fill in.

    Inserted paragraphs get their ids (``{aid}-{n}``, architecture "Ids"); a
    delete records the agreed wording it removes. A modify must have been made
    against the agreed wording: one drafted on an older text is refused rather
    than guessed at.
    """
    agreed = {p.id: p for p in neg.text}
    done: list[Op] = []
    for n, op in enumerate(ops, 1):
        if op.kind == "insert" and not op.new_id:
            op = op._replace(new_id=f"{aid}-{n}")
        new = {o.new_id for o in done} | {op.new_id}
        for pid in (op.target, op.after, op.parent):
            if pid and pid not in agreed and pid not in new:
                raise ServiceError(f"no paragraph {pid} in the agreed text")
        if op.kind in ("modify", "delete", "move") and not op.target:
            raise ServiceError(f"a {op.kind} needs the paragraph it changes")
        if op.kind == "modify":
            _check_modify(neg, op, agreed[op.target].text)
        elif op.kind == "delete" and not op.base_text:
            op = op._replace(base_text=agreed[op.target].text)
        elif op.kind == "insert":
            op = _insert(op)
        done.append(op)
    return tuple(done)


def _check_modify(neg: Negotiation, op: Op, current: str) -> None:
    label = neg.label(op.target)
    if op.base_text != current:
        raise ServiceError(f"{label} has changed since this amendment was drafted: draft it again")
    try:
        edits = edits_from_patch(op.base_text, op.patch)
    except PatchError as err:
        raise ServiceError(f"{label}: {err}") from None
    if not edits:
        raise ServiceError(f"{label}: the amendment changes nothing")


def _insert(op: Op) -> Op:
    """An insert with its kind in the model's spelling ("preambular" -> "preamble"; none: operative)."""
    if not op.text.strip():
        raise ServiceError("the new paragraph has no text")
    kind = KINDS.get(op.new_kind.strip().lower() or "operative")
    if kind is None:
        raise ServiceError(f"cannot insert a paragraph of kind {op.new_kind!r} (use {', '.join(KINDS)})")
    if (kind == "sub-item") != bool(op.parent):
        raise ServiceError("a new sub-item, and only a sub-item, names the paragraph it belongs to")
    return op._replace(new_kind=kind)
