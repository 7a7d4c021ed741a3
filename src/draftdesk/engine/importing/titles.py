"""Where a title or heading ends when no blank line says so: a few lines that end no sentence,
the last one stopping short (with room for the next line's first word) and not inside a name."""

from __future__ import annotations

import re

from draftdesk.engine.importing.pages import Line, next_text
from draftdesk.engine.importing.starts import AUTHORING, SPARE, named_opener, opens_paragraph

MARKER_ONLY = re.compile(
    r"^(?:(?:[IVXL]+|[A-Z]|\d{1,3}|[A-Z][a-z]{2,14} \d{1,3})\.|\([a-z]+\)"
    r"|(?:Chapter|CHAPTER|Part|PART|Section|SECTION|Rule|RULE) [IVXL\d]+[A-Z]?)$"
)
"""A heading's or paragraph's marker alone on its line ("A.", "II.", "Item 1.", "Rule 8"): its
text is on the next, blank lines between or not."""
_SUBJECT_LINE = re.compile(r"^(?:The|We)\b[^.;:]*,$")
"""A whole authoring line on one line ("The States Parties to this Convention,")."""
_NUMERAL = re.compile(r"^[IVXL]+$")
"""A roman numeral ends a title's line ("Core principle II") as a number does, not as a name's word."""

JOINING = {"of", "the", "and", "on", "for", "to", "in", "a", "an", "with", "by", "at", "from", "or"}
"""Words a line stops on when the text runs on to the next ("…of the" / "General Assembly")."""
TITLE_LINES = 4
"""The most lines a title runs over."""


def title_so_far(lines_of: list[str], short: bool) -> bool:
    """A block that is a title so far: a few lines, none ending a sentence, no preambular opener,
    its last line short and not stopping on a word that joins it to the next ("…of the")."""
    last = lines_of[-1].rsplit(" ", 1)[-1].lstrip("(“\"'")  # "(the" / "Kyoto Model Strategies)"
    return (
        short
        and len(lines_of) <= TITLE_LINES
        and lines_of[0][:1].isupper()
        and not any(line.endswith((",", ";", ".", ":")) for line in lines_of[:-1])
        and not lines_of[-1].endswith((",", ";", "."))
        and not named_opener(lines_of[0])  # "Sentencing", "Strengthening International …": titles
        and last.casefold() not in JOINING
        and not last.endswith(("-", "–"))
    )


def title_line(lines: list[Line], index: int, full: int) -> bool:
    """After a finished sentence, a short line that ends none, before a line in capitals, is a
    title of one line ("…health of prisoners." / "Family contact" / "Model strategy No. 7")."""
    text = lines[index].text
    following = next_text(lines, index)
    spare = (full - len(text) - 1 - len(following.split(" ", 1)[0])) / full
    return following[:1].isupper() and not _named(text) and title_so_far([text], spare >= SPARE)


def title_after_title(lines_of: list[str], lines: list[Line], index: int, full: int) -> bool:
    """A title of one line right under a heading or title that did not stop inside a name ("D.
    Rehabilitation … in correctional facilities" / "Core principle III" / "The prevention…")."""
    words = [line for line in lines_of if not MARKER_ONLY.match(line)] or lines_of
    return not _named(words[-1]) and title_so_far(words, True) and title_line(lines, index, full)


def _named(line: str) -> bool:
    """A title's line that stops inside a name ("…the High-level Political" / "Forum on…"): its
    last word, not its only one, in capitals (a numeral is no name's: "Core principle II")."""
    words = line.split()
    return len(words) > 1 and words[-1][:1].isupper() and not _NUMERAL.match(words[-1])


def title_ends(lines_of: list[str], text: str, ended: bool, spare: float) -> bool:
    """In a text with no blank lines: a title (or a heading's words) ends before a line that opens
    a paragraph ("Recalling…", "The States Parties to …,"), or when its last line stopped short
    with room for the next line's first word ("Follow up" / "In order to ensure…")."""
    words = [line for line in lines_of if not MARKER_ONLY.match(line)] or lines_of
    if words[-1].endswith(":"):  # "… Agenda 2063:" / "The Africa We Want": a title goes on after its colon
        return False
    if len(words) == 1 and AUTHORING.fullmatch(words[0]):  # "The General Assembly" / "Resolves that…"
        return True
    named = _named(words[-1])
    if _SUBJECT_LINE.match(text):  # "…Cargo Documents" / "The States Parties to this Convention,"
        return title_so_far(words, ended)
    if opens_paragraph(text):
        return title_so_far(words, not named)
    return title_so_far(words, spare >= SPARE and not named)
