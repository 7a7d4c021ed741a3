"""Footnote references: digits the PDF glued to a word ("protection,1") become ``[^N]``.

Only marks of notes that exist are taken, each once and in order of the notes,
so a number in the text ("paragraph 1 (a)") is not mistaken for a reference.
"""

from __future__ import annotations

import re

from draftdesk.engine.importing.lines import join_lines

SEPARATOR = re.compile(r"^_{5,}$")
_NOTE = re.compile(r"^(\d+) (.*)$")


def parse_notes(lines: list[str]) -> dict[str, str]:
    """Notes written "1 text" after a blank line, continued on the following lines."""
    notes: dict[str, list[str]] = {}
    last, after_blank = "", True
    for line in (line.strip() for line in lines):
        match = _NOTE.match(line)
        if match and after_blank and match.group(1) not in notes:
            last = match.group(1)
            notes[last] = [match.group(2)]
        elif line and last:
            notes[last].append(line)
        after_blank = not line
    return {mark: join_lines(text) for mark, text in notes.items()}


def mark_references(texts: list[str], notes: dict[str, str]) -> list[str]:
    """Turn the reference digits of each note, in order, into ``[^N]`` (glued or after one space)."""
    out = list(texts)
    at = (0, 0)
    for mark in sorted(notes, key=int):
        pattern = re.compile(rf"(?<=[^\s\d(/.\-])\s{{0,2}}{mark}(?=\s|$|[,;.])")
        for index in range(at[0], len(out)):
            match = pattern.search(out[index], at[1] if index == at[0] else 0)
            if match:
                start = match.start()
                out[index] = f"{out[index][:start]}[^{mark}]{out[index][match.end() :]}"
                at = (index, start + len(mark) + 3)
                break
    return out
