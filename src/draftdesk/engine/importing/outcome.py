"""The head of an outcome that is no UN document: a conference's joint declaration, a ministerial
council's decision, a council's conclusions, a summit's declaration or communiqué.

The body starts at the authoring line when there is one: "The Ministers of Foreign Affairs of the
participating States …,", "We, the Heads of State and Government …, gathered in …,", "The
Ministerial Council," (a sentence's subject, ending "," or ":", that is no preambular paragraph,
followed by one, by a numbered paragraph or by the operative lead-in); otherwise at the first
preambular or numbered paragraph. Above it is the head, line by line: the document type (a short
heading that names the outcome: "JOINT DECLARATION", "DECISION No. 4/25", "Communiqué"), the
place and date ("Split, 14 May 2019") and the title lines. The body is read as any UN text is
(pages, notes, blocks, the layout's state machine); a draft of this layout prints its head as
the conclusions layout does.
"""

from __future__ import annotations

import re

from draftdesk.engine.importing.cover import Cover
from draftdesk.engine.importing.kinds import PLACE_DATE, classify
from draftdesk.engine.importing.lines import join_lines
from draftdesk.engine.importing.starts import LEAD_IN, opens_preamble

_SUBJECT = re.compile(r"^(?:The|We,?|Les?)\s+\S")
"""How an authoring line opens: "The Ministers …", "We, the Heads of State …"."""
_AUTHORING_WORDS = 45
"""The longest authoring line: "We, the Heads of State and Government of …, gathered in … on …,"."""
_UNIT_LINES = 5
_CLAUSE_LINES = 30
"""The longest opening clause read as one paragraph (a conference's list of participants)."""
_KIND = re.compile(
    r"\b(?:declaration|conclusions|communiqu[ée]|statement|decision|resolution|recommendation|charter"
    r"|agreement|memorandum|final act|programme of action|action plan|plan of action|outcome document)\b",
    re.IGNORECASE,
)
_KIND_WORDS = 5
_JOINING = {"of", "on", "for", "to", "in", "and", "at", "concerning", "regarding"}
"""A title line that opens on one of these continues the line above ("… DECLARATION" / "ON WATER …")."""
_SPACED_OUT = re.compile(r"^(?:\w ){3,}\w$")
"""A document type is a short heading ("JOINT DECLARATION", "DECISION No. 4/25"); a longer line
naming an outcome ("Council conclusions on EU priorities at …") is the title."""


def find_head(texts: list[str]) -> Cover | None:
    """The head of an outcome given as stripped lines, or None when no body is found: no authoring
    line, and no preambular, lead-in or numbered line before a numbered paragraph."""
    for i, text in enumerate(texts):
        if not text:
            continue
        if _SUBJECT.match(text) and (end := _authoring_end(texts, i)):
            cover = _cover(texts[:i], end, headings=False)
            cover.authoring = join_lines(texts[i:end])
            return cover
        if opens_preamble(text) or _opens(text) or LEAD_IN.match(text) or _clause(texts, i):
            numbered = any(
                _numbered(t) for t in texts[i:]
            )  # a text with no number nor authoring line is none
            return _cover(texts[:i], i, headings=True) if numbered else None
    return None


def _clause(texts: list[str], start: int) -> bool:
    """Whether the paragraph at ``start`` (up to a blank line; one line in a text without them)
    is a sentence's opening clause that no preambular word opens, ending "," or ";" before a
    preambular, numbered or lead-in paragraph: "Under the auspices of …, the representatives of
    …,". A title never ends so."""
    end = next((j for j in range(start, len(texts)) if not texts[j]), len(texts))
    end = end if end - start <= _CLAUSE_LINES else start + 1
    following = next((t for t in texts[end:] if t), "")
    return texts[end - 1].endswith((",", ";")) and _body_opens(following)


def _body_opens(text: str) -> bool:
    return opens_preamble(text) or _numbered(text) or bool(LEAD_IN.match(text))


def _numbered(text: str) -> bool:
    kind = classify(text)
    return kind is not None and kind[0] == "number"


def _opens(text: str) -> bool:
    """A numbered paragraph, or a section heading ("I. A STRONGER MULTILATERAL SYSTEM") before one."""
    kind = classify(text)
    return kind is not None and kind[0] in ("number", "heading")


