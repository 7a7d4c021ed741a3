"""Where a paragraph starts when no blank line says so: the words a paragraph of a resolution or
declaration opens with, and the rule that reads them after the line before."""

from __future__ import annotations

import re

_PREAMBLE_WORD = re.compile(r"^(?:[A-Z][a-z]+ing|Aware|Convinced|Mindful|Concerned|Deeply|Alarmed|Guided)\b")
_PREAMBLE_OPENER = re.compile(
    r"^(?:[A-Z][a-z]+ly [a-z]+(?:ing|ed)|Desirous|Acknowledging|Affirming|Appreciating|Bearing|Calling"
    r"|Commending|Condemning|Considering|Deploring"
    r"|Emphasizing|Encouraging|Expressing|Having|Highlighting|Noting|Reaffirming|Recalling|Recognizing"
    r"|Reiterating|Stressing|Taking|Underlining|Underscoring|Welcoming|Aware|Cognizant|Concerned|Conscious"
    r"|Convinced|Deeply|Determined|Gravely|Guided|Mindful|Alarmed|Urging|Believing|Desiring|Seeking|Observing"
    r"|Regretting|Keeping|Realizing|Inviting|Supporting|Building|Renewing|Looking|Decrying|Appealing|Resolved"
    r"|Encouraged|Committed|Fully|Firmly|Strongly)\b"
)
"""The words a preambular paragraph of the UN opens with: after a comma they start one even
right after a full line ("…of the United Nations," / "Reaffirming also…"); another participle
does so only after a short line ("…Development, Production," / "Stockpiling and Use…" runs on)."""
_OPERATIVE_VERB = re.compile(
    r"^(?:Decides|Requests|Calls upon|Urges|Approves|Adopts|Endorses|Invites|Encourages|Welcomes|Takes note"
    r"|Notes|Recommends|Reaffirms|Emphasizes|Stresses|Expresses|Acknowledges|Recognizes|Authorizes)\b"
)
LEAD_IN = re.compile(
    r"^(?:(?:Have|Has|Hereby|We) )?(?:(?:hereby|jointly|solemnly) )?"
    r"(?:[Aa]greed?|[Dd]eclare|[Dd]ecide|[Aa]dopt(?:ed)?|[Aa]ffirm|[Cc]ommit)\b[^.;:]{0,60}:$"
)
"""The operative lead-in of an outcome: "Have agreed as follows:", "Hereby declare:", "Agreed upon
the following:", "Declare that:"."""
_WE = re.compile(r"^We\b")
"""A declaration's authoring subject: "We, the Heads of State…", "We, Heads of State and Government…"."""
_SUBTITLE = re.compile(r"(?:\b[A-Z][\w-]*|\d)\s*:$")
"""A title's colon, after a name or a year ("… Development Report 2025:" / "Mountains and Glaciers…"):
no lead-in (those end on a verb or a small word: "decides:", "as follows:")."""
_NAME = re.compile(r"^\S+(?:\s+\S+){0,3}?\s+[A-Z]")
"""A participle followed within its next three words by a capitalized one: part of a name."""


def named_opener(text: str) -> bool:
    """Whether a paragraph opens with one of the preambular words the UN uses ("Recalling"), not
    just any participle ("Financing of appropriations", a title)."""
    return bool(_PREAMBLE_OPENER.match(text))


def opens_preamble(text: str) -> bool:
    """Whether a paragraph opens as a preambular one of the UN does ("Recalling", "Aware")."""
    return bool(_PREAMBLE_OPENER.match(text) or _PREAMBLE_WORD.match(text))


def opens_paragraph(text: str) -> bool:
    """Whether a line's first words open a paragraph: a preambular opener, an operative verb, the
    operative lead-in or a declaration's "We"."""
    return bool(
        _PREAMBLE_OPENER.match(text) or _OPERATIVE_VERB.match(text) or LEAD_IN.match(text) or _WE.match(text)
    )


def starts_paragraph(
    previous: str, text: str, ended: bool, *, body: bool, unspaced: bool, room: bool
) -> bool:
    """A line with no blank line before it starts a paragraph when the line before ended one.

    In a text that sets no paragraph apart by blank lines (``unspaced``): a lead-in ending ":"
    that was not wrapped there (``room`` for this line's first word, or an opener after it), or
    a short line, not wrapped either, that finishes a sentence (or a title, before an opener:
    "…Oversight Services" / "Recalling…"); then a capital. In any text, after a preambular
    paragraph's comma, a preambular opener (another participle only after a short line, or when
    the words after it are not a name's: "Trusting that…", but "Stockpiling and Use of…" runs on).
    """
    opens = opens_paragraph(text)
    ends = (previous.endswith(":") and (room or opens) and not _SUBTITLE.search(previous)) or (
        room and ended and (previous.endswith((";", ".")) or opens)
    )
    if unspaced and text[:1].isupper() and ends:
        return True
    if not (body and previous.endswith((",", ";"))):
        return False
    return opens or bool(_PREAMBLE_WORD.match(text) and (ended or not _NAME.search(text)))


JOINING = {"of", "the", "and", "on", "for", "to", "in", "a", "an", "with", "by", "at", "from", "or"}
"""Words a line stops on when the text runs on to the next ("…of the" / "General Assembly")."""
TITLE_LINES = 4
"""The most lines a title runs over."""


def title_so_far(lines_of: list[str], short: bool) -> bool:
    """A block that is a title so far: a few lines, none ending a sentence, no preambular opener,
    its last line short and not stopping on a word that joins it to the next ("…of the")."""
    last = lines_of[-1].rsplit(" ", 1)[-1]
    return (
        short
        and len(lines_of) <= TITLE_LINES
        and lines_of[0][:1].isupper()
        and not any(line.endswith((",", ";", ".", ":")) for line in lines_of[:-1])
        and not lines_of[-1].endswith((",", ";", "."))
        and not opens_preamble(lines_of[0])
        and last.casefold() not in JOINING
        and not last.endswith(("-", "–"))
    )
