"""The paragraphs an amendment concerns as a circulated list cites them: in the order of the text, and
runs of three or more that follow one another as one range ("the title; PP2–PP7; OP1–OP14").

A paragraph deleted since stands where it stood in the base text, a new paragraph not in the text
(pending, rejected) right after the one it is to follow, and the title first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from draftdesk.engine.merge import Negotiation
from draftdesk.engine.title import TITLE_ID

_NUMBERED = re.compile(r"((?:\S+ )?(?:PP|OP))(\d+)")
"""A paragraph cited by its number alone ("PP3", "ANNEX OP2"): not an item, not "OP4, now OP5"."""


def document_order(neg: Negotiation) -> dict[str, float]:
    """Each paragraph's place in the text (see the module), for sorting."""
    order: dict[str, float] = {TITLE_ID: -1.0} | {p.id: float(n) for n, p in enumerate(neg.agreed)}
    last = -1.0
    for p in neg.draft.paragraphs:
        last = order.setdefault(p.id, last + 0.001)
    anchors = {op.new_id: op.after for a in neg.amendments.values() for op in a.ops if op.kind == "insert"}
    for new in anchors:
        chain = [new]
        while chain[-1] not in order and chain[-1] in anchors and len(chain) <= len(anchors):
            chain.append(anchors[chain[-1]])
        place = order.get(chain[-1], -1.0 if not chain[-1] else float(len(order)))
        for pid in reversed(chain[:-1]):
            place = order.setdefault(pid, place + 0.5 / len(chain))
    return order


def in_text_order(ids: Iterable[str], order: dict[str, float]) -> list[str]:
    """``ids`` sorted by their place in the text (those placed alike keep their order)."""
    return sorted(ids, key=lambda pid: order.get(pid, float(len(order))))


def as_runs(cited: list[str]) -> str:
    """Citations joined by "; ", three or more numbers in a row as a range ("PP2–PP7")."""
    out: list[str] = []
    run: list[str] = []

    def close() -> None:
        out.extend([f"{run[0]}–{run[-1]}"] if len(run) >= 3 else run)
        run.clear()

    for name in cited:
        m = _NUMBERED.fullmatch(name)
        last = _NUMBERED.fullmatch(run[-1]) if run else None
        if not (m and last and m[1] == last[1] and int(m[2]) == int(last[2]) + 1):
            close()
        if m:
            run.append(name)
        else:
            out.append(name)
    close()
    return "; ".join(out)
