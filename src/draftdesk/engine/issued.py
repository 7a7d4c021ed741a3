"""How a document names itself on paper: the United Nations letterhead, and which revision it is.

A UN document's symbol opens with its principal organ's series (A/… the General Assembly and its
committees and councils, E/… the Economic and Social Council, S/… the Security Council): it prints
the letterhead "United Nations" and the organ, and a revision of it is issued under a symbol of
its own, "/Rev.N" added ("A/80/L.25/Rev.1"), which the revision's draft keeps. Any other body's
document (an OSCE decision, MC.DEC/4/25; conclusions with no symbol) has no UN letterhead and
prints "Rev.N" under its symbol. The text as first imported is no revision: nothing is added.
"""

from __future__ import annotations

import re

from draftdesk.engine.model import Draft

_ORGANS = {"A": "General Assembly", "E": "Economic and Social Council", "S": "Security Council"}
_REV = re.compile(r"/Rev\.(\d+)$")


def revision_name(revision: int) -> str:
    """Rev.N as a revision is named in the record and in the list of amendments."""
    return f"Rev.{revision}"


def organ(draft: Draft) -> str:
    """The principal organ whose series the symbol is in ("" for any other body's document)."""
    return _ORGANS.get(draft.metadata.get("symbol", "").split("/")[0], "")


def letterhead(draft: Draft) -> tuple[str, str] | None:
    """("United Nations", the organ) above a UN document; None above any other."""
    return ("United Nations", organ(draft)) if organ(draft) else None


def revised_metadata(draft: Draft) -> dict[str, str]:
    """The metadata of the draft's next revision: a UN symbol gets the next "/Rev.N"."""
    symbol = draft.metadata.get("symbol", "")
    if not organ(draft):
        return dict(draft.metadata)
    earlier = _REV.search(symbol)
    base = symbol[: earlier.start()] if earlier else symbol
    number = int(earlier[1]) + 1 if earlier else 1
    return {**draft.metadata, "symbol": f"{base}/{revision_name(number)}"}


def revision_line(draft: Draft) -> str:
    """What a document that is no UN one prints under its symbol (or its title): "Rev.N" for a
    revision, "" for the text as first imported and for a UN document (its symbol says it)."""
    return revision_name(draft.revision) if draft.revision and not organ(draft) else ""
