"""A complete standalone HTML document; proposals as <ins>/<del> and attributed words as <span>,
classed by organization and coloured as the TUI's theme colours them (engine.palette)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from draftdesk.engine.exporting.text import printed_marker
from draftdesk.engine.issued import printed_type, revision_line
from draftdesk.engine.marks import change_of
from draftdesk.engine.model import BASE_AUTHOR, Draft
from draftdesk.engine.outputs import Span, ViewParagraph
from draftdesk.engine.palette import org_colours
from draftdesk.engine.title import shown_title, split_title


def _span(span: Span) -> str:
    text = escape(span.text)
    if span.italic:
        text = f"<em>{text}</em>"
    if span.mark == "fnref":
        text = f"<sup>{text}</sup>"
    change = change_of(span)  # a note reference inside a change is struck or underlined with it
    if change in ("ins", "del"):
        org = escape(span.org, quote=True)
        return f'<{change} class="org-{org}" title="{org}">{text}</{change}>'
    if span.mark == "fnref":
        return text
    if span.org and span.org != BASE_AUTHOR:
        org = escape(span.org, quote=True)
        return f'<span class="org-{org}" title="{org}">{text}</span>'
    return text


_CSS_SPECIAL = re.compile(r"([^A-Za-z0-9_-])")


def _style(draft: Draft) -> str:
    """Each organization's colour (the TUI theme's default unless the draft gives one)."""
    rules = []
    for code, colour in org_colours(draft.orgs).items():
        selector = _CSS_SPECIAL.sub(r"\\\1", code)
        rules.append(f".org-{selector} {{ color: {colour}; }}")
    return f"<style>{' '.join(rules)}</style>"


def export_html(draft: Draft, paragraphs: Sequence[ViewParagraph]) -> str:
    """One self-contained page: paragraphs carry their kind and id, so a stylesheet can colour orgs."""
    present = {s.org for p in paragraphs for s in p.spans if s.org and s.org != BASE_AUTHOR}
    heading, paragraphs = split_title(paragraphs)
    title = escape(" ".join(draft.title))
    shown = shown_title(draft, heading, lambda p: "".join(_span(s) for s in p.spans))
    body = [f"<h1>{title if shown == list(draft.title) else shown[0]}</h1>"]
    body += [
        f'<p class="symbol">{escape(line)}</p>'
        for line in (draft.metadata.get("symbol", ""), revision_line(draft))
        if line
    ]
    heads = (printed_type(draft), draft.place_date, draft.authoring)
    body += [f"<h2>{escape(line)}</h2>" for line in heads if line]
    legend = [
        f'<span class="org-{escape(o.code, quote=True)}">{escape(o.code)}</span>: {escape(o.name)}'
        for o in draft.orgs
        if o.code in present
    ]
    if legend:
        body.append('<p class="legend">' + "; ".join(legend) + "</p>")
    notes = [*heading.footnotes] if heading else []
    for p in paragraphs:
        text = "".join(_span(s) for s in p.spans)
        marker = escape(printed_marker(p))
        tag = "h2" if p.kind == "heading" else "p"
        body.append(f'<{tag} class="{p.kind} depth-{p.depth}" id="{p.id}">{marker}{text}</{tag}>')
        notes += p.footnotes
    body += [f'<p class="footnote">{escape(n.mark)} {escape(n.text)}</p>' for n in notes]
    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>{title}</title>'
        f"{_style(draft)}</head>\n"
        "<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )
