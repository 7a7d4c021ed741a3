"""Plain text in the source's own layout, so that import -> export txt -> import is the identity."""

from __future__ import annotations

from collections.abc import Sequence

from draftdesk.engine.model import Draft
from draftdesk.engine.outputs import Span, ViewParagraph

_COVER = ("symbol", "distribution", "date", "job", "barcode", "session", "agenda_item", "agenda_title",
          "adopted", "report")  # fmt: skip


def span_text(span: Span) -> str:
    text = f"*{span.text}*" if span.italic else span.text
    return {"ins": f"[+{text}+]", "del": f"[-{text}-]"}.get(span.mark, text)


def printed_marker(p: ViewParagraph) -> str:
    """What a document prints before a paragraph: operative and sub-item numbers, never PP numbers."""
    return f"{p.marker}. " if p.marker and p.kind in ("operative", "sub-item") else ""


def line_of(p: ViewParagraph) -> str:
    return "".join(span_text(s) for s in p.spans)


def _conclusions(draft: Draft, paragraphs: Sequence[ViewParagraph]) -> list[str]:
    out = [*draft.title, "", draft.doc_type, "", draft.place_date, ""]
    for p in paragraphs:
        text = line_of(p)
        if p.kind == "operative":
            out.append(f"{p.marker}. {text}")
        elif p.kind == "sub-item":
            out.append(f"{'   ' * p.depth}- {p.marker}. {text}")
        else:
            if out[-1]:
                out.append("")
            out += [text, ""]
    return out


def _resolution(draft: Draft, paragraphs: Sequence[ViewParagraph]) -> list[str]:
    meta = draft.metadata
    out = ["United Nations", meta.get("symbol", ""), "", "General Assembly"]
    out += [meta[key] for key in _COVER[1:] if key in meta] + [""]
    title = " ".join(draft.title)
    out += [f"{meta['number']}. {title}" if "number" in meta else title, "", draft.authoring, ""]
    part = ""
    for p in paragraphs:
        if p.part != part:
            part = p.part
            out += [part.capitalize(), ""]
        text = line_of(p)
        if p.kind == "operative":
            out += [f"{p.marker}. {text}", ""]
        elif p.kind == "sub-item":
            out += [f"{'    ' * p.depth}({p.marker}) {text}", ""]
        elif p.kind == "closing":
            out.append(text)
        else:
            out += [text, ""]
    return out


def _notes(paragraphs: Sequence[ViewParagraph]) -> list[str]:
    """Footnotes at the end, below a rule, as the UN prints them: "1 text"."""
    notes = [f"{note.mark} {note.text}" for p in paragraphs for note in p.footnotes]
    return ["", "_______________", "", "\n\n".join(notes)] if notes else []


def export_text(draft: Draft, paragraphs: Sequence[ViewParagraph]) -> str:
    """The document as its source was laid out; tracked proposals as [+ins+] / [-del-]."""
    render = _resolution if draft.layout == "un-resolution" else _conclusions
    return "\n".join(render(draft, paragraphs) + _notes(paragraphs)).strip("\n") + "\n"
