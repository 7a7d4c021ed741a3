"""Word's lists as printed: which list holds another paragraph's items, and whether the numbers a
draft gives are the numbers Word prints.

Word counts each list on its own. A second list that runs under a paragraph of another one holds
that paragraph's items: "2. We commit to:" then a list printed "1., 2., 3." (say in style "List
Number 2"), then "3. We will …" again in the first list. Its run is nested when the outer list
goes on after it, or when it follows a lead-in ending ":" and Word prints it further right. The
items are then numbered as sub-items (OP2(a)–(c)), which is not what Word prints: every paragraph
whose number differs from Word's gets a warning naming it, so no amendment cites a printed number
that means another paragraph here.
"""

from __future__ import annotations

import re

from draftdesk.engine.importing.docx_reader import WordParagraph
from draftdesk.engine.model import Paragraph
from draftdesk.engine.numbering import number_paragraphs

_RUNS = re.compile(r"[0-9]+|[A-Za-z]+")


def _listed(p: WordParagraph) -> bool:
    """A paragraph Word prints a number or a bullet before (a list's level of format "none" prints
    nothing: its paragraphs are text)."""
    return bool(p.label or p.number_format == "bullet") and p.level is not None and not p.heading


def nested_runs(paragraphs: list[WordParagraph]) -> dict[int, tuple[int, int]]:
    """Each paragraph of a nested run, by index -> (the index of the paragraph whose items the run
    holds, the run's shallowest level)."""
    listed = [i for i, p in enumerate(paragraphs) if _listed(p)]
    last = {paragraphs[i].list_id: i for i in listed}
    nested: dict[int, tuple[int, int]] = {}
    start = 0
    while start < len(listed):
        end = start
        list_id = paragraphs[listed[start]].list_id
        while end + 1 < len(listed) and paragraphs[listed[end + 1]].list_id == list_id:
            end += 1
        run = listed[start : end + 1]
        if start and _holds(paragraphs, listed[start - 1], run, last):
            base = min(paragraphs[i].level or 0 for i in run)
            nested |= {i: (listed[start - 1], base) for i in run}
        start = end + 1
    return nested


def _holds(paragraphs: list[WordParagraph], lead: int, run: list[int], last: dict[str, int]) -> bool:
    """Whether paragraph ``lead`` (of another list) holds the items of ``run``: no heading between
    them, and its list goes on after the run, or it leads in (":") to a run printed further right."""
    outer, first = paragraphs[lead], paragraphs[run[0]]
    if any(p.heading for p in paragraphs[lead + 1 : run[0]]):
        return False
    lead_in = outer.after.rstrip().endswith(":") and first.indent > outer.indent
    return last[outer.list_id] > run[-1] or lead_in


def _marker(label: str) -> str:
    """The number a label ends on: "4." -> "4", "(c)" -> "c", "2.1." -> "1", "Article 5" -> "5"."""
    found = _RUNS.findall(label)
    return found[-1] if found else ""


def printed_number_warnings(
    paragraphs: list[WordParagraph], drafted: list[Paragraph], lines: list[int], warned: list[str]
) -> list[str]:
    """A warning for each paragraph (``lines``: the 1-based Word paragraph each one starts on) whose
    number is not the one Word prints before it, unless a warning already names its line; one for
    a run of items of one paragraph ("OP2(a)–OP2(c)")."""
    numbers = number_paragraphs(drafted)
    said = {w.split(":", 1)[0] for w in warned}
    out: list[str] = []
    run: list[tuple[str, str, str]] = []  # (DraftDesk's label, what Word prints, the parent)
    for paragraph, line in zip(drafted, lines, strict=True):
        source = paragraphs[line - 1] if 0 < line <= len(paragraphs) else WordParagraph()
        number = numbers.get(paragraph.id)
        printed = "•" if source.number_format == "bullet" else source.label.strip()
        differs = number is not None and printed and (printed == "•" or number.marker != _marker(printed))
        if run and (not differs or paragraph.parent != run[-1][2]):
            out.append(_differs(run))
            run = []
        if differs and f"line {line}" not in said:
            run.append((number.label, printed, paragraph.parent))  # type: ignore[union-attr]
        elif number is None and printed not in ("", "•") and paragraph.kind != "heading":
            out.append(f"line {line}: Word prints “{printed}” before it; kept unnumbered ({paragraph.kind})")
    if run:
        out.append(_differs(run))
    return out


def _differs(run: list[tuple[str, str, str]]) -> str:
    (first, printed, _), (last, last_printed, _) = run[0], run[-1]
    bullets = printed == "•"
    if len(run) == 1:
        shown = "as a bullet point" if bullets else f"“{printed}”"
        return f"{first}: Word prints it {shown}; DraftDesk numbers it {first}"
    shown = "as bullet points" if bullets else f"“{printed}” to “{last_printed}”"
    return f"{first} to {last}: Word prints them {shown}; DraftDesk numbers them {first} to {last}"
