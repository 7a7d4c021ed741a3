"""The draft's title as a paragraph the negotiation can amend.

Amendments change titles ("Replace “Chernobyl” with “Chornobyl” in the title, …", "Amend
the title to read: …"), so the title is negotiated text like any paragraph: merged,
attributed, tracked, cited. The draft stores it as its title lines (the cover as printed);
the negotiation reads it as one unnumbered paragraph of kind ``title``, outside the body's
order (``Negotiation.title``; ``Negotiation.text`` is the title and the body, what instructions
address), and a revision writes the agreed title back into those lines.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from draftdesk.engine.model import BASE_AUTHOR, Draft, Paragraph, ParagraphKind
from draftdesk.engine.outputs import ViewParagraph

TITLE_ID = "title"
TITLE_KIND: ParagraphKind = "title"


def title_paragraph(draft: Draft) -> Paragraph | None:
    """The draft's title as the paragraph amendments address (None for a draft without a title)."""
    if not draft.title:
        return None
    return Paragraph(TITLE_ID, TITLE_KIND, " ".join(draft.title), authors=draft.title_authors)


def split_title(paragraphs: Sequence[ViewParagraph]) -> tuple[ViewParagraph | None, list[ViewParagraph]]:
    """(the title or None, the text) of a view's paragraphs (:func:`.views.document` puts it first)."""
    if paragraphs and paragraphs[0].kind == TITLE_KIND:
        return paragraphs[0], list(paragraphs[1:])
    return None, list(paragraphs)


def title_lines(draft: Draft, agreed_title: str | None) -> list[str]:
    """The draft's title lines for a text whose title now reads ``agreed_title``: as printed while it
    is unchanged, the agreed wording on one line once an amendment changed it."""
    if agreed_title is None or agreed_title == " ".join(draft.title):
        return list(draft.title)
    return [agreed_title] if agreed_title else []


def shown_title(
    draft: Draft,
    view: ViewParagraph | None,
    line: Callable[[ViewParagraph], str],
    words: Callable[[str], str] = str,
) -> list[str]:
    """The title lines an export prints for a view whose title paragraph is ``view``: the draft's
    lines as printed (as ``words`` writes words) while nothing in the view changes them, else the
    view's title as ``line`` writes it (with its tracked changes or attribution)."""
    if view is None or as_printed(draft, view):
        return [words(text) for text in draft.title]
    return [line(view)]


def as_printed(draft: Draft, view: ViewParagraph) -> bool:
    """Whether a view's title reads as the draft prints it, all of it the base text's: its own lines
    may then be shown."""
    plain = all(span.mark in ("", "fnref") and span.org in ("", BASE_AUTHOR) for span in view.spans)
    return plain and view.text == " ".join(draft.title)
