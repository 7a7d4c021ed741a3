"""Markdown: headings for the title, numbered lists, *emphasis*, footnotes with definitions."""

from __future__ import annotations

from collections.abc import Sequence

from draftdesk.engine.model import Draft
from draftdesk.engine.outputs import Span, ViewParagraph
from draftdesk.engine.title import shown_title, split_title


def _span(span: Span) -> str:
    text = f"*{span.text}*" if span.italic else span.text
    if span.mark == "fnref":
        return f"[^{span.text}]"
    return {"ins": f"<ins>{text}</ins>", "del": f"~~{text}~~"}.get(span.mark, text)


def _line(p: ViewParagraph) -> str:
    return "".join(_span(s) for s in p.spans)


def export_markdown(draft: Draft, paragraphs: Sequence[ViewParagraph]) -> str:
    """Markdown of a view; a tracked view's deletions read as ~~x~~ and insertions as <ins>x</ins>."""
    title, body = split_title(paragraphs)
    out = [f"# {' '.join(shown_title(draft, title, _line))}", ""]
    for line in (draft.doc_type, draft.place_date, draft.authoring):
        out += [f"## {line}", ""] if line else []
    notes = [*title.footnotes] if title else []
    for p in body:
        text = _line(p)
        if p.kind == "heading":
            out += ["", f"## {text}", ""] if out[-1] else [f"## {text}", ""]
        elif p.kind == "operative":
            out.append(f"{p.marker}. {text}")
        elif p.kind == "sub-item":
            out.append(f"{'   ' * p.depth}{p.marker}. {text}")
        else:
            out += ["", text, ""] if out[-1] else [text, ""]
        notes += p.footnotes
    out.append("")
    out += [f"[^{n.mark}]: {n.text}" for n in notes]
    return "\n".join(out).strip("\n") + "\n"
