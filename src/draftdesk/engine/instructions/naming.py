"""How a sentence names the paragraphs its changes are made in.

"In operative paragraphs 27 and 43, …", "Operative paragraph 4: …", a clause followed by
"in operative paragraph 4" or by "in the preambular paragraphs and the operative
paragraphs" / "throughout the text", and "At the end of operative paragraph 5, add …".
"""

from __future__ import annotations

import re

from draftdesk.engine.instructions.clauses import FOLLOWING, INS, QUOTE, WORDS
from draftdesk.engine.instructions.paragraphs import ADDRESS, ADDRESSES, QUOTED_ADDRESS

_CLAUSE_START = r"(?=(?:after|before|replace|delete|strike|remove|insert|add|at\s+the|the\s+words?)\b)"
IN = re.compile(
    rf"in\s+(?P<addr>{ADDRESSES})(?:\s*[,:]\s*(?:{_CLAUSE_START}|(?=[“\"‘]))|\s+{_CLAUSE_START})",
    re.I,
)
IN_LOOSE = re.compile(r"in\s+(?P<addr>[^,:;“”\"‘]+?)\s*[,:]\s*", re.I)
"""Any words after the paragraph's name, so that what cannot be read is named with it."""
HEADED = re.compile(
    r"(?P<addr>(?:the\s+\w+\s+)?(?:preambular|operative|pp|op|sub-?paragraph)[^,:;“”\"‘]*?)"
    rf"\s*:\s*{_CLAUSE_START}",
    re.I,
)
SCOPE = re.compile(
    r"\s*(?:(?:in|throughout)\s+(?P<parts>(?:(?:the\s+)?(?:title|preamble|preambular\s+paragraphs|operative\s+"
    r"(?:paragraphs|part)|(?:whole\s+|entire\s+)?(?:text|draft(?:\s+resolution|\s+decision)?|annex))"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)?)+)(?!\s*\d)|throughout)",
    re.I,
)
WHEREVER = re.compile(
    r",?\s*(?:wherever|whenever|each\s+time|every\s+time)\s+(?:it|they|the\s+words?\s+\S+)\s+(?:appears?|occurs?)"
    r"(?:\s+in\s+(?P<parts>(?:the\s+)?(?:(?:whole\s+|entire\s+)?text|draft(?:\s+resolution|\s+decision)?|paragraph)))?",
    re.I,
)
"""Every occurrence: "replace the word “x” with “y” wherever it appears (in the text)"."""
AFTER_CLAUSE = re.compile(
    rf",?\s+(?:in|from)\s+(?P<addr>(?:{QUOTED_ADDRESS}|[^;“”\"‘])+?)\s*(?=[;.](?:\s|$)|$)", re.I
)
"""A clause's paragraph named after it: "delete “x” in operative paragraph 4"."""
AT_EDGE_AFTER = re.compile(
    rf"{INS}\s+(?:{FOLLOWING})?at\s+the\s+(?P<edge>end|beginning|start)\s+of\s+"
    rf"(?P<addr>{ADDRESS})\s*[,:]?\s+{WORDS}{QUOTE}",
    re.I,
)
"""The words last: "Add the following at the end of operative paragraph 3: “…”"."""
AT_EDGE = re.compile(
    rf"at\s+the\s+(?P<edge>end|beginning|start)\s+of\s+(?!the\s+(?:paragraph|text|sentence)\b)"
    rf"(?P<addr>{ADDRESS})\s*,?\s+{INS}\s+{WORDS}{QUOTE}",
    re.I,
)
PLACE_INSIDE = re.compile(
    rf"(?P<head>(?:after|before)\s+{WORDS}{QUOTE})\s+in\s+(?P<addr>{ADDRESS})\s*,?\s+"
    rf"(?P<tail>{INS}\s+{WORDS}{QUOTE})",
    re.I,
)
"""The paragraph named inside the clause: "after the words “x” in operative paragraph 3, insert “y”"."""
_PARTS = {
    "title": ("title",),
    "preamble": ("preamble",),
    "preambular": ("preamble",),
    "operative": ("operative", "sub-item"),
}
_ALL = {"title", "preamble", "operative", "sub-item", "heading", "text", "closing"}


def kinds_in(parts: str) -> set[str]:
    """The kinds of paragraph "the title, the preambular paragraphs and the operative paragraphs" names."""
    if re.search(r"text|draft|annex", parts):
        return _ALL.copy()
    return {kind for word, found in _PARTS.items() if word in parts for kind in found}
