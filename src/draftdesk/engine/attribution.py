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


_NO_RUN = Run("", "")
_run = from_fields(Run)


def apply_to_runs(runs: Sequence[Run], edits: Sequence[Edit], org: str) -> tuple[Run, ...]:
    """Apply non-overlapping edits (in the runs' text coordinates); inserted text belongs to ``org``.

    ``runs`` are merged already (no two neighbours of one organization), as this
    function leaves them. Every accepted edit passes here, so it is one linear
    walk over runs and edits together; runs an edit does not cut are reused.
    """
    if len(edits) > 1:
        edits = sorted(edits, key=lambda e: (e.start, e.end))
    out: list[Run] = []
    index = run_start = run_end = pos = 0  # runs[index - 1] lies at run_start..run_end
    run = _NO_RUN
    for edit in edits:
        start = edit.start
        while pos < start:  # copy the text pos..start, run by run
            while run_end <= pos:
                run = runs[index]
                index += 1
                run_start, run_end = run_end, run_end + len(run.text)
            if pos == run_start and start >= run_end:
                _join(out, run)
                pos = run_end
            else:
                stop = start if start < run_end else run_end
                _join(out, _run((run.org, run.text[pos - run_start : stop - run_start])))
                pos = stop
        if edit.text:
            _join(out, _run((org, edit.text)))
        pos = edit.end
    while index < len(runs) and run_end <= pos:  # to the run holding the rest of the text
        run = runs[index]
        index += 1
        run_start, run_end = run_end, run_end + len(run.text)
    if pos < run_end:
        _join(out, run if pos == run_start else _run((run.org, run.text[pos - run_start :])))
    if index < len(runs):
        _join(out, runs[index])
        out.extend(runs[index + 1 :])
    return tuple(out)


def _join(out: list[Run], run: Run) -> None:
    """Append a run, joined to the last one when both are one organization's."""
    if out and out[-1].org == run.org:
        out[-1] = _run((run.org, out[-1].text + run.text))
    else:
        out.append(run)
