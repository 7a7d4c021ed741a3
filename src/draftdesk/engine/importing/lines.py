"""Joining wrapped lines into one paragraph, for every layout."""

from __future__ import annotations

import re

_SPACES = re.compile(r"[ \u00a0]+")


_RANGE = re.compile(r"(?<=\d)([–—]) (?=\d)")
"""A range printed across a line break keeps the break's space after its dash ("5– 13 September")."""

_SUSPENDED = re.compile(r"^(?:and|or)\b")
"""After a suspended hyphen ("low- / and middle-income", "fisheries- / or aquaculture-related")."""


def _glued(out: str, line: str) -> bool:
    """Whether the next line goes on the word the line before breaks: at a hyphen (PDF text breaks
    "Secretary-General" there) unless the line goes on with the compound it suspends, or at a dash
    with no space before it (a range "5–13 September", "2015–2030")."""
    if out.endswith("-"):
        return out[-2:-1].isalpha() and not _SUSPENDED.match(line)
    return out.endswith(("–", "—")) and not out[-2:-1].isspace()


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines, with a space unless the break falls inside a word (:func:`_glued`)."""
    out = ""
    for line in (line.strip() for line in lines):
        if not line:
            continue
        if not out or _glued(out, line):
            out += line
        else:
            out += " " + line
    return _RANGE.sub(r"\1", _SPACES.sub(" ", out)).strip()


_COMPOUND = re.compile(r"\b[^\W\d_]+-[^\W\d_]+\b")
_BROKEN_COMPOUND = re.compile(r"\b([^\W\d_]+)- ([^\W\d_]+)\b")


def rejoin_hyphens(texts: list[str]) -> list[str]:
    """A compound an extraction printed with a space after its hyphen, mid-line ("neo- Nazism",
    "non- discrimination": a line-end hyphen rejoined badly), written whole where the document
    itself writes it whole ("neo-Nazism"): hyphenation learned per document. A suspended hyphen
    ("pre- and post-war") is no compound the document writes."""
    compounds = {match.group(0) for text in texts if "-" in text for match in _COMPOUND.finditer(text)}

    def whole(match: re.Match[str]) -> str:
        compound = f"{match.group(1)}-{match.group(2)}"
        return compound if compound in compounds else match.group(0)

    return [_BROKEN_COMPOUND.sub(whole, text) if "- " in text else text for text in texts]
