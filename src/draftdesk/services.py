"""The rules of the negotiation: who may do what, and what a valid amendment is.

The CLI and the TUI call only these functions for anything that writes, so a
delegate's accept is refused with the same message whichever interface asks
(design §6). Each function loads the draft folder afresh (``decide`` may be
given the caller's fresh state instead), checks the request against the
merged state, and writes through :mod:`draftdesk.storage`: a new immutable
file for an amendment or a decision, draft.toml for a revision or a new
organization. Every refusal is a :class:`ServiceError` whose message is one
clear line. New records are stamped after every event already known, so the
``(at, id)`` order of decisions is the order they were taken in.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import wraps
from pathlib import Path
from typing import NamedTuple, ParamSpec, TypeVar

from draftdesk import storage
from draftdesk.engine.amendment_list import amendment_list
from draftdesk.engine.amendments import ACTIONS, Amendment, Decision, Op
from draftdesk.engine.causes import PAST, just_now
from draftdesk.engine.drafting import KINDS
from draftdesk.engine.exporting import FORMATS, export_docx
from draftdesk.engine.exporting import export as export_view
from draftdesk.engine.importing import ImportFailed, decode_document, import_text
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import BASE_AUTHOR, Org
from draftdesk.engine.patches import PatchError, edits_from_patch
from draftdesk.engine.results import VIEW_NAMES
from draftdesk.engine.revision import RevisionResult
from draftdesk.engine.revision import issue_revision as revise
from draftdesk.engine.tabled import as_tabled
from draftdesk.engine.views import render

ALLOWED: dict[str, tuple[str, ...]] = {
    "table": ("draft",),
    "withdraw": ("draft", "tabled"),
    "cosponsor": ("tabled",),
    "reinstate": ("withdrawn", "rejected"),
    "accept": ("tabled",),
    "reject": ("tabled",),
}
"""The statuses each action may be taken on."""
DONE = {action: PAST[action] for action in ACTIONS}

EXPORT_FORMATS: tuple[str, ...] = (*FORMATS, "docx", "list")
"""What ``export`` writes: the document in txt/md/html/docx, or the list of amendments."""

_BASE32 = "abcdefghijklmnopqrstuvwxyz234567"
_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_TICK = timedelta(microseconds=1)
_P = ParamSpec("_P")
_T = TypeVar("_T")


class ServiceError(Exception):
    """A request refused by the rules, or a folder that cannot be read; one clear line."""


@dataclass(frozen=True, slots=True)
class Event:
    """One entry of ``draftdesk log``: an amendment proposed or drafted, or a decision on one."""

    at: datetime
    by: str
    action: str
    """``propose`` (tabled when written), ``draft`` (private), or a decision's action."""
    amendment: str
    id: str
    note: str = ""


# -- reading ----------------------------------------------------------------------------
def negotiation(folder: Path) -> Negotiation:
    """Load a draft folder and merge it."""
    return _load(folder)[1]


def log(folder: Path) -> list[Event]:
    """Every amendment and decision of the folder, oldest first (ties broken by id)."""
    stored = _load(folder)[0]
    events = [
        Event(a.created, a.author, "draft" if a.private else "propose", a.id, a.id, a.rationale)
        for a in stored.amendments
    ]
    events += [Event(d.at, d.by, d.action, d.amendment, d.id, d.note) for d in stored.decisions]
    return sorted(events, key=lambda e: (e.at, e.id))


def export(folder: Path, *, fmt: str, view: str = "agreed", out: Path | None = None) -> str | bytes:
    """The agreed text (or another view) as a document, or the list of amendments (``fmt="list"``).

    Returns the text (bytes for docx); with ``out``, also writes it there atomically.
    """
    if fmt not in EXPORT_FORMATS:
        raise ServiceError(f"unknown export format {fmt!r} (use {', '.join(EXPORT_FORMATS)})")
    if view not in VIEW_NAMES:
        raise ServiceError(f"unknown view {view!r} (use {', '.join(VIEW_NAMES)})")
    neg = negotiation(folder)
    data: str | bytes
    if fmt == "list":
        data = amendment_list(neg, "txt")
    elif fmt == "docx":
        data = export_docx(neg.draft, render(neg, view))  # type: ignore[arg-type]
    else:
        data = export_view(neg.draft, render(neg, view), fmt)  # type: ignore[arg-type]
    if out is not None:
        _guard(storage.write_file, out, data)
    return data


