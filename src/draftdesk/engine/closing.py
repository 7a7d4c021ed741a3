"""The closing mark of a resolution's last operative paragraph follows its place: a full stop.

A UN resolution ends each operative paragraph with a semicolon and the last with a full stop. When
an adopted amendment deletes the last paragraph, the one before it becomes the last and the
resolution prints it with a full stop (A/C.3/80/L.65 deleted OP2 of A/C.3/80/L.24, whose OP1 ends
"recommendations;" in the draft and "recommendations." in A/RES/80/189); a paragraph added after
the last one leaves the old last with a semicolon. The agreed text is edited so as the acceptance
is committed, as the secretariat edits it: the change is the accepted amendment's doing (a fall it
causes names it), the words keep their authors. Only a text that keeps the convention is touched:
a UN resolution whose base text's last operative paragraph ends with a full stop.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from draftdesk.engine.model import Draft
from draftdesk.engine.patches import Edit
from draftdesk.engine.strict import updated_segments

if TYPE_CHECKING:
    from draftdesk.engine.agreed_text import AgreedText, Outcome

_END = re.compile(r"[;.](?=(?:\[\^\w+\])*\s*$)")
"""A paragraph's closing mark, before its trailing note references and spaces."""
_NUMBERED = frozenset(("operative", "sub-item"))


def keeps_convention(draft: Draft) -> bool:
    """Whether the base text ends its operative paragraphs as a UN resolution does (the last with ".")."""
    if draft.layout != "un-resolution":
        return False
    last = next((p for p in reversed(draft.paragraphs) if p.kind in _NUMBERED and not p.part), None)
    return last is not None and _mark(last.text) == "."


def reclose(state: AgreedText, out: Outcome, was: str) -> None:
    """After ``out`` is committed: if the last numbered paragraph is no longer ``was``, the new last
    ends with "." and ``was``, if it stands, with ";" (each only if it ends with the other mark)."""
    now = last_of(state)
    if not now or now == was:
        return
    for pid, mark in ((now, "."), (was, ";")):
        paragraph = state.paras.get(pid)
        found = _END.search(paragraph.text) if paragraph is not None else None
        if paragraph is None or found is None or found[0] == mark:
            continue
        edit = Edit(found.start(), found.end(), mark)
        text = paragraph.text[: edit.start] + mark + paragraph.text[edit.end :]
        state.paras[pid] = out.paras[pid] = paragraph.with_text(text)
        state.unchanged[pid] = updated_segments(state.unchanged.get(pid, ()), [edit])
        state.diffs.pop(pid, None)
        state.writers.setdefault(pid, []).append(out.amendment.id)


def last_of(state: AgreedText) -> str:
    """The id of the body's last operative paragraph or item ("" if none; an annex has its own)."""
    for pid in reversed(state.order):
        p = state.paras[pid]
        if p.kind in _NUMBERED and not p.part:
            return pid
    return ""


def _mark(text: str) -> str:
    found = _END.search(text)
    return found[0] if found else ""
