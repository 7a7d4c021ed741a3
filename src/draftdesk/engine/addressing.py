"""Paragraph addresses as delegates write them: "PP2", "OP4(c)", "4.c", "the third preambular paragraph",
an item of a decision that letters its operative clauses as it is cited, "paragraph (b)",
and in a part of the text with its own numbering (an annex, resolution B, section II) as labels print
them, "ANNEX OP3", or as delegates say it, "paragraph 3 of the annex"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from draftdesk.engine.model import Paragraph
from draftdesk.engine.numbering import number_paragraphs
from draftdesk.engine.title import TITLE_ID

_UNITS = [
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
    "sixteenth", "seventeenth", "eighteenth", "nineteenth",
]  # fmt: skip
_TENS = ["", "", "twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet"]
_CARDINAL_UNITS = [
    "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
]  # fmt: skip


def ordinal_word(n: int) -> str:
    """1 -> 'first', 23 -> 'twenty-third' (1 to 99)."""
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return f"{_TENS[tens]}ieth"
    return f"{_TENS[tens]}y-{_UNITS[unit]}"


_ORDINALS = {ordinal_word(n): n for n in range(1, 100)}
_ORDINAL_RE = "|".join(sorted(_ORDINALS, key=len, reverse=True))


class AddressError(ValueError):
    """An address that does not parse, or names no paragraph of the draft."""


_SUB = r"(?:\s*(?:\(\s*([a-z]+)\s*\)|\.\s*([a-z]+)\b))"
_KIND_WORDS = {
    "pp": "PP", "preambular": "PP", "preamble": "PP",
    "op": "OP", "operative": "OP", "": "OP",
}  # fmt: skip
_NUMBERED = re.compile(
    r"^(?:(?P<code>pp|op)\s*|(?P<word>preambular|preamble|operative)\s+paragraph\s+|paragraph\s+"
    r"|(?P<sub>(?:operative\s+)?sub-?paragraph\s+))?"
    r"(?P<num>\d+)(?:\s*(?P<group>[a-z])(?=\s*\())?(?P<subs>(?:" + _SUB + r")*)\.?$"
)
"""A group of a paragraph's items under a lettered heading ("OP32 B(a)") comes before its items;
"subparagraph 1 (c)" names an item with its paragraph's number."""
_ITEM = re.compile(r"^(?:op\s*|(?:operative\s+|sub-?)?paragraph\s+)?(?P<subs>(?:\(\s*[a-z]+\s*\)\s*)+)\.?$")
"""An item of a text that letters its operative clauses (a decision): "(b)", "paragraph (b)",
"subparagraph (b)", "OP(b)(i)"."""
_ORDINAL = re.compile(
    r"^(?:the\s+)?(?P<ord>" + _ORDINAL_RE + r"|\d+(?:st|nd|rd|th))\s+"
    r"(?P<word>preambular|operative)\s+paragraph$"
)
_SUB_PARTS = re.compile(r"\(\s*([a-z]+)\s*\)|\.\s*([a-z]+)")
_TITLE = re.compile(r"(?:the\s+)?title")


def canonical(address: str) -> str:
    """Normalise an address to its label form ("operative paragraph 4 (c)" -> "OP4(c)").

    Raises AddressError when the text is not an address.
    """
    text = " ".join(address.strip().lower().split())
    match = _NUMBERED.match(text)
    if match and not (match["sub"] and not match["subs"]):
        code = _KIND_WORDS[match["code"] or match["word"] or ""]
        subs = "".join(f"({a or b})" for a, b in _SUB_PARTS.findall(match["subs"]))
        group = f" {match['group'].upper()}" if match["group"] else ""
        return f"{code}{int(match['num'])}{group}{subs}"
    match = _ITEM.match(text)
    if match:
        return "OP" + "".join(f"({a})" for a, _ in _SUB_PARTS.findall(match["subs"]))
    match = _ORDINAL.match(text)
    if match:
        word = match["ord"]
        n = _ORDINALS[word] if word in _ORDINALS else int(re.sub(r"\D", "", word))
        return f"{_KIND_WORDS[match['word']]}{n}"
    raise AddressError(f"not a paragraph address: {address!r} (try PP2, OP4 or OP4(c))")


def resolve(paragraphs: Sequence[Paragraph], address: str) -> str:
    """The id of the paragraph an address names, in the given paragraph order.

    A paragraph's stable id is accepted as is, and "the title" when ``paragraphs`` hold it.
    """
    wanted = address.strip()
    if any(p.id == wanted for p in paragraphs):
        return wanted
    titled = any(p.id == TITLE_ID for p in paragraphs)
    if titled and _TITLE.fullmatch(" ".join(wanted.lower().split())):
        return TITLE_ID
    parts = sorted({p.part for p in paragraphs if p.part}, key=len, reverse=True)
    part, rest = split_part(wanted, parts)
    try:
        label = (f"{part.upper()} " if part else "") + canonical(rest)
    except AddressError:
        if not parts and not titled:
            raise
        forms = [
            "PP2",
            "OP4(c)",
            *([f"{parts[-1].upper()} OP3"] if parts else []),
            *(["title"] if titled else []),
        ]
        hint = f"{', '.join(forms[:-1])} or {forms[-1]}"
        raise AddressError(f"not a paragraph address: {address!r} (try {hint})") from None
    for pid, number in number_paragraphs(paragraphs).items():
        if number.label == label:
            return pid
    raise AddressError(f"no paragraph {label} in this draft")


_PART_WORDS = r"(?:(?:section|part|resolution|chapter)\s+)?"


def split_part(address: str, parts: Sequence[str]) -> tuple[str, str]:
    """(part, the address within it) for an address into one of ``parts`` — "ANNEX OP3", "annex
    paragraph 3", "paragraph 3 of the annex", "operative paragraph 2 of section II" —, else ("", address)."""
    text = " ".join(address.lower().split())
    for part in parts:
        name = _PART_WORDS + re.escape(part.lower())
        if m := re.fullmatch(rf"(?:the\s+)?{name}\s+(.+)", text):
            return part, m[1]
        if m := re.fullmatch(rf"(.+?)\s+of\s+(?:the\s+)?{name}", text):
            return part, m[1]
    return "", address


def describe(label: str) -> str:
    """Spell a label out as amendment documents do: "OP4(c)" -> "operative paragraph 4 (c)", "OP(b)"
    -> "paragraph (b)"."""
    match = re.match(r"^(?:(\w+) )?(PP|OP)(\d*)((?:\(\w+\))*)$", label)
    if not match or not (match[3] or match[4]):
        return label
    part, code, num, subs = match.groups()
    word = "preambular" if code == "PP" else "operative"
    text = f"{word} paragraph {num}" + (f" {subs}" if subs else "") if num else f"paragraph {subs}"
    return f"{text} of the {part.lower()}" if part else text
