"""The draft under negotiation: organizations, paragraphs, metadata.

Pure data. Display numbers (PP1, OP4(c)) are never stored here: they are derived
from paragraph order by :mod:`draftdesk.engine.numbering`, so inserting a
paragraph renumbers everything after it for free.

Inline markup kept in paragraph text, so that it travels through amendments
untouched (an edit that rewrites words around an emphasis keeps the markers):

- ``*words*`` is emphasis (italic in the source);
- ``[^N]`` is a footnote reference; the note itself is in ``Paragraph.footnotes``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

ParagraphKind = Literal["heading", "preamble", "operative", "sub-item", "closing", "text", "title"]
PARAGRAPH_KINDS: tuple[ParagraphKind, ...] = (
    "heading",
    "preamble",
    "operative",
    "sub-item",
    "closing",
    "text",
)
"""``text`` is unnumbered body text: a lead-in ("Agreed upon the following:") or
a passage the importer could not structure (kept, never dropped). ``title`` is never stored:
the negotiation reads the draft's title as a paragraph of that kind (:mod:`.title`)."""

Layout = Literal["conclusions", "un-resolution"]

CHAIR_ROLE = "chair"
BASE_AUTHOR = "base"
"""Attribution code of text that stood in the base text of the current revision."""

EMPHASIS_RE = re.compile(r"\*([^*\n]+)\*")
FOOTNOTE_REF_RE = re.compile(r"\[\^([^\]\s]+)\]")


@dataclass(frozen=True, slots=True)
class Org:
    """A delegation: short code (UNDP), full name, optional colour and roles."""

    code: str
    name: str
    colour: str = ""
    roles: tuple[str, ...] = ()

    @property
    def is_chair(self) -> bool:
        return CHAIR_ROLE in self.roles


@dataclass(frozen=True, slots=True)
class Footnote:
    """A note cited from a paragraph by ``[^mark]``."""

    mark: str
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One addressable unit of text.

    ``id`` is stable and never reused. ``parent`` is the id of the paragraph a
    sub-item belongs to (an operative paragraph or another sub-item).
    ``part`` is "" for the main body and e.g. "annex" for an annex: numbering
    restarts in each part.
    """

    id: str
    kind: ParagraphKind
    text: str
    parent: str = ""
    part: str = ""
    footnotes: tuple[Footnote, ...] = ()
    authors: tuple[str | int, ...] = ()
    """Who wrote each stretch of the text, ``(org, length, org, length, …)``, when not all of it
    is the base text's: a revision's base remembers the delegations that wrote it."""

    def with_text(self, text: str) -> Paragraph:
        """The paragraph with a new text (whose authors the merge keeps, not the paragraph); built
        by its constructor, as a merge does for each accepted change (``replace`` is slower)."""
        return Paragraph(self.id, self.kind, text, self.parent, self.part, self.footnotes)


@dataclass(slots=True)
class Draft:
    """The base text of the current revision with its metadata and organizations."""

    slug: str
    title: list[str]
    doc_type: str = ""
    authoring: str = ""
    """The authoring line of a resolution ("The General Assembly,")."""
    place_date: str = ""
    layout: Layout = "conclusions"
    revision: int = 0
    metadata: dict[str, str] = field(default_factory=dict)
    """Cover-block facts of an imported document (symbol, session, agenda item…)."""
    orgs: list[Org] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    issued_by: str = ""
    """The chair who issued this revision (none for the text as first imported)."""
    issued_at: datetime | None = None
    fallen: dict[str, str] = field(default_factory=dict)
    """The amendments that had fallen when this revision was issued, with why (id → reason): a fall
    is history, so the new base, where their words may stand again, never makes them apply."""
    title_authors: tuple[str | int, ...] = ()
    """Who wrote each stretch of an amended title, as ``Paragraph.authors`` (empty: all the base text's)."""

    @property
    def chair(self) -> list[str]:
        return [org.code for org in self.orgs if org.is_chair]

    def org(self, code: str) -> Org | None:
        for org in self.orgs:
            if org.code == code:
                return org
        return None

    def unknown(self, code: str) -> str:
        """Why ``code`` is no organization of the draft, in one line (which one was meant, when only
        the case differs: codes are written as registered)."""
        known = [org.code for org in self.orgs]
        meant = [c for c in known if c.casefold() == code.casefold()]
        hint = f": did you mean {meant[0]}?" if meant else ""
        return f"unknown organization {code!r} (known: {', '.join(known)}){hint}"

    def paragraph(self, paragraph_id: str) -> Paragraph | None:
        for paragraph in self.paragraphs:
            if paragraph.id == paragraph_id:
                return paragraph
        return None


def plain_text(text: str) -> str:
    """Text without inline markup: emphasis markers dropped, footnote refs as their mark."""
    return FOOTNOTE_REF_RE.sub(r"\1", EMPHASIS_RE.sub(r"\1", text))
