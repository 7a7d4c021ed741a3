"""Where a paragraph starts when no blank line says so: the words a paragraph of a resolution or
declaration opens with, and the rule that reads them after the line before."""

from __future__ import annotations

import re

_PREAMBLE_WORD = re.compile(
    r"^(?:[A-Z][a-z]+(?:-[a-z]+)?ing|Aware|Convinced|Mindful|Concerned|Deeply|Alarmed|Guided)\b"
)
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
    r"|Notes|Recommends|Reaffirms|Emphasizes|Stresses|Expresses|Acknowledges|Recognizes|Authorizes"
    r"|Confirms|Resolves|Affirms|Reiterates|Condemns|Demands|Deplores|Commends|Declares|Appeals|Agrees"
    r"|Underlines|Underscores|Highlights|Supports|Regrets|Reminds|Renews|Proclaims|Designates)\b"
)
LEAD_IN = re.compile(
    r"^(?:(?:Have|Has|Hereby|We) )?(?:(?:hereby|jointly|solemnly) )?"
    r"(?:[Aa]greed?|[Dd]eclare|[Dd]ecide|[Aa]dopt(?:ed)?|[Aa]ffirm|[Cc]ommit)\b[^.;:]{0,60}:$"
)
"""The operative lead-in of an outcome: "Have agreed as follows:", "Hereby declare:", "Agreed upon
the following:", "Declare that:"."""
_WE = re.compile(r"^We\b")
"""A declaration's authoring subject: "We, the Heads of State…", "We, Heads of State and Government…"."""
AUTHORING = re.compile(r"^The (?:General Assembly|[A-Z][a-z]+ Council|Conference of the Parties)\b")
"""An authoring line inside the body (a resolution "B" of a document adopting several)."""
_BOX_NOTE = re.compile(r"^[a-z] [A-Z]")
"""A note printed under a box or table, its letter first ("a See sect. E.")."""
_FORMULA = re.compile(r"^(?:DONE|IN WITNESS WHEREOF)\b")
"""A convention's closing formula ("DONE in a single original, of which…")."""
_LABEL = re.compile(r"^(?:[A-Z][a-z]+(?: [a-z]+)?:|•)(?:\s|$)")
"""A line that labels what follows ("Target: at least 80 per cent…", "Note:") or a bullet ("•"):
after a finished sentence, always a block of its own."""
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
    operative lead-in, a declaration's "We" or an authoring line."""
    return bool(
        _PREAMBLE_OPENER.match(text)
        or _OPERATIVE_VERB.match(text)
        or LEAD_IN.match(text)
        or _WE.match(text)
        or AUTHORING.match(text)
    )


SPARE = 0.1
"""A line that ends a sentence with this share of a full line to spare for the next word ended its
paragraph: justified text in a proportional font fits a few characters more or less per line."""


def starts_paragraph(
    previous: str, text: str, ended: bool, *, body: bool, unspaced: bool, spare: float
) -> bool:
    """A line with no blank line before it starts a paragraph when the line before ended one.

    ``spare`` is the share of a full line the line before had left for this line's first word
    (below 0: it would not have fitted, so the line was wrapped there). In any text: a label or
    bullet ("Target: …", "•"), a convention's closing formula ("DONE in a single original…") or a
    box's note ("a See sect. E.") after a finished sentence. In a
    text that sets no paragraph apart by blank lines (``unspaced``): a lead-in ending ":" that
    was not wrapped there (room for this line's first word, or an opener after it), or a line
    that finishes a sentence with room to spare (or a short one before an opener); then a
    capital. In any text, after a preambular
    paragraph's comma, a preambular opener (another participle only after a short line, or when
    the words after it are not a name's: "Trusting that…", but "Stockpiling and Use of…" runs on).
    """
    if (_LABEL.match(text) or _FORMULA.match(text)) and (
        text[0] == "•" or previous.endswith((",", ";", ".", ":"))
    ):
        return True
    if _BOX_NOTE.match(text) and previous.endswith("."):  # "…exploitation." / "a See sect. E."
        return True
    opens = opens_paragraph(text)
    room = spare >= 0
    ends = (previous.endswith(":") and (room or opens) and not _SUBTITLE.search(previous)) or (
        (spare >= SPARE and previous.endswith((";", "."))) or (room and ended and opens)
    )
    if unspaced and text[:1].isupper() and ends:
        return True
    if not (body and previous.endswith((",", ";"))):
        return False
    return opens or bool(_PREAMBLE_WORD.match(text) and (ended or not _NAME.search(text)))
