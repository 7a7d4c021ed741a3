"""Who wrote each character of the agreed text, kept as run-length spans per paragraph.

Runs are cut only where an accepted edit lands, so a paragraph touched by three
amendments has a handful of runs, not one entry per character; adjacent runs of
one organization are merged, and the runs of a paragraph always concatenate to
its text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from draftdesk.engine.patches import Edit
from draftdesk.engine.results import Run, from_fields


def runs_text(runs: Iterable[Run]) -> str:
    return "".join(run.text for run in runs)


_run = from_fields(Run)


def apply_to_runs(runs: Sequence[Run], edits: Sequence[Edit], org: str) -> tuple[Run, ...]:
    """Apply non-overlapping edits (in the runs' text coordinates); inserted text belongs to ``org``.

    ``runs`` are merged already (no two neighbours of one organization), as this
    function leaves them. Every accepted edit passes here: each is one walk to
    the runs it starts and ends in, which alone are cut (and joined to the
    inserted text when one organization's); the others are reused. Edits apply
    last first, so the offsets of the ones before stay true.
    """
    if len(edits) > 1:
        edits = sorted(edits, key=lambda e: (e.start, e.end))[::-1]
    for edit in edits:
        start, end, count = edit.start, edit.end, len(runs)
        index = pos = 0  # runs[index] starts at pos
        while index < count and pos + len(runs[index].text) <= start:
            pos += len(runs[index].text)
            index += 1
        out = list(runs[:index])
        if pos < start:  # the part of the run the edit starts in before it
            out.append(_run((runs[index].org, runs[index].text[: start - pos])))
        if edit.text:
            if out and out[-1].org == org:
                out[-1] = _run((org, out[-1].text + edit.text))
            else:
                out.append(_run((org, edit.text)))
        while index < count and pos + len(runs[index].text) <= end:
            pos += len(runs[index].text)
            index += 1
        if index < count:  # the part of the run the edit ends in after it, then the rest
            run = runs[index] if pos == end else _run((runs[index].org, runs[index].text[end - pos :]))
            if out and out[-1].org == run.org:
                out[-1] = _run((run.org, out[-1].text + run.text))
            else:
                out.append(run)
            out.extend(runs[index + 1 :])
        runs = out
    return tuple(runs)
