"""The list of amendments as the secretariat circulates it: who, what, where, and what became of it.

``amendment_entries`` gives one record per amendment (also what ``draftdesk list
--json`` prints); ``amendment_list`` formats them as txt or md. The written
form of an amendment comes from :mod:`draftdesk.engine.instructions` unless
another is passed in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from draftdesk.engine import instructions
from draftdesk.engine.amendments import Amendment, Status
from draftdesk.engine.inert import inert
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Paragraph

WrittenForm = Callable[[Amendment, Sequence[Paragraph]], str]


@dataclass(frozen=True, slots=True)
class AmendmentEntry:
    id: str
    author: str
    cosponsors: tuple[str, ...]
    status: Status
    targets: tuple[str, ...]
    """Addresses in the agreed text (base text for deleted paragraphs, the id for new ones)."""
    instruction: str
    rationale: str
    competes_with: tuple[str, ...]
    fallen_reason: str


def amendment_entries(
    neg: Negotiation, written_form: WrittenForm | None = None, statuses: Iterable[Status] | None = None
) -> list[AmendmentEntry]:
    """Every amendment (or those with the given statuses), oldest first."""
    form = written_form or instructions.written_form
    wanted = None if statuses is None else set(statuses)
    agreed = neg.agreed
    present = {p.id for p in agreed}
    entries = []
    for amendment in sorted(neg.amendments.values(), key=lambda a: (a.created, a.id)):
        state = neg.state(amendment.id)
        if wanted is not None and state.status not in wanted:
            continue
        inserted = {op.new_id: op.after for op in amendment.ops if op.kind == "insert"}
        addressed = [t for t in amendment.targets if t not in inserted]
        paragraphs = agreed if present.issuperset(addressed) else neg.draft.paragraphs
        entries.append(
            AmendmentEntry(
                id=amendment.id,
                author=amendment.author,
                cosponsors=state.cosponsors,
                status=state.status,
                targets=tuple(_target(neg, t, inserted) for t in amendment.targets),
                instruction=form(amendment, paragraphs),
                rationale=amendment.rationale,
                competes_with=state.competes_with,
                fallen_reason=state.reason,
            )
        )
    return entries


def _target(neg: Negotiation, pid: str, inserted: dict[str, str]) -> str:
    """A paragraph's address; a paragraph the amendment inserts: "new after OP2"."""
    if pid not in inserted or pid in neg.numbers():
        return neg.label(pid)
    return f"new after {neg.label(inserted[pid])}" if inserted[pid] else "new at the start"


def amendment_list(
    neg: Negotiation,
    fmt: Literal["txt", "md"] = "txt",
    written_form: WrittenForm | None = None,
    statuses: Iterable[Status] | None = None,
) -> str:
    """The amendments as a document: one block each, plain text or Markdown, inert like every export."""
    blocks = [_block(entry, fmt) for entry in amendment_entries(neg, written_form, statuses)]
    return inert("\n\n".join(blocks) + "\n") if blocks else ""


def _block(entry: AmendmentEntry, fmt: str) -> str:
    fields = [
        ("Author", entry.author),
        ("Co-sponsors", ", ".join(entry.cosponsors)),
        ("Targets", ", ".join(entry.targets)),
        ("Amendment", entry.instruction),
        ("Rationale", entry.rationale),
        ("Competes with", ", ".join(entry.competes_with)),
        ("Fallen", entry.fallen_reason),
    ]
    if fmt == "md":
        lines = [f"### {entry.id} ({entry.status})", ""]
        lines += [f"- **{name}:** {value}" for name, value in fields if value]
    else:
        lines = [f"{entry.id} [{entry.status}]"]
        lines += [f"  {name}: {value}" for name, value in fields if value]
    return "\n".join(lines)
