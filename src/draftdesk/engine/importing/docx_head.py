"""The head of a Word draft with neither a UN cover nor a "CONCLUSIONS" line, found by structure.

Such a draft is still a resolution or conclusions as a secretariat types one:
lines naming it, perhaps an authoring line, a preamble, then numbered operative
paragraphs. The body starts at the first numbered paragraph (Word's list or a
typed "1."); the paragraphs above it that do not read as sentences (no closing
punctuation) are the title block, line by line ("Vienna, 3 March 2025" its place
and date). The first sentence after them is the authoring line when it is one: a
short line ending "," or ":" that does not open as a preambular paragraph does
(italic opening words, or an opener such as "Recalling" or "Aware"). Whatever
follows is the preamble, read by the layout's rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from draftdesk.engine.importing.kinds import PLACE_DATE
from draftdesk.engine.importing.outcome import is_subject
from draftdesk.engine.importing.starts import opens_preamble
from draftdesk.engine.model import FOOTNOTE_REF_RE, plain_text

_SENTENCE_ENDS = (",", ";", ":", ".")
_AUTHORING_WORDS = 16
"""The longest authoring line ("The Conference of the States Parties to the United Nations
Convention against Corruption," has 13 words); a longer line is a preambular paragraph."""


@dataclass(slots=True)
class Head:
    title: list[str] = field(default_factory=list)
    place_date: str = ""
    authoring: str = ""
    body: int = 0
    """The index of the body's first paragraph (the one after the authoring line, if any)."""


def _plain(text: str) -> str:
    return " ".join(plain_text(FOOTNOTE_REF_RE.sub("", text)).split())


def _authoring(text: str) -> bool:
    """A short sentence's subject ("The Working Group,"), or one as another body's outcome opens
    ("We, the Ministers …, gathered in Vienna …,": :func:`.outcome.is_subject`)."""
    plain = _plain(text)
    short = (
        plain.endswith((",", ":")) and len(plain.split()) <= _AUTHORING_WORDS and not opens_preamble(plain)
    )
    return not text.startswith("*") and (short or is_subject(plain))


def read_head(texts: list[str], numbered: int) -> Head:
    """The head of paragraphs ``texts`` (``*italics*`` marked) above the first numbered one."""
    head = Head()
    at = 0
    while at < numbered and not _plain(texts[at]).endswith(_SENTENCE_ENDS):
        for line in plain_text(texts[at]).split("\n"):
            line = " ".join(line.split())
            if PLACE_DATE.match(line) and not head.place_date:
                head.place_date = line
            elif line:
                head.title.append(line)
        at += 1
    if at < numbered and _authoring(texts[at]):
        head.authoring, at = _plain(texts[at]), at + 1
    head.body = at
    return head
