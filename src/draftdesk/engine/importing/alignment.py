"""A revised text of a draft (its Rev.1, a new text of the same draft) lined up with the current one.

Paragraphs of the new text take the ids of the paragraphs they revise, so amendments and
decisions that point at them keep pointing at the same paragraph, and the concordance of numbers
reads as ``revise`` prints it. Unchanged paragraphs match first (a longest-common-subsequence of
whole texts); between two matches, new and old paragraphs of the same kind are paired the most
alike first, in order, when they share at least half of the shorter one's words — so that a
paragraph that grows ("Takes note of the report" → "Welcomes the report … on the legacy of …") is
still the same paragraph. The rest are new or gone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher

from draftdesk.engine.model import Draft, Paragraph, plain_text
from draftdesk.engine.numbering import labels

_SAME_ENOUGH = 0.5
_ID = re.compile(r"^p-(\d+)$")


def as_revision_of(current: Draft, new: Draft) -> tuple[Draft, list[tuple[str, str]]]:
    """The new text as the next revision of ``current`` (its organizations and slug kept), and the
    concordance: (old label, new label) for every numbered paragraph, "" where there is none."""
    ids = _match(current.paragraphs, new.paragraphs)
    fresh = max((int(m.group(1)) for p in current.paragraphs if (m := _ID.match(p.id))), default=0)
    for p in new.paragraphs:
        if p.id not in ids:
            fresh += 1
            ids[p.id] = f"p-{fresh:04d}"
    paragraphs = [replace(p, id=ids[p.id], parent=ids.get(p.parent, "")) for p in new.paragraphs]
    draft = replace(new, slug=current.slug, orgs=list(current.orgs), revision=current.revision + 1)
    draft.paragraphs = paragraphs
    old, got = labels(current.paragraphs), labels(paragraphs)
    concordance = [(label, got.get(pid, "")) for pid, label in old.items()]
    concordance += [("", label) for pid, label in got.items() if pid not in old]
    return draft, concordance


def _match(old: list[Paragraph], new: list[Paragraph]) -> dict[str, str]:
    """New paragraph id -> the id of the old paragraph it revises."""
    texts_old = [plain_text(p.text) for p in old]
    texts_new = [plain_text(p.text) for p in new]
    out: dict[str, str] = {}
    matcher = SequenceMatcher(None, texts_old, texts_new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.update((new[j].id, old[i].id) for i, j in zip(range(i1, i2), range(j1, j2), strict=True))
        elif tag == "replace":
            out.update(_revised(old[i1:i2], new[j1:j2]))
    return out


def _revised(old: list[Paragraph], new: list[Paragraph]) -> dict[str, str]:
    """Within a changed stretch: pairs of one new and one old paragraph of the same kind, the most
    alike first, each kept only when it keeps the order of the pairs already taken (a new paragraph
    that shares an old one's words must not take it from its real revision further down)."""
    words_old = [plain_text(o.text).split() for o in old]
    scored = sorted(
        (
            (-score, j, i)
            for j, p in enumerate(new)
            for i, o in enumerate(old)
            if o.kind == p.kind
            and (score := _shared(words_old[i], plain_text(p.text).split())) >= _SAME_ENOUGH
        ),
    )
    taken: list[tuple[int, int]] = []
    for _, j, i in scored:
        if all((j - tj) * (i - ti) > 0 for tj, ti in taken):
            taken.append((j, i))
    return {new[j].id: old[i].id for j, i in taken}


def _shared(old: list[str], new: list[str]) -> float:
    """The share of the shorter paragraph's words that the other has, in the same order."""
    if not old or not new:
        return 0.0
    blocks = SequenceMatcher(None, old, new, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks) / min(len(old), len(new))
