"""How a document names itself on paper: the United Nations letterhead, and which revision it is.

A document prints the letterhead its source printed (the import keeps it: "United Nations" and the
organ, or "Framework Convention on Climate Change"); a draft that kept none prints, above a
principal organ's document, "United Nations" and the organ its symbol's series names (A/… the
General Assembly and its committees and councils, E/… the Economic and Social Council, S/… the
Security Council), and nothing above any other. A UN document's symbol opens with its series in
capitals ("A/", "E/", "S/RES/", "CCPR/"); a revision of it is issued under a symbol of its own,
"/Rev.N" added ("A/80/L.25/Rev.1"), which the revision's draft keeps. Any other body's document (an
OSCE decision, MC.DEC/4/25; conclusions with no symbol) prints "Rev.N" under its symbol. The text as
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
    """The letterhead the document's source printed, as the import kept it ("United Nations /
    Framework Convention on Climate Change"); for a draft that kept none, ("United Nations", the
    organ) above a principal organ's document; () above any other (its cover says whose it is)."""
    if printed := draft.metadata.get("letterhead"):
        return tuple(printed.split(" / "))
    organ = _ORGANS.get(draft.metadata["symbol"].split("/")[0]) if un_document(draft) else None
    return ("United Nations", organ) if organ else ()


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


def printed_type(draft: Draft) -> str:
    """The document type as printed under the title: none when the title's first line names it
    already ("VIENNA MINISTERIAL DECLARATION" / "ON WATER COOPERATION …", a declaration; the
    import reads it back from the title)."""
    named = bool(draft.title) and draft.doc_type.casefold() in draft.title[0].casefold()
    return "" if named else draft.doc_type
