"""Text made inert for display: control characters shown, never obeyed.

Delegations' words are stored exactly as given, but a terminal obeys what it is
sent: ``ESC ] 52`` fills the clipboard, ``ESC [ 2J`` clears the screen, a bidi
override makes a sentence read backwards. Everything that shows stored text (the
CLI, the exports, the TUI) passes it through :func:`inert` first, which swaps
each such character for a visible stand-in: C0 controls for their Unicode
control pictures (ESC -> ␛, BEL -> ␇), DEL for ␡, C1 controls and the bidi
embedding, override and isolate characters for ``\\x9b``-style escapes. Line
breaks and tabs stay as they are.
"""

from __future__ import annotations

import re

KEPT = frozenset("\n\t")
BIDI = (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
"""Embeddings, overrides and isolates: they reorder what follows them on screen."""

VISIBLE: dict[int, str] = {
    **{code: chr(0x2400 + code) for code in range(0x20) if chr(code) not in KEPT},
    0x7F: "\u2421",
    **{code: f"\\x{code:02x}" for code in range(0x80, 0xA0)},
    **{code: f"\\u{code:04x}" for code in BIDI},
}
"""Each character a terminal would obey, and what is shown instead."""

JSON_ESCAPES: dict[int, str] = {code: f"\\u{code:04x}" for code in (0x7F, *range(0x80, 0xA0), *BIDI)}
"""What JSON leaves raw among those characters (it escapes only C0), as JSON escapes them."""


_OBEYED = re.compile("[" + "".join(re.escape(chr(code)) for code in VISIBLE) + "]")
"""Any of those characters: most text has none, and a search is far cheaper than translating."""


def inert(text: str) -> str:
    """``text`` with every control character a terminal would obey replaced by a visible stand-in."""
    return text.translate(VISIBLE) if _OBEYED.search(text) else text


def inert_json(document: str) -> str:
    """A JSON document with DEL, C1 and bidi controls escaped: the same data, safe to print.

    Those characters can only stand inside strings (JSON's own syntax is ASCII), where a ``\\u``
    escape means the same character.
    """
    return document.translate(JSON_ESCAPES)
