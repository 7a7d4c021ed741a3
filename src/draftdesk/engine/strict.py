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
from collections.abc import Callable, Sequence

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
    start, end = _beside(base, edit.start)
    return base[start:end]  # as the text reads: "health," not "health ,"


def _beside(base: str, point: int) -> tuple[int, int]:
    """The whole words either side of a point, and what stands between them."""
    before = _WORD_BEFORE.search(base[:point])
    after = _WORD_AFTER.search(base[point:])
    return (before.start(1) if before else point), (point + after.end(1) if after else point)


Segment = tuple[int, int, int]
"""(base start, base end, current start) of a stretch of text unchanged since the base."""


def equal_segments(base: str, current: str) -> tuple[Segment, ...]:
    """Every stretch both texts share, by a word diff."""
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
    base: str,
    current: str,
    edits: Sequence[Edit],
    segments: Sequence[Segment] | None = None,
    needs: Sequence[int] = (),
    diff: Callable[[str, str], Sequence[Segment]] = equal_segments,
) -> list[Edit]:
    """The edits moved onto ``current``; raises Unmapped for the first one touching changed text.

    ``segments``, when known, are the stretches of ``base`` untouched since; ``needs``, start and
    end pairs, the words an insertion was placed by ("after “x”"). An edit the segments refuse is
    looked at again by a word diff: an amendment needs its words, not who last wrote them. A
    replacement may keep words (“access to sexual and reproductive healthcare” by a wording still
    saying “sexual and reproductive”); an insertion needs the words it was placed by and the whole
    words either side of its point, side by side, so a clause replaced by one that keeps them (or
    by the very same words) leaves it standing, and one that drops a word it quoted does not.
    ``diff`` makes that word diff (a merge passes one that keeps what it made: amendments share bases).
    """
    if base == current:
        return list(edits)
    diffed = None if segments is not None else diff(base, current)
    refused = False
    mapped = []
    for edit in edits:
        moved = None if segments is None else _moved(edit, segments, _needed(base, edit, needs))
        if moved is None:
            refused = refused or segments is not None
            if diffed is None:
                diffed = diff(base, current)
            reach = _needed(base, edit, needs, by_words=True)
            moved = _moved(edit, diffed, reach)
            if moved is None:  # the words it needs are gone: named once, here
                needed = edit if reach[0] == reach[1] else Edit(*reach, "")
                raise Unmapped(_changed_words(base, needed, diffed), needed)
        mapped.append(moved)
    if refused and any(a.end > b.start for a, b in itertools.pairwise(mapped)):
        raise Unmapped(edit_words(base, edits[0]), edits[0])  # the two readings of the text disagree
    return mapped


def _needed(base: str, edit: Edit, needs: Sequence[int], by_words: bool = False) -> tuple[int, int]:
    """The stretch of ``base`` an edit needs unchanged: the range it replaces; for an insertion, the
    characters either side of its point (``by_words``: the whole words) and the words it was placed by."""
    start, end = edit.start, edit.end
    if edit.is_insertion:
        start, end = _beside(base, start) if by_words else (max(start - 1, 0), min(start + 1, len(base)))
        for a, b in zip(needs[::2], needs[1::2], strict=False):
            if a <= edit.start <= b:
                start, end = min(start, a), max(end, b)
    return start, end


def _moved(edit: Edit, segments: Sequence[Segment], needed: tuple[int, int]) -> Edit | None:
    """One edit on the current text, through the stretch of its base holding all it ``needed``
    (None when no unchanged stretch holds it)."""
    start, end = needed
    at = bisect_right(segments, (start, sys.maxsize)) - 1  # the last stretch starting at or before it
    if at < 0 or not (segments[at][0] <= start and end <= segments[at][1]):
        return None
    shift = segments[at][2] - segments[at][0]
    return Edit(edit.start + shift, edit.end + shift, edit.text) if shift else edit


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
