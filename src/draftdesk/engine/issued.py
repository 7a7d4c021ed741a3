"""How a document names itself on paper: the United Nations letterhead, and which revision it is.

A UN document's symbol opens with its series in capitals ("A/", "E/", "S/RES/", "CCPR/"): it prints
the letterhead "United Nations" and, for a principal organ's series, the organ (A/… the General
Assembly and its committees and councils, E/… the Economic and Social Council, S/… the Security
Council); a revision of it is issued under a symbol of its own, "/Rev.N" added ("A/80/L.25/Rev.1"),
which the revision's draft keeps. Any other body's document (an OSCE decision, MC.DEC/4/25;
conclusions with no symbol) has no UN letterhead and prints "Rev.N" under its symbol. The text as
first imported is no revision: nothing is added.
"""

from __future__ import annotations

import re

from draftdesk.engine.model import Draft

_UN_SYMBOL = re.compile(r"^[A-Z]+/")
_ORGANS = {"A": "General Assembly", "E": "Economic and Social Council", "S": "Security Council"}
_REV = re.compile(r"/Rev\.(\d+)$")


def revision_name(revision: int) -> str:
    """Rev.N as a revision is named in the record and in the list of amendments."""
    return f"Rev.{revision}"


def un_document(draft: Draft) -> bool:
    """Whether the draft's symbol is a UN one (another body's, "MC.DEC/4/25", is not)."""
    return bool(_UN_SYMBOL.match(draft.metadata.get("symbol", "")))


def letterhead(draft: Draft) -> tuple[str, ...]:
    """("United Nations", its organ) above a UN document ("United Nations" alone when the series is
    no principal organ's); () above any other."""
    if not un_document(draft):
        return ()
    organ = _ORGANS.get(draft.metadata["symbol"].split("/")[0])
    return ("United Nations", organ) if organ else ("United Nations",)


def revised_metadata(draft: Draft) -> dict[str, str]:
    """The metadata of the draft's next revision: a UN symbol gets the next "/Rev.N"."""
    symbol = draft.metadata.get("symbol", "")
    if not un_document(draft):
        return dict(draft.metadata)
    earlier = _REV.search(symbol)
    base = symbol[: earlier.start()] if earlier else symbol
    number = int(earlier[1]) + 1 if earlier else 1
    return {**draft.metadata, "symbol": f"{base}/{revision_name(number)}"}


def revision_line(draft: Draft) -> str:
    """What a document that is no UN one prints under its symbol (or its title): "Rev.N" for a
    revision, "" for the text as first imported and for a UN document (its symbol says it)."""
    return revision_name(draft.revision) if draft.revision and not un_document(draft) else ""
