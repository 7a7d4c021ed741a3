"""Joining wrapped lines into one paragraph, for every layout."""

from __future__ import annotations

import re

_SPACES = re.compile(r"[ \u00a0]+")


_SUSPENDED = re.compile(r"^(?:and|or)\b")
"""After a suspended hyphen ("low- / and middle-income", "fisheries- / or aquaculture-related")."""


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines; a line-end hyphen stays (PDF text breaks "Secretary-General" at its
    hyphen) and glues the next line, unless that line goes on with the compound it suspends."""
    out = ""
    for line in (line.strip() for line in lines):
        if not line:
            continue
        if not out or (out.endswith("-") and out[-2:-1].isalpha() and not _SUSPENDED.match(line)):
            out += line
        else:
            out += " " + line
    return _SPACES.sub(" ", out).strip()
