"""A delegation's Word file with tracked changes -> the ops of an amendment against the agreed text.

The file's paragraphs, read with their changes rejected, are lined up with the
agreed text (a longest-common-subsequence match on their plain words, so the
title block, a legend or a note the file adds are passed over). Paragraphs whose
mark is struck run on into the next, as Word joins them when the change is
accepted; each such run of paragraphs (most often one) is revised as a whole:
its words, as accepted, go to the first agreed paragraph that keeps words (a
modify; the paragraphs joined into it are deleted, their notes brought along),
a run whose every word and mark is struck is deleted, and a run that is all new
is inserted after the agreed paragraph before it, of the kind its list level or
style says.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from functools import reduce

from draftdesk.engine.amendments import Op
from draftdesk.engine.importing.docx_reader import WordParagraph, read_docx, run_on
from draftdesk.engine.model import FOOTNOTE_REF_RE, Paragraph, plain_text
from draftdesk.engine.user_ops import DraftingError, insert_op, modify_op

_STYLE_KINDS = {
    "Preambular Paragraph": "preamble",
    "Operative Paragraph": "operative",
    "Sub-item": "sub-item",
}


def _words(text: str) -> str:
    return " ".join(plain_text(text).split())


def _kind(p: WordParagraph) -> str:
    if p.level is not None:
        return "operative" if p.level == 0 else "sub-item"
    return _STYLE_KINDS.get(p.style, "")


def _joined(paragraphs: list[WordParagraph]) -> list[list[int]]:
    """The file's paragraphs in runs that stand as one once the changes are accepted: each run ends
    at a paragraph whose mark is not struck."""
    runs: list[list[int]] = [[]]
    for i, p in enumerate(paragraphs):
        runs[-1].append(i)
        if p.mark != "del":
            runs.append([])
    return [run for run in runs if run]


def _accepted(run: list[WordParagraph]) -> str:
    """A run's words with its changes accepted (its paragraphs joined into one)."""
    return " ".join(reduce(run_on, (p.after for p in run), "").split())


def _revised(run: list[tuple[WordParagraph, Paragraph | None]]) -> list[Op]:
    """The ops that turn the agreed paragraphs of one run into what the run reads as accepted."""
    targets = [t for _, t in run if t is not None]
    text = _accepted([p for p, _ in run])
    if not text:
        return [Op("delete", target=t.id, base_text=t.text) for t in targets]
    kept = next((t for p, t in run if t is not None and p.after.strip()), targets[0])
    ops = [Op("delete", target=t.id, base_text=t.text) for t in targets if t is not kept]
    if text != " ".join(next(p.before for p, t in run if t is kept).split()):
        cited = set(FOOTNOTE_REF_RE.findall(text))
        brought = tuple(n for t in targets if t is not kept for n in t.footnotes if n.mark in cited)
        ops.insert(0, modify_op(kept, text)._replace(notes=brought))
    return ops


def ops_from_docx(
    data: bytes,
    agreed: Sequence[Paragraph],
    others: Sequence[str] = (),
    warn: Callable[[str], None] = lambda _: None,
    mine: Sequence[str] = (),
    take_unknown: bool = True,
) -> list[Op]:
    """The ops of the file's revisions (raises DraftingError when nothing was revised). A revision
    by one of ``others`` (other delegations' codes and names, as tracked exports sign theirs) is
    theirs, not the proposer's: it is left out, and ``warn`` told how many of whose were. One by an
    author who is neither them nor the proposer (``mine``: its code and name) is taken, as a
    delegate's own edits are signed with the name Word knows them by, and ``warn`` told whose; or,
    not ``take_unknown``, refused, naming whose (nothing is taken)."""
    body = read_docx(data, frozenset(name.casefold() for name in others))
    for author, count in body.set_aside.items():
        warn(f"left out {count} tracked change{'s' if count != 1 else ''} by {author}: they are not yours")
    known = {name.casefold() for name in mine}
    unknown = {author: count for author, count in body.taken.items() if author.casefold() not in known}
    if unknown and not take_unknown:
        whose = ", ".join(f"{count} by “{author or 'no author'}”" for author, count in unknown.items())
        raise DraftingError(
            f"tracked changes by names that are no organization of this draft ({whose}): accept or reject"
            " them in Word, or take them as yours with --unknown-authors mine"
        )
    for author, count in unknown.items():
        changes = f"{count} tracked change{'s' if count != 1 else ''}"
        warn(
            f"took {changes} by “{author or 'no author'}” as yours: that name is not an organization"
            " of this draft (if they are another delegation's, reject them in Word and propose again,"
            " or refuse them with --unknown-authors refuse)"
        )
    paragraphs = body.paragraphs
    standing = [i for i, p in enumerate(paragraphs) if p.before.strip()]
    matcher = SequenceMatcher(
        None,
        [_words(paragraphs[i].before) for i in standing],
        [_words(p.text) for p in agreed],
        autojunk=False,
    )
    matched = {
        standing[block.a + k]: agreed[block.b + k]
        for block in matcher.get_matching_blocks()
        for k in range(block.size)
    }
    ops: list[Op] = []
    new: list[Op] = []  # paragraphs inserted one after another: each goes right after the same anchor
    anchor = "start"
    for run in _joined(paragraphs):
        found = [paragraphs[i] for i in run]
        targets = [matched[i] for i in run if i in matched]
        if not targets:
            text = _accepted(found)
            if text and not any(p.before.strip() for p in found):
                new.append(insert_op(agreed, anchor, text, _kind(found[0])))
            continue
        ops += reversed(new)
        new, anchor = [], targets[-1].id
        ops += _revised([(paragraphs[i], matched.get(i)) for i in run])
    ops += reversed(new)
    if not ops:
        raise DraftingError("the file has no tracked change to the agreed text")
    return ops
