"""Changes and authors in plain characters, for where strikethrough, underline or colour is not seen.

A deletion reads ``[-old-]`` and an insertion ``{+new+}`` (as ``wdiff`` writes them), so a
change reads "[-note-]{+welcome+} [UNDP]", never "notewelcome [UNDP]"; each organization's words
in the attribution view read ``[UNDP: welcome]``. The plain-text export and the terminal UI (when
asked, or when the terminal cannot strike through) use these same marks.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import groupby

from draftdesk.engine.model import BASE_AUTHOR
from draftdesk.engine.outputs import Span

CHANGE_MARKS = {"del": ("[-", "-]"), "ins": ("{+", "+}")}


def marked(text: str, mark: str) -> str:
    """``text`` between the marks of a deletion or an insertion (unchanged for other spans)."""
    opening, closing = CHANGE_MARKS.get(mark, ("", ""))
    return f"{opening}{text}{closing}"


def tagged(spans: Sequence[Span]) -> list[Span]:
    """The spans, each run of one organization's words (not the original text's, not a change)
    between a tag ``[UNDP: `` and ``]``, spans of that organization; the spaces around the
    words stay outside: "regional [RCC: and international] cooperation"."""
    out: list[Span] = []
    for org, run in groupby(spans, _author):
        words = list(run)
        if not org:
            out += words
            continue
        first, last = words[0], words[-1]
        before = first.text[: len(first.text) - len(first.text.lstrip())]
        after = last.text[len(last.text.rstrip()) :]
        words[0] = replace(first, text=first.text[len(before) :])
        words[-1] = replace(words[-1], text=words[-1].text[: len(words[-1].text) - len(after)])
        out += [Span(before), Span(f"[{org}: ", org, "tag"), *words, Span("]", org, "tag"), Span(after)]
    return [span for span in out if span.text]


def _author(span: Span) -> str:
    """The organization a span of words is attributed to ("" for the original text and for marks)."""
    return span.org if span.org != BASE_AUTHOR and span.mark in ("", "fnref") and not span.change else ""


def change_of(span: Span) -> str:
    """The pending change a span is part of ("del", "ins"; "" for none): a footnote reference's is
    the change it stands in."""
    return span.change if span.mark == "fnref" else span.mark


def changes(spans: Sequence[Span]) -> Iterator[tuple[str, list[Span]]]:
    """The spans in runs of one change each, so that a deletion reads as one "[-…Court¹¹ that…-]"
    with the note reference it takes, not three."""
    for change, run in groupby(spans, change_of):
        yield change, list(run)
