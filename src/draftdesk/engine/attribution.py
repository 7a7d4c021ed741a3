"""Who wrote each character of the agreed text, kept as run-length spans per paragraph.

Runs are cut only where an accepted edit lands, so a paragraph touched by three
amendments has a handful of runs, not one entry per character; adjacent runs of
one organization are merged, and the runs of a paragraph always concatenate to
its text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate

from draftdesk.engine.patches import Edit
from draftdesk.engine.results import Run


def runs_text(runs: Iterable[Run]) -> str:
    return "".join(run.text for run in runs)


def _push(out: list[Run], org: str, text: str) -> None:
    if not text:
        return
    if out and out[-1].org == org:
        out[-1] = Run(org, out[-1].text + text)
    else:
        out.append(Run(org, text))


def apply_to_runs(runs: Sequence[Run], edits: Sequence[Edit], org: str) -> tuple[Run, ...]:
    """Apply non-overlapping edits (in the runs' text coordinates); inserted text belongs to ``org``."""
    starts = list(accumulate((len(run.text) for run in runs), initial=0))
    out: list[Run] = []

    def keep(start: int, end: int) -> None:
        """Copy the original text start..end, run by run."""
        at = max(bisect_right(starts, start) - 1, 0)
        while start < end:
            run_end = starts[at + 1]
            _push(out, runs[at].org, runs[at].text[start - starts[at] : min(end, run_end) - starts[at]])
            start = min(end, run_end)
            at += 1

    pos = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        keep(pos, edit.start)
        _push(out, org, edit.text)
        pos = edit.end
    keep(pos, starts[-1])
    return tuple(out)
