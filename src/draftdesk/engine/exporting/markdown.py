"""Markdown: headings for the title, numbered lists, *emphasis*, footnotes with definitions.

The draft's words are escaped: Markdown passes HTML through, and a document rendered to a web page
must not run what a delegation typed (``<script>``), nor take its asterisks or brackets for markup.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from draftdesk.engine.issued import printed_type, revision_line
from draftdesk.engine.marks import changes
from draftdesk.engine.model import Draft
from draftdesk.engine.outputs import Span, ViewParagraph
from draftdesk.engine.title import shown_title, split_title

_MARKUP = re.compile(r"([\\`*_\[\]~|])")
_BLOCK_START = re.compile(r"^(\s*)([#>+-]|\d+[.)])")


def escaped(words: str) -> str:
    """Words shown as typed: no HTML, no Markdown markup."""
    return _MARKUP.sub(r"\\\1", html.escape(words, quote=False))


def _span(span: Span) -> str:
    if span.mark == "fnref":
        return f"[^{span.text}]"
    text = escaped(span.text)
    return f"*{text}*" if span.italic else text


def _line(p: ViewParagraph) -> str:
    """A paragraph's text, a change's words (with the note references they take) marked once; one
    that would open a Markdown block (a heading, a list) does not."""
    text = "".join(_marked("".join(map(_span, run)), change) for change, run in changes(p.spans))
    return _BLOCK_START.sub(r"\1\\\2", text, count=1)


def _marked(words: str, change: str) -> str:
    return {"ins": f"<ins>{words}</ins>", "del": f"~~{words}~~"}.get(change, words)


def export_markdown(draft: Draft, paragraphs: Sequence[ViewParagraph]) -> str:
    """Markdown of a view; a tracked view's deletions read as ~~x~~ and insertions as <ins>x</ins>."""
    title, body = split_title(paragraphs)
    out = [f"# {' '.join(shown_title(draft, title, _line, escaped))}", ""]
    for line in (draft.metadata.get("symbol", ""), revision_line(draft)):  # which document, which revision
        out += [escaped(line), ""] if line else []
    for line in (printed_type(draft), draft.place_date, draft.authoring):
        out += [f"## {escaped(line)}", ""] if line else []
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
    out += [f"[^{n.mark}]: {escaped(n.text)}" for n in notes]
    return "\n".join(out).strip("\n") + "\n"
