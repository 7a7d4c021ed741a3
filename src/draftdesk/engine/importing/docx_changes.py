"""A delegation's Word file with tracked changes -> the ops of an amendment against the agreed text.

The file's paragraphs, read with their changes rejected, are lined up with the
agreed text (a longest-common-subsequence match on their plain words, so the
title block, a legend or a note the file adds are passed over). Then each
revised paragraph becomes one op: a modify (its words as accepted), a delete
(every word and the paragraph mark struck), or an insert (every word inserted)
after the agreed paragraph before it, of the kind its list level or style says.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

from draftdesk.engine.amendments import Op
from draftdesk.engine.importing.docx_reader import WordParagraph, read_docx
from draftdesk.engine.model import Paragraph, plain_text
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


def ops_from_docx(data: bytes, agreed: Sequence[Paragraph]) -> list[Op]:
    """One op per revised paragraph of the file (raises DraftingError when nothing was revised)."""
    paragraphs = read_docx(data).paragraphs
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
    for i, p in enumerate(paragraphs):
        target = matched.get(i)
        if target is None:
            if not p.before.strip() and p.after.strip():
                new.append(insert_op(agreed, anchor, " ".join(p.after.split()), _kind(p)))
            continue
        ops += reversed(new)
        new, anchor = [], target.id
        if not p.after.strip():
            ops.append(Op("delete", target=target.id, base_text=target.text))
        elif " ".join(p.after.split()) != " ".join(p.before.split()):
            ops.append(modify_op(target, " ".join(p.after.split())))
    ops += reversed(new)
    if not ops:
        raise DraftingError("the file has no tracked change to the agreed text")
    return ops
