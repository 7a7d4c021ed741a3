"""Cross-references that follow renumbering: "paragraphs 5, 12 and 14 above" names the new numbers.

The stored text keeps the numbers as written against the base text of the
revision; only rendered views translate them. A number is read in the base
numbering, mapped to its paragraph id, and printed with that paragraph's number
in the agreed text. Only references closed by "above" or "below" are touched,
so "paragraph 5 of resolution 60/1" is left alone, as is a reference to a
paragraph that was deleted.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from draftdesk.engine.numbering import Number

_ONE = r"\d+(?:\s*\([a-z]+\))*"
_REFERENCE_RE = re.compile(
    rf"\b(paragraphs?\s+)({_ONE}(?:(?:\s*,\s*|\s*,?\s+(?:and|or|to)\s+){_ONE})*)(\s+(?:above|below)\b)"
)
_ONE_RE = re.compile(_ONE)
_SUB_RE = re.compile(r"\(([a-z]+)\)")


class Renumbering:
    """Translate operative paragraph references from base numbers to agreed numbers."""

    def __init__(self, base: Mapping[str, Number], agreed: Mapping[str, Number]) -> None:
        old = _labels(base)
        self._new = {label: agreed[pid] for pid, label in old.items() if pid in agreed}
        self.identity = len(self._new) == len(old) and all(n.label == k for k, n in self._new.items())

    def rewrite(self, text: str) -> str:
        if self.identity or "paragraph" not in text:
            return text
        return _REFERENCE_RE.sub(self._rewrite_reference, text)

    def _rewrite_reference(self, match: re.Match[str]) -> str:
        numbers = _ONE_RE.sub(self._rewrite_number, match.group(2))
        return f"{match.group(1)}{numbers}{match.group(3)}"

    def _rewrite_number(self, match: re.Match[str]) -> str:
        written = match.group(0)
        subs = _SUB_RE.findall(written)
        label = "OP" + written.split("(")[0].strip() + "".join(f"({s})" for s in subs)
        number = self._new.get(label)
        if number is None:
            return written
        parts = number.label.removeprefix("OP").split("(")
        spacing = " " if " (" in written else ""
        return parts[0] + "".join(f"{spacing}({p}" for p in parts[1:])


def _labels(numbers: Mapping[str, Number]) -> dict[str, str]:
    return {pid: n.label for pid, n in numbers.items() if n.label.startswith("OP")}
