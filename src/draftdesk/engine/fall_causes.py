"""Why an amendment fell, naming the accepted amendment that made it fall as the record names it.

A reason is read long after the event, often after a revision has made the text it was
tabled against history: "OP4 of Rev.0, now OP5: “note” was changed by accepted A/C.3/80/L.56
(OP4 of Rev.0)". The cause is the accepted amendment (of this revision or an earlier one) whose
edits on the same tabled text overlap the words needed; the last to write the paragraph only when
no such one is found.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from draftdesk.engine.agreed_text import OpFailed
from draftdesk.engine.amendments import Amendment, Op
from draftdesk.engine.patches import Edit, PatchError, edits_from_patch


def fall_reason(
    amendments: Mapping[str, Amendment], aid: str, err: OpFailed, cited: str, accepted: Iterable[str]
) -> str:
    """The reason ``aid`` fell: ``cited`` is the paragraph as the list names it, ``accepted`` the
    accepted amendments (of any revision) that touched that paragraph."""
    reason = f"{cited}: {err.detail}"
    if not err.changed:
        return reason
    by = _cause(amendments, aid, err.paragraph, [a for a in accepted if a != aid]) or err.by
    return reason + (f" by accepted {named(amendments[by], err.paragraph)}" if by else " since")


def named(amendment: Amendment, pid: str) -> str:
    """An amendment as a list names it: its document symbol (else its id) and the paragraph as it
    cited it when tabled ("A/80/L.30 (OP4 of Rev.0)")."""
    where = amendment.cited_as(pid)
    at = f" ({where} of Rev.{amendment.base_revision})" if where else ""
    return f"{amendment.symbol or amendment.id}{at}"


def _cause(amendments: Mapping[str, Amendment], aid: str, pid: str, accepted: list[str]) -> str:
    """The accepted amendment that deleted the paragraph or changed the words ``aid`` needed (its
    edits on the same tabled text overlap them), else the latest accepted that touched the
    paragraph ("" if none did)."""
    if not accepted:
        return ""
    latest = sorted(accepted, key=lambda a: (amendments[a].base_revision, amendments[a].created, a))
    mine = _op_on(amendments[aid], pid)
    for other in reversed(latest):
        theirs = _op_on(amendments[other], pid)
        if theirs is not None and theirs.kind == "delete":
            return other
        if mine is None or theirs is None or theirs.kind != "modify" or mine.kind != "modify":
            continue
        if mine.base_text == theirs.base_text and _overlap(_edits(mine), _edits(theirs)):
            return other
    return latest[-1]


def _op_on(amendment: Amendment, pid: str) -> Op | None:
    return next((op for op in amendment.ops if op.target == pid), None)


def _edits(op: Op) -> list[Edit]:
    try:
        return edits_from_patch(op.base_text, op.patch)
    except PatchError:
        return []


def _overlap(mine: list[Edit], theirs: list[Edit]) -> bool:
    return any(a.start <= b.end and b.start <= a.end for a in mine for b in theirs)
