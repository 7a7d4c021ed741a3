"""A draft.toml edited by hand, adopted by the chair as the next revision.

draft.toml holds the text the draft was founded with and is never rewritten; a hand edit of it is
not believed (the signed founding text is). A secretariat that corrected a word there by hand
expects to keep the correction, not only to undo it, and the only signed way to change a base text
is a revision. So the chair may adopt the edit: Rev.N+1 is the agreed text with each change made by
hand since the founding (a paragraph's words, the title, the date line) carried onto it, three
ways: a part the negotiation has not changed since the founding takes the hand's wording; one
already holding it is left; one changed both ways is refused, named, as nothing here can say which
wording the chair meant. Paragraphs added, removed or moved, and organizations or roles, are not
changes a hand edit may make: a new text is ``import --revision-of``, an organization ``add-org``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from operator import attrgetter
from typing import TypeVar

from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft, Paragraph
from draftdesk.engine.numbering import labels
from draftdesk.engine.revision import RevisionResult, issue_revision
from draftdesk.engine.title import title_lines, title_paragraph

T = TypeVar("T")
FIELDS = ("doc_type", "authoring", "place_date", "layout")
"""The draft's own lines a hand edit may change, besides its paragraphs, title and metadata."""


class NotAdoptable(ValueError):
    """A hand edit the chair cannot adopt as it stands; one line saying why and what to do."""


def _shape(paragraph: Paragraph | None) -> tuple[object, ...] | None:
    if paragraph is None:
        return None
    return paragraph.kind, paragraph.text, paragraph.parent, paragraph.part, paragraph.footnotes


def adopted(neg: Negotiation, founding: Draft, edited: Draft, by: str, at: datetime) -> RevisionResult | None:
    """Rev.N+1: the agreed text with the hand's changes to ``founding`` (``edited``: draft.toml as it
    is now) carried onto it; None when the text that stands holds them all already (adopted
    before). NotAdoptable, naming the part, when a change cannot be carried."""
    if edited.orgs != founding.orgs:
        raise NotAdoptable(
            "draft.toml's organizations or roles were changed by hand: those change with add-org and "
            "keys register, never in draft.toml"
        )
    if [p.id for p in edited.paragraphs] != [p.id for p in founding.paragraphs]:
        raise NotAdoptable(
            "paragraphs were added, removed or moved in draft.toml by hand: a text changed so is a "
            "revision of its own (export the text, change it, then import --revision-of)"
        )
    named = labels(founding.paragraphs)
    agreed = {p.id: p for p in neg.agreed}
    words: dict[str, Paragraph] = {}
    for old, new in zip(founding.paragraphs, edited.paragraphs, strict=True):
        if _taken(_shape, old, new, agreed.get(old.id), named.get(old.id) or old.id):
            words[old.id] = replace(new, authors=())
    old_title, new_title = title_paragraph(founding), title_paragraph(edited)
    title = _taken(_text, old_title, new_title, neg.title, "the title")
    fields = {
        name: getattr(edited, name)
        for name in FIELDS
        if _taken(attrgetter(name), founding, edited, neg.draft, f"its {name}")
    }
    metadata = {
        key: edited.metadata.get(key, "")
        for key in sorted({*founding.metadata, *edited.metadata})
        if _taken(_entry(key), founding.metadata, edited.metadata, neg.draft.metadata, key)
    }
    if not (words or title or fields or metadata):
        return None
    result = issue_revision(neg, by, at)
    draft = replace(
        result.draft,
        paragraphs=[words.get(p.id, p) for p in result.draft.paragraphs],
        metadata={**result.draft.metadata, **metadata},
        **fields,
    )
    if title:
        draft = replace(
            draft, title=title_lines(draft, new_title.text if new_title else None), title_authors=()
        )
    return RevisionResult(draft, result.concordance)


def _text(paragraph: Paragraph | None) -> str | None:
    return paragraph.text if paragraph else None


def _entry(key: str) -> Callable[[dict[str, str]], str]:
    return lambda metadata: metadata.get(key, "")


def _taken(seen: Callable[[T], object], founded: T, edited: T, standing: T | None, name: str) -> bool:
    """Whether the hand's change of one part (as ``seen`` shows it) is to be carried onto the text
    that stands: changed by hand, and not by the negotiation since; NotAdoptable when by both."""
    was, wanted = seen(founded), seen(edited)
    if was == wanted:
        return False
    now = seen(standing) if standing is not None else None
    if now == wanted:
        return False  # the text that stands holds it already
    if now != was:
        raise NotAdoptable(
            f"{name} was changed in draft.toml by hand and by the negotiation since the draft was founded: "
            "adopt only what the negotiation left as founded (or change it with an amendment)"
        )
    return True