# -- writing ----------------------------------------------------------------------------
def import_document(
    source: Path, drafts: Path, *, slug: str | None = None, chair: str | None = None
) -> tuple[Path, list[str]]:
    """Import a plain-text document as a new draft folder ``drafts/<slug>``; returns it and the warnings."""
    name = slug or _slug(source.stem)
    if not name or "/" in name or name.startswith("."):
        raise ServiceError(f"not a usable draft name: {name!r} (give --slug)")
    folder = drafts / name
    if folder.exists():
        raise ServiceError(f"{folder} already exists: choose another --slug")
    try:
        data = source.read_bytes()
    except OSError as err:
        raise ServiceError(f"{source}: cannot read: {err.strerror or err}") from None
    try:
        result = import_text(decode_document(data), slug=name, chair=chair)
    except ImportFailed as err:
        raise ServiceError(f"{source}: {err}") from None
    _guard(storage.create, folder, result.draft)
    return folder, list(result.warnings)


def _one_writer(service: Callable[_P, _T]) -> Callable[_P, _T]:
    """Run a check-then-write service holding the folder's lock (storage.locked says why)."""

    @wraps(service)
    def serialised(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        try:
            with storage.locked(args[0]):  # type: ignore[arg-type]
                return service(*args, **kwargs)
        except storage.StorageError as err:  # the lock itself (the body's storage calls are guarded)
            raise ServiceError(str(err)) from None

    return serialised


@_one_writer
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
    """Write a new amendment, tabled or (``table=False``) a private draft of its delegation.

    The ops address the current agreed text: each modify must have been made
    against the paragraph's agreed wording, and the amendment as a whole must
    apply. ``supersedes`` revises one's own pending amendment. ``written`` is
    the instruction the ops were read from, kept as the record (without one,
    the written form is generated now, once); ``symbol`` names the document
    that circulated it.
    """
    stored, neg = _load(folder)
    _org(neg, author)
    if not ops:
        raise ServiceError("an amendment needs at least one change")
    joined: list[str] = []
    for code in cosponsors:
        _org(neg, code)
        if code == author:
            raise ServiceError(f"{author} is the author: it cannot co-sponsor its own amendment")
        if code not in joined:
            joined.append(code)
    if supersedes:
        old = _amendment(neg, supersedes)
        if old.author != author:
            raise ServiceError(f"{old.id} is {old.author}'s amendment: only its author may revise it")
        _require(neg, old.id, ("draft", "tabled"), "revised", stored.decisions)
        supersedes = old.id
    aid = _new_id(author, _ids(stored))
    amendment = Amendment(
        id=aid,
        author=author,
        ops=_completed(neg, aid, ops),
        created=_stamp(_times(stored)),
        base_revision=neg.draft.revision,
        cosponsors=tuple(joined),
        rationale=rationale.strip(),
        supersedes=supersedes,
        private=not table,
        symbol=" ".join(symbol.split()),
    )
    agreed = neg.agreed  # the text it addresses, before the trial below adds it
    trial = replace(amendment, private=False)  # a private draft is not merged: try it as if tabled
    neg.add_amendment(trial)
    state = neg.state(trial.id)
    if state.status == "fallen":
        raise ServiceError(f"the amendment does not apply to the agreed text: {state.reason}")
    amendment = as_tabled(amendment, agreed, written)
    _guard(storage.add_amendment, folder, amendment)
    return amendment


class Taken(NamedTuple):
    """A decision as stored, the statuses before it and the merged state after it, read under the lock."""

    decision: Decision
    before: dict[str, str]
    after: Negotiation


@_one_writer
def take(folder: Path, by: str, amendment: str, action: str, note: str = "") -> Taken:
    """Record ``by``'s ``action`` on an amendment, checked against the folder as read under its lock.

    Two decisions taken at the same moment take turns: the second is checked
    against the first, and refused with what happened ("… fell when … was
    accepted a moment ago") instead of being stored to change nothing.
    """
    stored, neg = _load(folder)
    before = {aid: state.status for aid, state in neg.states().items()}
    decision = _checked(neg, stored.decisions, by, amendment, action, note, _ids(stored), _times(stored))
    _guard(storage.add_decision, folder, decision)
    neg.add_decision(decision)
    return Taken(decision, before, neg)


def decide(folder: Path, by: str, amendment: str, action: str, note: str = "") -> Decision:
    """Record ``by``'s ``action`` on an amendment, if the rules allow it (see :func:`take`)."""
    return take(folder, by, amendment, action, note).decision


def new_decision(
    folder: Path, by: str, amendment: str, action: str, note: str = "", *, current: Negotiation | None = None
) -> Decision:
    """``by``'s ``action`` on an amendment, checked against the rules (module docstring), not yet stored.

    ``current`` is the caller's merged state of the folder, if it keeps one
    fresh (the TUI, through its watcher): checked against instead of loading
    the folder again. It is not changed. This check lets the TUI show the
    decision at once; :func:`record_decision` checks it again under the lock.
    """
    if current is None:
        stored, neg = _load(folder)
        return _checked(neg, stored.decisions, by, amendment, action, note, _ids(stored), _times(stored))
    times = [] if current.last_event is None else [current.last_event]
    # the ids are looked up, not copied: thousands of them at each decision
    return _checked(current, (), by, amendment, action, note, current.amendments.keys(), times)


@_one_writer
def record_decision(folder: Path, decision: Decision) -> Decision:
    """Store a decision made by :func:`new_decision`, checked again against the folder as read under
    its lock (refused, saying what happened, if another act came first); returns it as stored, stamped
    after every event on disk."""
    stored, neg = _load(folder)
    taken = _ids(stored)
    checked = _checked(
        neg, stored.decisions, decision.by, decision.amendment, decision.action, decision.note, taken, ()
    )
    latest = max(_times(stored), default=None)
    at = decision.at if latest is None or decision.at > latest else latest + _TICK
    stored_as = replace(
        decision,
        id=checked.id if decision.id in taken else decision.id,
        at=at,
        revision=neg.draft.revision,
    )
    _guard(storage.add_decision, folder, stored_as)
    return stored_as


def _checked(
    neg: Negotiation,
    history: Iterable[Decision],
    by: str,
    amendment: str,
    action: str,
    note: str,
    taken: Collection[str],
    times: Iterable[datetime],
) -> Decision:
    """The decision, if the rules allow it on ``neg``; ``history`` (the decisions read) explains a
    refusal that another act has just caused."""
    if action not in ACTIONS:
        raise ServiceError(f"unknown action {action!r} (use {', '.join(ACTIONS)})")
    org = _org(neg, by)
    target = _amendment(neg, amendment)
    aid, author = target.id, target.author
    if action in ("accept", "reject", "reinstate") and not org.is_chair:
        raise ServiceError(f"only the chair may {action} an amendment; {by} does not hold the chair")
    if action in ("table", "withdraw") and by != author:
        raise ServiceError(f"{aid} is {author}'s amendment: only its author may {action} it")
    if action == "cosponsor":
        if by == author:
            raise ServiceError(f"{aid} is {by}'s own amendment: its author cannot co-sponsor it")
        if by in neg.state(aid).cosponsors:
            raise ServiceError(f"{by} already co-sponsors {aid}")
    _require(neg, aid, ALLOWED[action], DONE[action], history)
    return Decision(
        id=_new_id(by, taken),
        amendment=aid,
        action=action,  # type: ignore[arg-type]
        by=by,
        at=_stamp(times),
        revision=neg.draft.revision,
        note=note.strip(),
    )


@_one_writer
def issue_revision(folder: Path, by: str) -> RevisionResult:
    """The chair makes the agreed text the base of Rev.N+1; the old base is kept in revisions/."""
    neg = negotiation(folder)
    _chair(neg, by, "issue a revision")
    result = revise(neg)
    _guard(storage.archive_revision, folder, neg.draft)
    _guard(storage.save_draft, folder, result.draft)
    return result


@_one_writer
def add_org(folder: Path, by: str, code: str, name: str) -> Org:
    """The chair adds an organization; its colour is left to the theme."""
    neg = negotiation(folder)
    _chair(neg, by, "add an organization")
    code, name = code.strip(), " ".join(name.split())
    if not _CODE_RE.match(code) or code.lower() == BASE_AUTHOR:
        raise ServiceError(f"not a usable organization code: {code!r} (letters and digits, e.g. UNDP)")
    taken = next((o.code for o in neg.draft.orgs if o.code.lower() == code.lower()), None)
    if taken:
        raise ServiceError(f"organization {taken} already exists")
    if not name:
        raise ServiceError(f"organization {code} needs a name")
    org = Org(code, name)
    _guard(storage.save_draft, folder, replace(neg.draft, orgs=[*neg.draft.orgs, org]))
    return org


# -- helpers ----------------------------------------------------------------------------
def _guard(call: Callable[_P, _T], *args: _P.args, **kwargs: _P.kwargs) -> _T:
    """Run a storage call, turning its errors into a ServiceError with the same one line."""
    try:
        return call(*args, **kwargs)
    except storage.StorageError as err:
        raise ServiceError(str(err)) from None
    except OSError as err:
        raise ServiceError(f"{err.filename or args[0]}: {err.strerror or err}") from None


def _load(folder: Path) -> tuple[storage.Stored, Negotiation]:
    stored = _guard(storage.load, folder)
    return stored, Negotiation(stored.draft, stored.amendments, stored.decisions)


def _org(neg: Negotiation, code: str) -> Org:
    org = neg.draft.org(code)
    if org is None:
        known = ", ".join(o.code for o in neg.draft.orgs)
        raise ServiceError(f"unknown organization {code!r} (known: {known})")
    return org


def _chair(neg: Negotiation, by: str, what: str) -> None:
    if not _org(neg, by).is_chair:
        raise ServiceError(f"only the chair may {what}; {by} does not hold the chair")


def _amendment(neg: Negotiation, ref: str) -> Amendment:
    """An amendment by id, or by a prefix of its id that names only one."""
    ref = ref.strip()
    if ref in neg.amendments:
        return neg.amendments[ref]
    found = [aid for aid in neg.amendments if ref and aid.startswith(ref)]
    if len(found) == 1:
        return neg.amendments[found[0]]
    if found:
        raise ServiceError(f"{ref!r} names {len(found)} amendments: give more of the id")
    raise ServiceError(f"no amendment {ref!r} in this draft")


def _require(
    neg: Negotiation, aid: str, allowed: tuple[str, ...], done: str, history: Iterable[Decision] = ()
) -> None:
    state = neg.state(aid)
    if state.status in allowed:
        return
    cause = just_now(neg, aid, history, datetime.now(UTC))
    if cause:
        raise ServiceError(f"{cause}: it cannot be {done}")
    why = f" ({state.reason})" if state.reason else ""
    if state.status == "draft":
        why = " (a private draft: its author must table it first)"
    raise ServiceError(f"{aid} is {state.status}{why}: it cannot be {done}")


def _completed(neg: Negotiation, aid: str, ops: Sequence[Op]) -> tuple[Op, ...]:
    """The ops checked against the agreed text as it stands, with what the services fill in.

    Inserted paragraphs get their ids (``{aid}-{n}``, architecture "Ids"); a
    delete records the agreed wording it removes. A modify must have been made
    against the agreed wording: one drafted on an older text is refused rather
    than guessed at.
    """
    agreed = {p.id: p for p in neg.agreed}
    done: list[Op] = []
    for n, op in enumerate(ops, 1):
        if op.kind == "insert" and not op.new_id:
            op = replace(op, new_id=f"{aid}-{n}")
        new = {o.new_id for o in done} | {op.new_id}
        for pid in (op.target, op.after, op.parent):
            if pid and pid not in agreed and pid not in new:
                raise ServiceError(f"no paragraph {pid} in the agreed text")
        if op.kind in ("modify", "delete", "move") and not op.target:
            raise ServiceError(f"a {op.kind} needs the paragraph it changes")
        if op.kind == "modify":
            _check_modify(neg, op, agreed[op.target].text)
        elif op.kind == "delete" and not op.base_text:
            op = replace(op, base_text=agreed[op.target].text)
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
    return replace(op, new_kind=kind)


def _ids(stored: storage.Stored) -> set[str]:
    return {a.id for a in stored.amendments} | {d.id for d in stored.decisions}


def _times(stored: storage.Stored) -> list[datetime]:
    return [a.created for a in stored.amendments] + [d.at for d in stored.decisions]


def _new_id(org: str, taken: Collection[str]) -> str:
    """``ORG-YYYYMMDDTHHMMSS`` + 4 random base32 characters: sortable by time, unique.

    An id already known is drawn again (the same org acting twice in a second);
    another process's file of the same name is refused by storage.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    while True:
        new = f"{org}-{stamp}{''.join(secrets.choice(_BASE32) for _ in range(4))}"
        if new not in taken:
            return new


def _stamp(times: Iterable[datetime]) -> datetime:
    """Now, but after every event known, so a decision never sorts before one it follows."""
    now = datetime.now(UTC)
    latest = max(times, default=None)
    return max(now, latest + _TICK) if latest is not None else now


def _slug(stem: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
