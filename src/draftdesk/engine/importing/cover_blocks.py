"""A cover printed with no blank line, cut into the blocks a spaced cover has.

A PDF's text often loses the cover's blank lines; the sponsors' list and a "* …" note are then
found by their own marks (how the list opens or ends, lines that go on) and set apart again, so
the cover reads as its spaced original does.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from draftdesk.engine.importing.titles import JOINING

LIST_GOES_ON = JOINING | {"following"}
"""A cover line that stops on one of these goes on ("… United Kingdom of", "… Committee following")."""
ENDS_SPONSORS = re.compile(r"(?:/[\w.]*\d|draft (?:resolution|decision))\W*$")
SUBMITTED = re.compile(r"^Draft (?:resolutions?|decisions?|agreed conclusions)\b")
STARRED = re.compile(r"^\*+\s")
"""A sponsors' note ("* Any changes to the list of sponsors …"), printed under the cover's blocks."""


def blocked(texts: list[str], is_fact: Callable[[str], bool]) -> list[str]:
    """A cover printed with no blank line, with blank lines where its blocks end: around the sponsors
    ("Draft resolution submitted by …" down, or up from the line that ends them, "…: draft
    resolution", over the lines of their list: "… United Kingdom of") and around a "* …" note.
    ``is_fact`` tells a line that states a cover fact (symbol, date, session), never a sponsor."""
    if "" in texts:
        return texts
    rest = [i for i, text in enumerate(texts) if not is_fact(text)]
    start = end = next((i for i in rest if SUBMITTED.match(texts[i])), -1)
    if start >= 0:
        while end + 1 < len(texts) and _listed(texts[end]):
            end += 1
    else:
        start = end = next((i for i in rest if ENDS_SPONSORS.search(texts[i])), -1)
        while start > 0 and _listed(texts[start - 1]):
            start -= 1
    if end < 0:
        return texts
    out: list[str] = []
    for i, text in enumerate(texts):
        if i == start or STARRED.match(text):
            out.append("")
        out.append(text)
        if i == end or STARRED.match(text):
            out.append("")
    return out


def _listed(text: str) -> bool:
    """A line of a list that goes on: it ends "," or on a joining word, or holds several commas."""
    return text.endswith(",") or text.rsplit(" ", 1)[-1] in LIST_GOES_ON or text.count(", ") >= 2
