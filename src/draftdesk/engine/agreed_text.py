"""The agreed text as a mutable working state, and one amendment tried against it as a whole.

An amendment is tried on a transaction (overlay dicts, a copy of the order only
when it moves paragraphs): if any of its operations cannot apply, nothing is
committed and the failure names the paragraph and the words. Trying and
committing are separate so the merge can test pending amendments without
changing anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import partial

from draftdesk.engine import closing
from draftdesk.engine.amendments import Amendment, Op
from draftdesk.engine.attribution import Authors, apply_to_authors, written_by
from draftdesk.engine.competition import Claim
from draftdesk.engine.markup import printed
from draftdesk.engine.model import BASE_AUTHOR, FOOTNOTE_REF_RE, Footnote, Paragraph
from draftdesk.engine.patches import Edit, PatchError, apply_edits, edits_from_patch
from draftdesk.engine.strict import Segment, Unmapped, equal_segments, map_edits, updated_segments


class OpFailed(ValueError):
    """An operation that cannot apply to the agreed text; ``paragraph`` is the id it concerns.

    ``changed``: an accepted amendment changed or deleted what it needed (``needed``: the edit, on
    its tabled text, that no longer maps); ``by``: the amendments this revision's merge applied to
    the paragraph, in order (:mod:`.fall_causes` finds among them the one that took the words)."""

    def __init__(
        self,
        paragraph: str,
        detail: str,
        *,
        by: tuple[str, ...] = (),
        changed: bool = False,
        needed: Edit | None = None,
    ) -> None:
        super().__init__(detail)
        self.paragraph = paragraph
        self.detail = detail
        self.by = by
        self.changed = changed
        self.needed = needed


@dataclass(slots=True)
class AgreedText:
    """Paragraph order, texts, who wrote them, and who last changed or deleted each paragraph.

    ``origin`` is each paragraph's text at the start of the revision (or when it
    was inserted) and ``unchanged`` the stretches of it still standing, so that
    edits made against the original text map without a diff.
    """

    order: list[str]
    paras: dict[str, Paragraph]
    runs: dict[str, Authors]
    origin: dict[str, str]
    unchanged: dict[str, tuple[Segment, ...]]
    writers: dict[str, list[str]] = field(default_factory=dict)
    """The amendments that changed each paragraph in this revision, in the order applied."""
    gone: dict[str, str] = field(default_factory=dict)
    diffs: dict[str, dict[tuple[str, str], tuple[Segment, ...]]] = field(default_factory=dict)
    """Word diffs of a paragraph's texts (an amendment's base, the text as it stands), kept until the
    paragraph changes: the pending amendments tabled against one text ask for the same diff."""
    closes: bool = False
    """The last operative paragraph ends with "." and the others with ";" (:mod:`.closing`)."""

    @classmethod
    def of(
        cls, paragraphs: list[Paragraph], title: Paragraph | None = None, closes: bool = False
    ) -> AgreedText:
        """The text of a revision; its ``title`` is amended like a paragraph but stands outside the
        order of the body (nothing is inserted before it, nothing numbers it)."""
        every = [title, *paragraphs] if title is not None else paragraphs
        return cls(
            [p.id for p in paragraphs],
            {p.id: p for p in every},
            {p.id: _authors(p) for p in every},
            {p.id: p.text for p in every},
            {p.id: ((0, len(p.text), 0),) for p in every},
            closes=closes,
        )

    def paragraphs(self) -> list[Paragraph]:
        return [self.paras[pid] for pid in self.order]

    def word_segments(self, pid: str, base: str, current: str) -> tuple[Segment, ...]:
        """``equal_segments(base, current)`` of paragraph ``pid``, made once while it stands."""
        kept = self.diffs.setdefault(pid, {})
        found = kept.get((base, current))
        if found is None:
            found = kept[base, current] = equal_segments(base, current)
        return found


def _authors(paragraph: Paragraph) -> Authors:
    """Who wrote a paragraph of the base text: as it records, if that covers its text exactly (a
    hand-edited text no longer does), else the base text."""
    authors = paragraph.authors
    if authors and sum(authors[1::2]) == len(paragraph.text):  # type: ignore[arg-type]
        return authors
    return written_by(BASE_AUTHOR, paragraph.text)


@dataclass(slots=True)
class Outcome:
    """What an amendment would change: commit it with :func:`commit`."""

    amendment: Amendment
    check: bool = False
    paras: dict[str, Paragraph] = field(default_factory=dict)
    runs: dict[str, Authors] = field(default_factory=dict)
    unchanged: dict[str, tuple[Segment, ...]] = field(default_factory=dict)
    removed: set[str] = field(default_factory=set)
    order: list[str] | None = None
    claims: dict[str, Claim] = field(default_factory=dict)

    @property
    def touched(self) -> set[str]:
        return set(self.paras) | self.removed | set(self.claims)


def attempt(state: AgreedText, amendment: Amendment, attribute: bool = True, check: bool = False) -> Outcome:
    """Try every op of an amendment; raises OpFailed at the first that cannot apply.

    ``check`` only asks whether it applies and what it claims: a single-op
    amendment's new text is then not built (it is never committed).
    """
    out = Outcome(amendment, check=check and len(amendment.ops) == 1)
    for op in amendment.ops:
        _APPLY[op.kind](state, out, op, attribute)
    return out


def pending_claims(state: AgreedText, amendment: Amendment) -> dict[str, Claim]:
    """What a pending amendment claims on the agreed text; raises OpFailed when it cannot apply.

    A merge asks this of every tabled amendment, so the usual one, a single
    modify of a paragraph that stands, is mapped directly, without a transaction.
    """
    op = amendment.ops[0] if len(amendment.ops) == 1 else None
    if op is not None and op.kind == "modify" and op.target in state.paras:
        pid = op.target
        edits = _mapped(state, op, state.paras[pid].text, state.unchanged.get(pid, ()))
        return {pid: Claim("edit", tuple(edits))}
    return attempt(state, amendment, attribute=False, check=True).claims


def commit(state: AgreedText, out: Outcome) -> None:
    author = out.amendment.id
    last = closing.last_of(state) if state.closes and out.order is not None else None
    if out.order is not None:
        state.order = out.order
    for pid in out.removed:
        for table in (state.paras, state.runs, state.origin, state.unchanged, state.diffs):
            table.pop(pid, None)
        state.gone[pid] = author
    for pid, paragraph in out.paras.items():
        state.origin.setdefault(pid, paragraph.text)
        state.diffs.pop(pid, None)
    state.paras.update(out.paras)
    state.runs.update(out.runs)
    state.unchanged.update(out.unchanged)
    for pid in out.paras:
        state.writers.setdefault(pid, []).append(author)
    if last is not None:  # paragraphs came, went or moved: the last may be another
        closing.reclose(state, out, last)


def _get(state: AgreedText, out: Outcome, pid: str) -> Paragraph:
    if pid in out.paras:
        return out.paras[pid]
    if pid in state.paras and pid not in out.removed:
        return state.paras[pid]
    by = out.amendment.id if pid in out.removed else state.gone.get(pid, "")
    raise OpFailed(pid, "the paragraph was deleted", by=(by,) if by else (), changed=True)


def _order(state: AgreedText, out: Outcome) -> list[str]:
    if out.order is None:
        out.order = list(state.order)
    return out.order


def _block(state: AgreedText, out: Outcome, order: list[str], pid: str) -> tuple[int, int]:
    """The slice of ``order`` holding a paragraph and its sub-items."""
    start = order.index(pid)
    family = {pid}
    end = start + 1
    while end < len(order) and _get(state, out, order[end]).parent in family:
        family.add(order[end])
        end += 1
    return start, end


def _position(state: AgreedText, out: Outcome, order: list[str], after: str, parent: str) -> int:
    """Where a paragraph goes after ``after``: past its sub-items unless it becomes its first one."""
    if not after:
        return 0
    _get(state, out, after)
    start, end = _block(state, out, order, after)
    return start + 1 if parent == after else end


def _modify(state: AgreedText, out: Outcome, op: Op, attribute: bool) -> None:
    pid = op.target
    current = _get(state, out, pid)
    unchanged = out.unchanged[pid] if pid in out.unchanged else state.unchanged.get(pid, ())
    edits = _mapped(state, op, current.text, unchanged, out.amendment.id if pid in out.paras else "")
    out.claims[pid] = Claim("edit", tuple(edits))
    if out.check:
        return
    out.paras[pid] = _noted(current, apply_edits(current.text, edits), op.notes)
    out.unchanged[pid] = updated_segments(unchanged, edits)
    if attribute:
        runs = out.runs.get(pid, state.runs.get(pid, ()))
        out.runs[pid] = apply_to_authors(runs, edits, out.amendment.author)


def _noted(paragraph: Paragraph, text: str, brought: tuple[Footnote, ...]) -> Paragraph:
    """The paragraph with its new text and the notes the new words bring, less those whose last
    reference the change deleted (a note the paragraph never cited stays)."""
    if not paragraph.footnotes and not brought:
        return paragraph.with_text(text)
    gone = set(FOOTNOTE_REF_RE.findall(paragraph.text)) - set(FOOTNOTE_REF_RE.findall(text))
    notes = tuple(note for note in (*paragraph.footnotes, *brought) if note.mark not in gone)
    return replace(paragraph, text=text, footnotes=notes)


def _mapped(
    state: AgreedText, op: Op, current: str, unchanged: tuple[Segment, ...], mine: str = ""
) -> list[Edit]:
    """A modify op's edits on the paragraph's ``current`` text (``unchanged``: its stretches standing;
    ``mine``: the amendment, when an earlier op of its own changed the paragraph: a cause too, so
    no later acceptance is named for a fall that happened before it)."""
    known = unchanged if op.base_text == state.origin.get(op.target) else None
    try:
        edits = edits_from_patch(op.base_text, op.patch)
        diff = partial(state.word_segments, op.target)
        return map_edits(op.base_text, current, edits, known, op.needs, diff)
    except PatchError:
        raise OpFailed(op.target, "the stored patch does not match its base text") from None
    except Unmapped as err:
        by = (*state.writers.get(op.target, ()), *((mine,) if mine else ()))
        raise OpFailed(
            op.target, f"“{printed(err.words)}” was changed", by=by, changed=True, needed=err.edit
        ) from None


def _insert(state: AgreedText, out: Outcome, op: Op, attribute: bool) -> None:
    if op.new_id in state.paras or op.new_id in out.paras or op.new_id in state.gone:
        raise OpFailed(op.new_id, "the paragraph it inserts is already there")
    if op.parent:
        _get(state, out, op.parent)
    order = _order(state, out)
    at = _position(state, out, order, op.after, op.parent)
    part = _get(state, out, op.after).part if op.after else ""
    order.insert(at, op.new_id)
    kind = op.new_kind or "operative"
    out.paras[op.new_id] = Paragraph(op.new_id, kind, op.text, op.parent, part, op.notes)  # type: ignore[arg-type]
    out.unchanged[op.new_id] = ((0, len(op.text), 0),)
    if attribute:
        out.runs[op.new_id] = written_by(out.amendment.author, op.text)
    if op.after:
        out.claims.setdefault(op.after, Claim("anchor"))


def _delete(state: AgreedText, out: Outcome, op: Op, attribute: bool) -> None:
    _get(state, out, op.target)
    order = _order(state, out)
    start, end = _block(state, out, order, op.target)
    for pid in order[start:end]:
        out.paras.pop(pid, None)
        out.runs.pop(pid, None)
        out.removed.add(pid)
    del order[start:end]
    out.claims[op.target] = Claim("delete")


def _move(state: AgreedText, out: Outcome, op: Op, attribute: bool) -> None:
    moved = _get(state, out, op.target)
    order = _order(state, out)
    start, end = _block(state, out, order, op.target)
    block = order[start:end]
    if op.after in block:
        raise OpFailed(op.target, "a paragraph cannot move after itself")
    del order[start:end]
    parent = op.parent or moved.parent
    at = _position(state, out, order, op.after, parent)
    order[at:at] = block
    if parent != moved.parent:
        out.paras[op.target] = replace(moved, parent=parent)
    out.claims[op.target] = Claim("move")
    if op.after:
        out.claims.setdefault(op.after, Claim("anchor"))


_APPLY = {"modify": _modify, "insert": _insert, "delete": _delete, "move": _move}
