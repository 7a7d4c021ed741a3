"""The written form of an amendment: one sentence per operation, deletions joined, numbered when several."""

from __future__ import annotations

from collections.abc import Sequence

from draftdesk.engine.amendments import Amendment, Op
from draftdesk.engine.instructions.changes import Changes, quote
from draftdesk.engine.instructions.errors import InstructionError
from draftdesk.engine.instructions.paragraphs import KIND_WORDS, Paragraphs, numbered_text
from draftdesk.engine.instructions.reading import Reader
from draftdesk.engine.model import Paragraph
from draftdesk.engine.patches import PatchError, apply_edits, edits_from_patch


def _modify_sentence(op: Op, paras: Paragraphs) -> str:
    name = paras.name(op.target)
    try:
        edits = edits_from_patch(op.base_text, op.patch)
    except PatchError:
        return f"In {name}, a change whose stored patch does not match its text."
    if not edits:
        return f"In {name}, no change."
    new = apply_edits(op.base_text, edits)
    clauses = Changes(op.base_text, edits).clauses()
    whole = f"Replace {name} with the following text:\n{quote(new)}"
    if clauses is None:
        return whole
    sentence = f"In {name}, " + "; ".join(clauses) + "."
    return sentence if len(clauses) == 1 or _reads_back(sentence, paras, new) else whole


def _reads_back(sentence: str, paras: Paragraphs, new: str) -> bool:
    """Whether ``sentence`` read as a delegation reads it gives ``new``. Each clause was fitted to
    the paragraph as it stands, but a reader takes each on the words the clauses before it left:
    a word they inserted can make a later quote ambiguous ("before “welcome”" after inserting
    "welcome" at the beginning)."""
    try:
        (op,) = Reader(sentence, paras).read()
        return apply_edits(op.base_text, edits_from_patch(op.base_text, op.patch)) == new
    except (InstructionError, PatchError, ValueError):
        return False


def _following(paras: Paragraphs, after: str) -> list[str]:
    """Numbered paragraphs just after a position, to name it "before …"."""
    ids = [p.id for p in paras.list]
    start = ids.index(after) + 1 if after in ids else 0
    return [pid for pid in ids[start:] if pid in paras.label_of][:3]


def _ordered(paras: Paragraphs, after: str, at: str, before: list[str]) -> list[str]:
    """Naming the anchor by its number reads best, then "before" the next numbered paragraph, then an id."""
    return [at, *before] if not after or after in paras.label_of else [*before, at]


def _fitting(candidates: list[str], paras: Paragraphs, key: tuple[str, ...], fields: tuple[str, ...]) -> str:
    """The first sentence that parses back to an operation with these fields."""
    for sentence in candidates:
        try:
            ops = Reader(sentence, paras).read()
        except InstructionError:
            continue
        if len(ops) == 1 and tuple(getattr(ops[0], f) for f in fields) == key:
            return sentence
    return candidates[0]


def _insert_sentence(op: Op, paras: Paragraphs) -> str:
    what = f"insert a new {KIND_WORDS.get(op.new_kind, 'paragraph')}, reading:\n{quote(op.text)}"
    at = f"After {paras.name(op.after)}, {what}" if op.after else f"At the beginning, {what}"
    before = [f"Before {paras.name(pid)}, {what}" for pid in _following(paras, op.after)]
    candidates = _ordered(paras, op.after, at, before)
    fields = ("after", "new_kind", "parent", "text")
    return _fitting(candidates, paras, (op.after, op.new_kind, op.parent, " ".join(op.text.split())), fields)


def _move_sentence(op: Op, paras: Paragraphs) -> str:
    moved = paras.name(op.target)
    under = f", as a sub-paragraph of {paras.name(op.parent)}" if op.parent else ""
    where = f"to follow {paras.name(op.after)}" if op.after else "to the beginning"
    before = [f"Move {moved} to precede {paras.name(pid)}{under}." for pid in _following(paras, op.after)]
    candidates = _ordered(paras, op.after, f"Move {moved} {where}{under}.", before)
    return _fitting(candidates, paras, (op.target, op.after, op.parent), ("target", "after", "parent"))


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _as_they_stand(ops: Sequence[Op], paras: Paragraphs) -> list[Op]:
    """The operations, those placed at one point in the order they will stand there: each goes
    right after it, so the last one stands first, and a list names them in their order (:mod:`.layout`).
    In the text itself, after a paragraph and after its last sub-item are one point."""
    out = list(ops)
    places: dict[tuple[str, str], list[int]] = {}
    for n, op in enumerate(ops):
        if op.kind in ("insert", "move") and op.after:
            point = op.after
            while not op.parent and point in paras.by_id and paras.by_id[point].parent:
                point = paras.by_id[point].parent
            places.setdefault((point, op.parent), []).append(n)
    for at in places.values():
        for n, m in zip(at, reversed(at), strict=True):
            out[n] = ops[m]
    return out


def written_form(amendment: Amendment, paragraphs: Sequence[Paragraph] | Paragraphs) -> str:
    """The amendment as delegations write it, naming paragraphs by their numbers in ``paragraphs``
    (a text's :class:`Paragraphs` when the caller writes many against one text).

    Deletions are joined in one sentence; several sentences are numbered "1. …".
    """
    paras = numbered_text(paragraphs)
    sentences: list[str] = []
    deleted = [paras.name(op.target) for op in amendment.ops if op.kind == "delete"]
    for op in _as_they_stand(amendment.ops, paras):
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
