"""Held-out documents made from the corpus: a real document laid out as another one may be.

Each variant changes what real documents differ in and their structure must not: how pages are
marked (form feeds, nothing at all), the page width (lines re-wrapped narrower or wider), blank
lines (none at all), the furniture (another kind of symbol, "Page n" markers, starred job
numbers, no barcode) and the authoring body. A variant is a function of the text and the
replacement it makes in the paragraphs' texts (the authoring body's name), if any.
"""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from collections.abc import Callable
from typing import NamedTuple

from draftdesk.engine.importing import import_text
from draftdesk.engine.numbering import labels

FURNITURE = re.compile(r"^(?:[A-Z][\w.\-]*(?:/[\w.\-]*\w)+\*?|\d{2}-\d{5}.*|\d+/\d+|\*\d+\*|_{5,})$")
STARTS_A_PARAGRAPH = re.compile(r"^(?:\d{1,3}\.|\([a-z]+\))\s")
PAGE_MARK = re.compile(r"^(\d+)/(\d+)$")
JOB = re.compile(r"^(\d{2}-\d{5})\s*$")
BARCODE = re.compile(r"^\*\d{6,}\*$")
_OPENING = 30
"""The characters of a paragraph's opening compared with a line's."""
ASSEMBLY, ECOSOC = "The General Assembly", "The Economic and Social Council"

Shape = list[tuple[str, str, str, str, tuple[tuple[str, str], ...]]]


def shape(text: str) -> Shape:
    """What must not change: each paragraph's label, kind, part, text and notes."""
    draft = import_text(text, slug="x").draft
    named = labels(draft.paragraphs)
    return [
        (named.get(p.id, ""), p.kind, p.part, p.text, tuple((n.mark, n.text) for n in p.footnotes))
        for p in draft.paragraphs
    ]


def renamed(expected: Shape, old: str, new: str) -> Shape:
    return [(*p[:3], p[3].replace(old, new), p[4]) for p in expected]


def form_feeds(text: str) -> str:
    """The extractor's page break (a line with nothing on it) as a form feed."""
    return "\n".join("\f" if line == "" else line for line in text.split("\n"))


def rewrapped(text: str, factor: float = 0.9) -> str:
    """Page marks dropped, prose re-wrapped to ``factor`` of the document's width. A paragraph
    still starts its line, as in a PDF, also where the source has no blank line before it (a
    "Target:" line right after its paragraph): the text's own paragraphs say where."""
    openings = {p.text[:_OPENING] for p in import_text(text, slug="x").draft.paragraphs if p.kind == "text"}
    lines = [line for line in text.split("\n") if line != ""]
    widths = sorted(len(line.strip()) for line in lines if line.strip())
    width = int(widths[len(widths) * 9 // 10] * factor)
    start = next((i + 1 for i, line in enumerate(lines) if line.strip().startswith(ASSEMBLY)), len(lines))
    out, run = lines[:start], []

    def flush() -> None:
        prose = [line.strip() for line in run]
        wrapped = len(prose) > 1 and all(len(line) > 45 for line in prose[:-1])
        if wrapped and not any(FURNITURE.match(line) for line in prose):
            joined = prose[0]
            for line in prose[1:]:
                joined += line if joined.endswith("-") else f" {line}"
            # a hyphen the source printed before a space ("re- emphasizes") is no line-end hyphen
            prose = textwrap.wrap(joined.replace("- ", "-\u00a0"), width, break_long_words=False)
        out.extend(prose)
        run.clear()

    for line in lines[start:]:
        if not line.strip() or STARTS_A_PARAGRAPH.match(line.strip()) or line.strip()[:_OPENING] in openings:
            flush()
        (run if line.strip() else out).append(line)
    flush()
    return "\n".join(out)


def no_blank_lines(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


def symbol_of_another_kind(symbol: str) -> Callable[[str], str]:
    """The document's symbol, wherever printed as furniture, made another kind of symbol."""

    def variant(text: str) -> str:
        own = text.split("\n")[1].strip()
        return "\n".join(
            line.replace(own, symbol) if line.strip() == own or line.strip().startswith(f"{own} ") else line
            for line in text.split("\n")
        )

    return variant


def other_furniture(text: str) -> str:
    """Page markers "Page n" (a marker "n/M" has the page count M), job numbers starred, no barcode."""
    counts = Counter(m.group(2) for line in text.split("\n") if (m := PAGE_MARK.match(line.strip())))
    pages = counts.most_common(1)[0][0] if counts else ""
    out = []
    for line in text.split("\n"):
        stripped = line.strip()
        if BARCODE.match(stripped):
            continue
        if (match := PAGE_MARK.match(stripped)) and match.group(2) == pages:
            line = f"Page {match.group(1)}"
        elif match := JOB.match(stripped):
            line = f"{match.group(1)}*"
        out.append(line)
    return "\n".join(out)


class Variant(NamedTuple):
    name: str
    make: Callable[[str], str]
    body: str = ""
    """The authoring body the variant names instead of the General Assembly, if any."""


def authored_by(body: str) -> Callable[[str], str]:
    return lambda text: text.replace(ASSEMBLY, body)


VARIANTS = [
    Variant("form feeds", form_feeds),
    Variant("narrower, no page marks, ECOSOC", lambda t: authored_by(ECOSOC)(rewrapped(t, 0.9)), ECOSOC),
    Variant("wider, no page marks", lambda t: rewrapped(t, 1.15)),
    Variant("much narrower", lambda t: rewrapped(t, 0.7)),
    Variant("no blank lines", no_blank_lines),
    Variant("symbol E/2025/L.31", symbol_of_another_kind("E/2025/L.31")),
    Variant("symbol S/RES/2791 (2025)", symbol_of_another_kind("S/RES/2791 (2025)")),
    Variant("symbol CCPR/C/134/L.2", symbol_of_another_kind("CCPR/C/134/L.2")),
    Variant("symbol A/HRC/59/L.12/Rev.1", symbol_of_another_kind("A/HRC/59/L.12/Rev.1")),
    Variant("Page n, starred job, no barcode", other_furniture),
    Variant("Human Rights Council", authored_by("The Human Rights Council"), "The Human Rights Council"),
    Variant("Security Council", authored_by("The Security Council"), "The Security Council"),
]


def same_structure(text: str, variant: Variant, expected: Shape | None = None) -> bool:
    """The variant of ``text`` imports to the paragraphs the text does (names changed as it changes them)."""
    expected = shape(text) if expected is None else expected
    if variant.body:
        expected = renamed(expected, ASSEMBLY, variant.body)
    try:
        return shape(variant.make(text)) == expected
    except ValueError:
        return False
