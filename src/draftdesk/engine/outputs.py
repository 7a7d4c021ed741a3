"""What the merge produces and the views show: the shared vocabulary of engine, storage, CLI and TUI."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from draftdesk.engine.amendments import Status
from draftdesk.engine.model import Footnote

ViewName = Literal["agreed", "tracked", "attribution", "compilation", "base"]
VIEW_NAMES: tuple[ViewName, ...] = ("agreed", "tracked", "attribution", "compilation", "base")

Mark = Literal["", "ins", "del", "tag", "bracket", "fnref"]
"""How a span reads in a view: plain text, inserted or deleted by a pending
proposal, a tag naming its organization ("[UNDP]"), compilation brackets, or a
footnote reference (its text is the note's mark, "1")."""


class Run(NamedTuple):
    """A run of text written by one organization (``"base"`` for the base text).

    A NamedTuple, like AmendmentState: a merge builds thousands, read by attribute only.
    """

    org: str
    text: str


class AmendmentState(NamedTuple):
    """An amendment's derived status in the current merge (one per amendment, every merge).

    ``competes_with`` lists the pending amendments whose edits overlap this
    one's; ``vote_rank`` is its place in its competing group's voting order
    (1 = voted first: furthest removed from the text), 0 when it competes with
    none. Why a fallen one fell is :meth:`Negotiation.fall_reason`'s to say.
    """

    id: str
    status: Status
    competes_with: tuple[str, ...] = ()
    vote_rank: int = 0
    cosponsors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of a paragraph in a view: its text, the org it belongs to, how it reads."""

    text: str
    org: str = ""
    mark: Mark = ""
    italic: bool = False
    change: Mark = ""
    """A footnote reference's (``fnref``) pending change when it stands in one ("del", "ins"): the
    deleted words take their references with them, and a view marks them so."""


@dataclass(frozen=True, slots=True)
class ViewParagraph:
    """One paragraph as a view shows it; its spans concatenate to ``text``."""

    id: str
    kind: str
    label: str
    """The address ("OP4(c)"), "" for unnumbered paragraphs."""
    marker: str
    """What the document prints before the text ("4", "c"), "" for none."""
    depth: int
    spans: tuple[Span, ...] = field(default_factory=tuple)
    part: str = ""
    footnotes: tuple[Footnote, ...] = ()

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)
