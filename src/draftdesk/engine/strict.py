"""Strict mapping of an amendment's edits onto the text as it stands now (design §4).

An edit was made against ``op.base_text``. It still applies to the current text
only if every character it replaces (and, for a pure insertion, the characters
on either side of its point) is unchanged since: offsets may shift, words may
not. Anything else is reported, never guessed at.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from draftdesk.engine.patches import Edit, word_diff
from draftdesk.engine.results import from_fields

_DIFF_EQUAL = 0
_edit = from_fields(Edit)  # an accepted or pending edit moved onto the current text: thousands a merge
_WORD_BEFORE = re.compile(r"(\S+)\s*$")
_WORD_AFTER = re.compile(r"^\s*(\S+)")


class Unmapped(ValueError):
    """An edit whose words were changed since its base text; ``words`` names them."""

    def __init__(self, words: str) -> None:
        super().__init__(words)
        self.words = words


def edit_words(base: str, edit: Edit) -> str:
    """The words an edit touches, as a delegate would quote them."""
    if not edit.is_insertion:
        return base[edit.start : edit.end].strip() or base[edit.start : edit.end]
    before = _WORD_BEFORE.search(base[: edit.start])
    after = _WORD_AFTER.search(base[edit.start :])
    return " ".join(m.group(1) for m in (before, after) if m)


Segment = tuple[int, int, int]
"""(base start, base end, current start) of a stretch of text unchanged since the base."""


@lru_cache(maxsize=4096)
def equal_segments(base: str, current: str) -> tuple[Segment, ...]:
    """Every stretch both texts share, by a word diff (cached: pending amendments share their bases)."""
    segments = []
    pos_base = pos_current = 0
    for op, chunk in word_diff(base, current):
        if op == _DIFF_EQUAL:
            segments.append((pos_base, pos_base + len(chunk), pos_current))
            pos_base += len(chunk)
            pos_current += len(chunk)
        elif op < 0:
            pos_base += len(chunk)
        else:
            pos_current += len(chunk)
    return tuple(segments)


def updated_segments(segments: Sequence[Segment], edits: Sequence[Edit]) -> tuple[Segment, ...]:
    """The unchanged stretches once ``edits`` (in current coordinates, non-overlapping) are applied.

    Tracking them as edits are accepted spares a diff for every amendment made
    against the paragraph's original text: the common case.
    """
    gaps = []  # (current start, current end, shift): text between edits, and how far it moves
    pos = shift = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        gaps.append((pos, edit.start, shift))
        shift += len(edit.text) - (edit.end - edit.start)
        pos = edit.end
    gaps.append((pos, sys.maxsize, shift))
    out = []
    at = 0
    for base_start, base_end, current_start in segments:
        current_end = current_start + base_end - base_start
        while at < len(gaps) and gaps[at][1] <= current_start:
            at += 1
        k = at
        while k < len(gaps) and gaps[k][0] < current_end:
            lo, hi = max(current_start, gaps[k][0]), min(current_end, gaps[k][1])
            offset = base_start - current_start
            if lo < hi:
                seg = (lo + offset, hi + offset, lo + gaps[k][2])
                last = out[-1] if out else None
                if last and last[1] == seg[0] and last[2] + seg[0] - last[0] == seg[2]:
                    seg = (out.pop()[0], seg[1], last[2])  # an insertion later deleted: the text joins up
                out.append(seg)
            k += 1
    return tuple(out)


def map_edits(
    base: str, current: str, edits: Sequence[Edit], segments: Sequence[Segment] | None = None
) -> list[Edit]:
    """The edits moved onto ``current``; raises Unmapped for the first one touching changed text.

    ``segments``, when known, are the stretches of ``base`` unchanged in ``current``.
    """
    if base == current:
        return list(edits)
    if segments is None:
        segments = equal_segments(base, current)
    starts = [seg[0] for seg in segments]
    mapped = []
    for edit in edits:
        at = bisect_right(starts, edit.start) - 1
        if edit.is_insertion and at >= 0 and segments[at][0] == edit.start and edit.start > 0:
            at -= 1  # the point ends the segment before: it needs the character before it
        if at < 0 or not _inside(segments[at], edit, len(base)):
            raise Unmapped(edit_words(base, edit))
        shift = segments[at][2] - segments[at][0]
        mapped.append(_edit((edit.start + shift, edit.end + shift, edit.text)) if shift else edit)
    return mapped


def _inside(segment: Segment, edit: Edit, base_len: int) -> bool:
    """Whether an edit lies in unchanged text: its range, or an insertion point with its neighbours."""
    start, end, _ = segment
    if not edit.is_insertion:
        return start <= edit.start and edit.end <= end
    before_ok = edit.start == 0 or start < edit.start
    after_ok = edit.start == base_len or edit.start < end
    return start <= edit.start <= end and before_ok and after_ok
