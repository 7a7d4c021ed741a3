"""A complete standalone HTML document; proposals as <ins>/<del> classed by organization."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from draftdesk.engine.exporting.text import printed_marker
from draftdesk.engine.model import Draft
from draftdesk.engine.results import Span, ViewParagraph


def _span(span: Span) -> str:
    text = escape(span.text)
    if span.italic:
        text = f"<em>{text}</em>"
    if span.mark in ("ins", "del"):
        org = escape(span.org, quote=True)
        return f'<{span.mark} class="org-{org}" title="{org}">{text}</{span.mark}>'
    return f"<sup>{text}</sup>" if span.mark == "fnref" else text


def export_html(draft: Draft, paragraphs: Sequence[ViewParagraph]) -> str:
    """One self-contained page: paragraphs carry their kind and id, so a stylesheet can colour orgs."""
    title = escape(" ".join(draft.title))
    body = [f"<h1>{title}</h1>"]
    body += [
        f"<h2>{escape(line)}</h2>" for line in (draft.doc_type, draft.place_date, draft.authoring) if line
    ]
    notes = []
    for p in paragraphs:
        text = "".join(_span(s) for s in p.spans)
        marker = escape(printed_marker(p))
        tag = "h2" if p.kind == "heading" else "p"
        body.append(f'<{tag} class="{p.kind} depth-{p.depth}" id="{p.id}">{marker}{text}</{tag}>')
        notes += p.footnotes
    body += [f'<p class="footnote">{escape(n.mark)} {escape(n.text)}</p>' for n in notes]
    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>{title}</title></head>\n'
        "<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )
