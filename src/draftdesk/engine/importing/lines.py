"""Joining wrapped lines into one paragraph, for every layout."""

from __future__ import annotations

import re

_SPACES = re.compile(r"[ \u00a0]+")


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines; a line-end hyphen stays (PDF text breaks "Secretary-General" at its hyphen)."""
    out = ""
    for line in (line.strip() for line in lines):
        if not line:
            continue
        if not out or (out.endswith("-") and out[-2:-1].isalpha()):
            out += line
        else:
            out += " " + line
    return _SPACES.sub(" ", out).strip()
