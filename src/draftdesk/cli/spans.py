"""``show --json`` spans: who wrote each piece of a paragraph, whatever the view.

A view marks only what proposals add or strike; its plain text carries no
author. For the JSON contract (spans as ``{org, text}``, "base" for the original
words) plain text takes its author from the attribution of the agreed text. The
two texts differ only where a view adds brackets or tags, or renumbers a
cross-reference, so the characters are matched up with difflib and a character
with no counterpart (a renumbered "6") takes the author of the one before it.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

from draftdesk.engine.model import BASE_AUTHOR
from draftdesk.engine.outputs import ViewParagraph


def authors_of(text: str, attribution: ViewParagraph | None) -> list[str]:
    """The org that wrote each character of ``text``, read off the paragraph's attribution."""
    if attribution is None:
        return [BASE_AUTHOR] * len(text)
    written = [span.org or BASE_AUTHOR for span in attribution.spans for _ in span.text]
    if attribution.text == text:
        return written
    owners: list[str | None] = [None] * len(text)
    matcher = SequenceMatcher(None, attribution.text, text, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        owners[b : b + size] = written[a : a + size]
    out: list[str] = []
    for owner in owners:
        out.append(owner or (out[-1] if out else BASE_AUTHOR))
    return out


def spans_json(paragraph: ViewParagraph, attribution: ViewParagraph | None) -> list[dict[str, Any]]:
    """``[{org, text, mark}]`` concatenating to the paragraph's text; a proposal's own spans keep its org."""
    authors = authors_of(paragraph.text, attribution)
    out: list[dict[str, Any]] = []
    pos = 0
    for span in paragraph.spans:
        for i, ch in enumerate(span.text):
            org = span.org or authors[pos + i]
            last = out[-1] if out else None
            if last and last["org"] == org and last["mark"] == span.mark:
                last["text"] += ch
            else:
                out.append({"org": org, "text": ch, "mark": span.mark})
        pos += len(span.text)
    return out