def _authoring_end(texts: list[str], start: int) -> int:
    """The line after the authoring line that opens at ``start``, or 0 when it is none: up to the
    first line that ends "," or ":" (a sentence's subject), then a preambular or numbered paragraph
    or the lead-in."""
    end = start
    while end < min(len(texts), start + _UNIT_LINES) and texts[end] and not texts[end].endswith((",", ":")):
        end += 1
    if end >= len(texts) or not texts[end].endswith((",", ":")):
        return 0
    if not is_subject(join_lines(texts[start : end + 1])):
        return 0
    following = next((t for t in texts[end + 1 :] if t), "")
    return end + 1 if _body_opens(following) else 0


def is_subject(text: str) -> bool:
    """Whether a paragraph reads as an authoring line: "The Ministers …,", "We, the Heads of State …,"."""
    return (
        bool(_SUBJECT.match(text))
        and text.endswith((",", ":"))
        and len(text.split()) <= _AUTHORING_WORDS
        and not opens_preamble(text)
    )


def _names_outcome(line: str) -> bool:
    """A short heading naming the outcome, its letters spaced out or not ("C O N C L U S I O N S")."""
    text = line.replace(" ", "") if _SPACED_OUT.match(line) else line
    return bool(_KIND.search(text)) and len(text.split()) <= _KIND_WORDS


def _cover(texts: list[str], body: int, *, headings: bool) -> Cover:
    """The head's lines sorted: the document type (its last short line naming an outcome), the
    first place and date, the title (:func:`_title`) and the rest, kept as the cover (a council's
    transmission note, a secretariat's symbol and session). With ``headings``, the blocks between
    the title and the first paragraph are the body's ("Introduction")."""
    blocks: list[list[int]] = [[]]
    for i, text in enumerate(texts):
        if text:
            blocks[-1].append(i)
        elif blocks[-1]:
            blocks.append([])
    blocks = [block for block in blocks if block]
    lines = [i for block in blocks for i in block]
    cover = Cover(body=body, layout="conclusions")
    kind = next((i for i in reversed(lines) if _names_outcome(texts[i])), -1)
    place = next((i for i in lines if PLACE_DATE.match(texts[i])), -1)
    title = _title(blocks, texts, kind, {kind, place})
    named = ""
    if title and kind >= 0 and title[0] == kind + 1 and texts[title[0]].split()[0].casefold() in _JOINING:
        # "VIENNA MINISTERIAL DECLARATION" / "ON WATER COOPERATION …": one title, a declaration
        named, title, kind = _KIND.search(texts[kind]).group(0), [kind, *title], -1  # type: ignore[union-attr]
    cover.kind = texts[kind] if kind >= 0 else named
    cover.place_date = texts[place] if place >= 0 else ""
    if headings and kind < 0 and title:
        cover.body = next((i for i in lines if i > title[-1] and i != place), body)
    cover.lines = [texts[i] for i in title]
    rest = [texts[i] for i in lines if i < cover.body and i not in title and i not in (kind, place)]
    if rest:
        cover.metadata["cover"] = " / ".join(rest)
    return cover


def _title(blocks: list[list[int]], texts: list[str], kind: int, named: set[int]) -> list[int]:
    """The title's lines: those after the document type in its block ("DECISION No. 4/25" /
    "STRENGTHENING …"), or before it, or the block above it ("Guidance to the Green Climate Fund" /
    "Draft decision -/CMA.7"); with no document type, the last block that names an outcome
    ("COUNCIL CONCLUSIONS ON …"), else the last that is no sentence."""
    plain = [[i for i in block if i not in named] for block in blocks]
    if kind >= 0:
        at = next(n for n, block in enumerate(blocks) if kind in block)
        after = [i for i in plain[at] if i > kind]
        before = [i for i in plain[at] if i < kind]
        return after or before or next((block for block in reversed(plain[:at]) if block), [])
    titles = [block for block in plain if block and not texts[block[-1]].endswith((".", ",", ";", ":"))]
    naming = [block for block in titles if _KIND.search(" ".join(texts[i] for i in block))]
    return (naming or titles or [[]])[-1]
