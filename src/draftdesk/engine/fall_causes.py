"""Why an amendment fell, naming the accepted amendment that made it fall as the record names it.

A reason is read long after the event, often after a revision has made the text it was
tabled against history: "OP4 of Rev.0, now OP5: “note” was changed by accepted A/C.3/80/L.56
(OP4 of Rev.0)". The cause is the accepted amendment (of this revision or an earlier one) that
deleted the paragraph or whose edits on the same tabled text overlap the words needed; the last
to write the paragraph only when no such one is found.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from draftdesk.engine.agreed_text import OpFailed
from draftdesk.engine.amendments import Amendment, Op
from draftdesk.engine.patches import Edit, PatchError, edits_from_patch


def named(amendment: Amendment, pid: str) -> str:
    """An amendment as a list names it: its document symbol (else its id) and the paragraph as it
    cited it when tabled ("A/80/L.30 (OP4 of Rev.0)")."""
    where = amendment.cited_as(pid)
    at = f" ({where} of Rev.{amendment.base_revision})" if where else ""
    return f"{amendment.symbol or amendment.id}{at}"


class FallCauses:
    """The reasons of one merge's fallen amendments; each patch is read once (a merge where
    hundreds fall asks about the same accepted amendments again and again)."""

    def __init__(self, amendments: Mapping[str, Amendment]) -> None:
        self.amendments = amendments
        self._read: dict[tuple[str, str], tuple[Edit, ...]] = {}

    def reason(self, aid: str, err: OpFailed, cited: str, accepted: Callable[[], list[str]]) -> str:
        """Why ``aid`` fell: ``cited`` is the paragraph as the list names it; ``accepted`` gives the
        accepted amendments of any revision that touched it, asked only when this revision's merge
        changed nothing there (the text it was tabled against is an earlier revision's)."""
        reason = f"{cited}: {err.detail}"
        if not err.changed:
            return reason
        by = self.cause(aid, err, accepted)
        return reason + (f" by accepted {named(self.amendments[by], err.paragraph)}" if by else " since")

    def cause(self, aid: str, err: OpFailed, accepted: Callable[[], list[str]]) -> str:
        """The accepted amendment that made ``aid`` fall ("" when none is known)."""
        if not err.changed:
            return ""
        amendments = self.amendments
        if err.by:  # applied in this revision: in the order they were
            candidates = [a for a in err.by if a != aid]
        else:
            key = lambda a: (amendments[a].base_revision, amendments[a].created, a)  # noqa: E731
            candidates = sorted((a for a in accepted() if a != aid), key=key)
        return candidates[0] if len(candidates) == 1 else self._cause(aid, err, candidates)

    def _cause(self, aid: str, err: OpFailed, latest: list[str]) -> str:
        """Of the accepted amendments that touched the paragraph (``latest`` last), the one that
        deleted it or changed the words ``aid`` needed, else the latest ("" if none did)."""
        if not latest:
            return ""
        amendments, pid = self.amendments, err.paragraph
        mine = _op_on(amendments[aid], pid)
        tabled, needed = (mine.base_text if mine else None), err.needed
        for other in reversed(latest):  # the latest first: the likeliest to have changed the words
            theirs = _op_on(amendments[other], pid)
            if theirs is None:
                continue
            if theirs.kind == "delete":
                return other
            comparable = needed is not None and theirs.kind == "modify" and theirs.base_text == tabled
            if comparable and _overlap(needed, self._edits(theirs)):  # type: ignore[arg-type]
                return other
        return latest[-1]

    def _edits(self, op: Op) -> tuple[Edit, ...]:
        key = (op.base_text, op.patch)
        if key not in self._read:
            try:
                self._read[key] = tuple(edits_from_patch(op.base_text, op.patch))
            except PatchError:
                self._read[key] = ()
        return self._read[key]


def _op_on(amendment: Amendment, pid: str) -> Op | None:
    return next((op for op in amendment.ops if op.target == pid), None)


def _overlap(needed: Edit, theirs: tuple[Edit, ...]) -> bool:
    return any(needed.start <= b.end and b.start <= needed.end for b in theirs)
