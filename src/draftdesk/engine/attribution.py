"""Who wrote each character of the agreed text, kept as run-length spans per paragraph.

A paragraph's attribution is a flat tuple ``(org, length, org, length, …)``: plain
strings and numbers, one small tuple per accepted edit rather than a record per
run (a merge applies thousands of edits: docs/performance.md); :func:`runs_of` makes the Run records a view
asks for. Runs are cut only where an accepted edit lands, so a paragraph touched by
three amendments has a handful of runs, not one entry per character; adjacent runs
of one organization are merged, and the lengths of a paragraph add up to its text's.
"""

from __future__ import annotations

from collections.abc import Sequence

from draftdesk.engine.outputs import Run
from draftdesk.engine.patches import Edit

Authors = tuple[str | int, ...]
"""``(org, length, org, length, …)``: who wrote each stretch of a paragraph, in order."""


def written_by(org: str, text: str) -> Authors:
    """A text written by one organization."""
    return (org, len(text)) if text else ()


def runs_of(authors: Authors, text: str) -> tuple[Run, ...]:
    """The runs of ``text`` (the paragraph ``authors`` describes), each with its organization."""
    runs = []
    pos = 0
    for i in range(0, len(authors), 2):
        end = pos + authors[i + 1]  # type: ignore[operator]
        runs.append(Run(authors[i], text[pos:end]))
        pos = end
    return tuple(runs)


def apply_to_authors(authors: Authors, edits: Sequence[Edit], org: str) -> Authors:
    """Apply non-overlapping edits (in the paragraph's text coordinates); inserted text is ``org``'s.

    ``authors`` are merged already (no two neighbours of one organization), as this
    function leaves them. Every accepted edit passes here: each is one walk to the
    runs it starts and ends in, which alone are cut (and joined to the inserted text
    when one organization's); the runs before and after it are sliced over whole.
    Edits apply last first, so the offsets of the ones before stay true.
    """
    if len(edits) > 1:
        edits = sorted(edits, key=lambda e: (e.start, e.end))[::-1]
    for edit in edits:
        start, end, count = edit.start, edit.end, len(authors)
        i = pos = 0  # the run at authors[i] starts at pos
        while i < count and pos + authors[i + 1] <= start:  # type: ignore[operator]
            pos += authors[i + 1]  # type: ignore[operator]
            i += 2
        out = list(authors[:i])
        if pos < start:  # the part of the run the edit starts in before it
            out += (authors[i], start - pos)
        if edit.text:
            if out and out[-2] == org:
                out[-1] += len(edit.text)  # type: ignore[operator]
            else:
                out += (org, len(edit.text))
        while i < count and pos + authors[i + 1] <= end:  # type: ignore[operator]
            pos += authors[i + 1]  # type: ignore[operator]
            i += 2
        if i < count:  # the part of the run the edit ends in after it, then the rest
            rest = pos + authors[i + 1] - end  # type: ignore[operator]
            if out and out[-2] == authors[i]:
                out[-1] += rest  # type: ignore[operator]
            else:
                out += (authors[i], rest)
            out += authors[i + 2 :]
        authors = tuple(out)
    return authors
