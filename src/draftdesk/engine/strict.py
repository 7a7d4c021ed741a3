"""Strict mapping of an amendment's edits onto the text as it stands now (design §4).

An edit was made against ``op.base_text``. It still applies to the current text
only if every character it replaces (and, for a pure insertion, the characters
on either side of its point) is unchanged since: offsets may shift, words may
not. Anything else is reported, never guessed at.
"""

from __future__ import annotations

import itertools
import re
import sys
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from draftdesk.engine.patches import Edit, word_diff

_DIFF_EQUAL = 0
_WORD_BEFORE = re.compile(r"(\S+)\s*$")
_WORD_AFTER = re.compile(r"^\s*(\S+)")


class Unmapped(ValueError):
    """An edit whose words were changed since its base text; ``words`` names them."""

    def __init__(self, words: str, edit: Edit) -> None:
        super().__init__(words)
        self.words = words
        self.edit = edit


def edit_words(base: str, edit: Edit) -> str:
    """The words an edit touches, as a delegate would quote them."""
    if not edit.is_insertion:
        return base[edit.start : edit.end].strip() or base[edit.start : edit.end]
    before = _WORD_BEFORE.search(base[: edit.start])
    after = _WORD_AFTER.search(base[edit.start :])
    start = before.start(1) if before else edit.start
    end = edit.start + after.end(1) if after else edit.start
    return base[start:end]  # as the text reads: "health," not "health ,"


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
    against the paragraph's original text: the common case. Every accepted edit
    passes here, and a paragraph gains a stretch with each: a stretch lying
    between two edits is moved whole, only one an edit lands in is cut.
    """
    gaps = []  # (current start, current end, shift): text between edits, and how far it moves
    pos = shift = 0
    for start, end, text in sorted(edits, key=lambda e: (e.start, e.end)) if len(edits) > 1 else edits:
        gaps.append((pos, start, shift))
        shift += len(text) - (end - start)
        pos = end
    gaps.append((pos, sys.maxsize, shift))
    out: list[Segment] = []
    at = 0
    for base_start, base_end, current_start in segments:
        current_end = current_start + base_end - base_start
        while gaps[at][1] <= current_start:  # the last gap ends past every stretch
            at += 1
        lo, hi, moved = gaps[at]
        if lo <= current_start and current_end <= hi:  # between two edits: moved whole
            pieces: Sequence[Segment] = ((base_start, base_end, current_start + moved),)
        else:  # cut by edits: the parts in each gap it spans
            offset = base_start - current_start
            pieces = []
            for lo, hi, moved in gaps[at:]:
                if lo >= current_end:
                    break
                lo, hi = max(current_start, lo), min(current_end, hi)
                if lo < hi:
                    pieces.append((lo + offset, hi + offset, lo + moved))
        for seg in pieces:
            last = out[-1] if out else None
            if last and last[1] == seg[0] and last[2] + seg[0] - last[0] == seg[2]:
                out[-1] = (last[0], seg[1], last[2])  # an insertion later deleted: the text joins up
            else:
                out.append(seg)
    return tuple(out)


def map_edits(
    base: str, current: str, edits: Sequence[Edit], segments: Sequence[Segment] | None = None
) -> list[Edit]:
    """The edits moved onto ``current``; raises Unmapped for the first one touching changed text.

    ``segments``, when known, are the stretches of ``base`` untouched since. Words an edit replaces
    that another amendment replaced are looked for again by a word diff: a replacement may keep
    words (“access to sexual and reproductive healthcare” by a wording still saying “sexual and
    reproductive”), and an amendment needs its words, not who last wrote them. An insertion keeps
    the strict rule: it was placed by words it quoted, which its edit does not hold.
    """
    if base == current:
        return list(edits)
    known = equal_segments(base, current) if segments is None else segments
    diffed: Sequence[Segment] | None = None
    mapped = []
    for edit in edits:
        try:
            mapped.append(_moved(base, edit, known))
        except Unmapped:
            if segments is None or edit.is_insertion:
                raise
            diffed = diffed or equal_segments(base, current)
            mapped.append(_moved(base, edit, diffed))
    if diffed is not None and any(a.end > b.start for a, b in itertools.pairwise(mapped)):
        raise Unmapped(edit_words(base, edits[0]), edits[0])  # the two readings of the text disagree
    return mapped


def _moved(base: str, edit: Edit, segments: Sequence[Segment]) -> Edit:
    """One edit on the current text, through the stretches of ``base`` it still holds."""
    start, end, text = edit
    at = bisect_right(segments, (start, sys.maxsize)) - 1  # the last stretch starting at or before it
    if start == end and at >= 0 and segments[at][0] == start and start > 0:
        at -= 1  # the point ends the segment before: it needs the character before it
    if at < 0:
        raise Unmapped(_changed_words(base, edit, segments), edit)
    seg_start, seg_end, seg_current = segments[at]
    if start == end:  # an insertion point: unchanged, and so are the characters either side
        inside = seg_start <= start <= seg_end and (start == 0 or seg_start < start)
        inside = inside and (start == len(base) or start < seg_end)
    else:  # the range it replaces lies in unchanged text
        inside = seg_start <= start and end <= seg_end
    if not inside:
        raise Unmapped(_changed_words(base, edit, segments), edit)
    shift = seg_current - seg_start
    return Edit(start + shift, end + shift, text) if shift else edit


def _changed_words(base: str, edit: Edit, segments: Sequence[Segment]) -> str:
    """The words an edit needs that are no longer there: of the words it replaces, those no
    unchanged stretch holds (whole words); where they all stand but not side by side, the words
    either side of the break; for an insertion, the words either side of its point."""
    if edit.is_insertion:
        return edit_words(base, edit)
    start, end = edit.start, edit.end
    covered = sorted((max(a, start), min(b, end)) for a, b, _ in segments if a < end and b > start)
    gaps, pos = [], start
    for a, b in covered:
        if a > pos and base[pos:a].strip():
            gaps.append((pos, a))
        pos = max(pos, b)
    if end > pos and base[pos:end].strip():
        gaps.append((pos, end))
    if not gaps:  # every word stands, with something put between them
        joins = [b for a, b in covered[:-1]] or [start]
        return edit_words(base, Edit(joins[0], joins[0], ""))
    a, b = gaps[0][0], gaps[-1][1]
    while a > start and not base[a - 1].isspace():
        a -= 1
    while b < end and not base[b].isspace():
        b += 1
    return base[a:b].strip()
