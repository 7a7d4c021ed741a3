"""How the merged view draws a paragraph: its label, its text wrapped to the width, each span styled.

Every pending change carries an underline, a strike or bold as well as its author's
colour, so colour is never the only cue; and, when asked (reading.py), [-old-]{+new+} marks
and the organization's code on its words. The title block is drawn here too: the title
(selected and amended like a paragraph) with the document type, place and date under it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.strip import Strip

from draftdesk.engine.inert import inert
from draftdesk.engine.marks import CHANGE_MARKS, change_of, changes, tagged
from draftdesk.engine.markup import span_words
from draftdesk.engine.model import BASE_AUTHOR, Draft
from draftdesk.engine.outputs import Span, ViewName, ViewParagraph
from draftdesk.engine.title import as_printed

INDENT = 4
"""Cells of indent per level; the label sits in its level's, widened to hold a longer label."""


@dataclass(frozen=True)
class Look:
    """What paragraphs are drawn with: the console, the width, the view and the styles in use."""

    console: Console
    width: int
    view: ViewName
    label: Style
    heading: Style
    org: Callable[[str], Style]
    """An organization's colour in the current theme."""
    marks: bool = False
    """Changes read [-old-]{+new+} as well as struck and underlined (engine/marks.py)."""
    tags: bool = False
    """The attribution view puts each organization's code on its words: [UNDP: welcome]."""


def paragraph_lines(p: ViewParagraph, look: Look) -> list[Strip]:
    """The paragraph's lines, each ``look.width`` cells: the label (or sub-item marker), then the text."""
    prefix = f"({p.marker})" if p.depth and p.marker else p.label
    indent = INDENT * p.depth + max(INDENT, len(prefix) + 1)  # a long label ("OP10", "(iii)") is never cut
    text = Text(no_wrap=False)
    if p.kind == "heading":
        text.stylize(look.heading)
    append_spans(text, p, look)
    lines = text.wrap(look.console, max(look.width - indent, 10)) if text.plain else [Text("")]
    strips = []
    for n, line in enumerate(lines):
        line.rstrip()
        head = (" " * INDENT * p.depth + prefix).ljust(indent) if n == 0 else " " * indent
        segments = [Segment(head, look.label), *line.render(look.console)]
        strips.append(Strip(segments).extend_cell_length(look.width).crop(0, look.width))
    return strips


def append_spans(text: Text, p: ViewParagraph, look: Look) -> None:
    """The paragraph's words, each span styled, marked and tagged as ``look`` asks."""
    spans = tagged(p.spans) if look.tags and look.view == "attribution" else p.spans
    for change, run in changes(spans):  # a change's marks around its words and the notes they take
        opening, closing = CHANGE_MARKS.get(change, ("", "")) if look.marks else ("", "")
        for n, span in enumerate(run):
            words = inert(span_words(span))
            words = (opening if n == 0 else "") + words + (closing if n == len(run) - 1 else "")
            text.append(words, span_style(span, look))


def span_style(span: Span, look: Look) -> Style:
    """The author's colour where the view shows authors, plus the mark of a pending change."""
    org = span.org
    if look.view == "base" or (look.view == "agreed" and span.mark == ""):
        style = Style()
    elif org and org != BASE_AUTHOR:
        style = look.org(org)
    else:
        style = Style()
    if change_of(span) == "ins":
        style += Style(underline=True)
    elif change_of(span) == "del":
        style += Style(strike=True)
    elif span.mark in ("tag", "bracket"):
        style += Style(bold=True)
    if span.italic:
        style += Style(italic=True)
    return style


def title_lines(p: ViewParagraph, draft: Draft, look: Look) -> list[Strip]:
    """The title as the view shows it, over the rest of the title block: the lines as printed
    while the view does not change the title, else its words with their changes, wrapped."""
    if as_printed(draft, p):
        title = [Text(inert(line), Style(bold=True), justify="center") for line in draft.title]
    else:
        title = [Text(style=Style(bold=True), justify="center")]
        append_spans(title[0], p, look)
    return title_block(draft, look.width, look.console, title)[:-1]  # the view spaces paragraphs


def title_block(draft: Draft, width: int, console: Console, title: Sequence[Text] = ()) -> list[Strip]:
    """The title, document type, place and date centred; the authoring line; a blank."""
    heads = [
        Text(inert(line), Style(bold=True), justify="center") for line in (draft.doc_type, draft.place_date)
    ]
    lines = [*title, *(head for head in heads if head.plain)]
    if draft.authoring:
        lines += [Text(""), Text(" " * INDENT + inert(draft.authoring))]
    strips = [
        Strip(line.render(console)).extend_cell_length(width)
        for text in lines
        for line in text.wrap(console, width)
    ]
    return [*strips, Strip.blank(width)] if strips else []
