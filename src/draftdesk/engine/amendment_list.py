"""The list of amendments as the secretariat circulates it: who, what, where, and what became of it.

``amendment_entries`` gives one record per amendment (also what ``draftdesk list
--json`` prints); ``amendment_list`` formats them as a txt or md document. Each
amendment is cited as tabled (:mod:`draftdesk.engine.tabled`): its written form
and paragraph numbers are those of its record, with today's number beside a
paragraph that has moved since. A record older than those fields gets them
generated from the text as it stands (what it would have been cited as then is
not known).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from draftdesk.engine import division, instructions
from draftdesk.engine.amendments import Amendment, Status
from draftdesk.engine.cited_order import as_runs, document_order, in_text_order
from draftdesk.engine.inert import inert
from draftdesk.engine.issued import revision_line, revision_name
from draftdesk.engine.markup import raised
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft
from draftdesk.engine.tabled import as_tabled, citation, cited_name

if TYPE_CHECKING:
    from draftdesk.engine.instructions.paragraphs import Paragraphs


@dataclass(frozen=True, slots=True)
class AmendmentEntry:
    id: str
    symbol: str
    author: str
    cosponsors: tuple[str, ...]
    status: Status
    created: datetime
    revision: int
    """The revision whose text it addressed."""
    targets: tuple[str, ...]
    """The paragraphs it addressed, as tabled, with today's number when that differs."""
    target_ids: tuple[str, ...]
    """Those paragraphs' ids, in the same order, the text's (a new paragraph's: the one it would create)."""
    instruction: str
    """The written form as tabled."""
    rationale: str
    competes_with: tuple[str, ...]
    vote: str
    """Its place in its competing group's voting order and why ("1 of 2: deletes a paragraph")."""
    fallen_reason: str
    decision: str = ""
    """The decision that gave it its status: who, when, and the note ("by GA, 7 December 2026,
    15:02 UTC: adopted by a recorded vote of 98 to 12")."""
    revises: str = ""
    """The amendment it is a revision of, as the list names it ("A/80/L.32 (USA-…)")."""
    superseded_by: tuple[str, ...] = ()
    """The revisions of it tabled since, as the list names them."""
    parts: tuple[int, ...] = ()
    """When the question was divided, the parts adopted (:mod:`.division`)."""
    divided: str = ""
    """What the division did, each part cited as tabled ("part 2 (OP2) adopted, part 1 (PP3) rejected")."""

    @property
    def outcome(self) -> str:
        """Its status as a list says it: "accepted in part" after a division of the question."""
        return f"{self.status} in part" if self.parts else self.status


def amendment_entries(
    neg: Negotiation,
    statuses: Iterable[Status] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[AmendmentEntry]:
    """Every amendment (or those with the given statuses), oldest first; ``progress`` is told
    (done, in all) every 50 amendments (an old folder's records take seconds to write)."""
    wanted = None if statuses is None else set(statuses)
    now = {p.id: "" for p in neg.text} | {pid: number.label for pid, number in neg.numbers().items()}
    revision = neg.draft.revision
    sizes = {aid: len(group) for group in neg.competing_groups() for aid in group}
    texts: dict[str, Paragraphs] = {}  # the agreed and base texts, numbered once for every old record
    order = document_order(neg)
    names = {a.id: cited_name(a.symbol, a.id) for a in neg.amendments.values()}
    revisions: dict[str, list[str]] = {}
    for a in sorted(neg.amendments.values(), key=lambda a: (a.created, a.id)):
        if a.supersedes and neg.state(a.id).status != "draft":  # a revision drafted, not tabled yet
            revisions.setdefault(a.supersedes, []).append(names[a.id])
    entries = []
    for n, amendment in enumerate(sorted(neg.amendments.values(), key=lambda a: (a.created, a.id))):
        if progress is not None and n % 50 == 0:
            progress(n, len(neg.amendments))
        state = neg.state(amendment.id)
        if wanted is not None and state.status not in wanted:
            continue
        record = amendment if amendment.cited else _as_tabled_now(neg, amendment, now, texts)
        in_order = in_text_order(_as_written(record), order)
        acceptance = neg.acceptance(amendment.id) if state.status == "accepted" else None
        parts = acceptance.parts if acceptance is not None else ()
        divided = division.outcome(record, parts, neg.label) if parts else ""
        entries.append(
            AmendmentEntry(
                id=amendment.id,
                symbol=amendment.symbol,
                author=amendment.author,
                cosponsors=state.cosponsors,
                status=state.status,
                created=amendment.created,
                revision=amendment.base_revision,
                targets=tuple(citation(record, pid, now.get, revision) for pid in in_order),
                target_ids=tuple(in_order),
                instruction=record.written,
                rationale=amendment.rationale,
                competes_with=state.competes_with,
                vote=_vote(neg, amendment.id, sizes),
                fallen_reason=neg.fall_reason(amendment.id),
                decision=_decision(neg, amendment.id, state.status, divided),
                revises=names.get(amendment.supersedes, amendment.supersedes),
                superseded_by=tuple(revisions.get(amendment.id, ())),
                parts=parts,
                divided=divided,
            )
        )
    return entries


_DECIDING = {"accepted": "accept", "rejected": "reject", "withdrawn": "withdraw"}


def _decision(neg: Negotiation, aid: str, status: Status, divided: str) -> str:
    """Who took the decision that gave the amendment its status, when, and its note; after a
    division of the question, what the division did."""
    action = _DECIDING.get(status)
    decision = max(
        (d for d in neg.decisions(aid) if d.action == action), key=lambda d: (d.at, d.id), default=None
    )
    if decision is None:
        return ""
    said = f"by {decision.by}, {un_date(decision.at)}" + (f" (divided: {divided})" if divided else "")
    return said + (f": {decision.note}" if decision.note else "")


def _as_written(record: Amendment) -> list[str]:
    """The paragraphs an amendment addresses in the order its changes are written. New paragraphs
    announced together after one paragraph are read last first (each goes right after it), so such a
    run is cited back in the order it was written, which is the order they stand in (the list then
    sorts them in the order of the text, these keeping theirs: :mod:`.cited_order`)."""
    out: list[str] = []
    run: list[str] = []
    anchor = None
    for op in record.ops:
        if op.kind == "insert" and op.after == anchor and run:
            run.append(op.new_id)
            continue
        out += reversed(run)
        run, anchor = ([op.new_id], op.after) if op.kind == "insert" else ([], None)
        if op.kind != "insert":
            out.append(op.target)
    out += reversed(run)
    return list(dict.fromkeys(pid for pid in out if pid))


def written_on_older(neg: Negotiation, amendment: Amendment) -> str:
    """For an amendment made on an older revision than today's, how its numbers read today
    ("written on Rev.2: OP210, now OP209"), else ""."""
    revision = neg.draft.revision
    if amendment.base_revision == revision:
        return ""
    now = {p.id: "" for p in neg.text} | {pid: number.label for pid, number in neg.numbers().items()}
    of = f" of Rev.{amendment.base_revision}"
    cited = [citation(amendment, pid, now.get, revision).replace(of, "") for pid in _as_written(amendment)]
    return f"written on Rev.{amendment.base_revision}: {'; '.join(cited)}"


def paragraphs_cited(entry: AmendmentEntry) -> str:
    """The paragraphs as tabled, where the revision it was tabled on goes without saying (the list
    states it once), in the order of the text: "OP4; OP7, now OP5", "the title; PP2–PP7"."""
    return as_runs([target.replace(f" of Rev.{entry.revision}", "") for target in entry.targets])


def _vote(neg: Negotiation, aid: str, sizes: dict[str, int]) -> str:
    rank = neg.state(aid).vote_rank
    return f"{rank} of {sizes[aid]}: {neg.vote_reason(aid)}" if rank else ""


def _as_tabled_now(
    neg: Negotiation, amendment: Amendment, now: dict[str, str], texts: dict[str, Paragraphs]
) -> Amendment:
    """An older record's written form and addresses, from the agreed text if it names only paragraphs
    there, else from the base text (an amendment to a paragraph since deleted)."""
    inserted = {op.new_id for op in amendment.ops if op.kind == "insert"}
    addressed = [pid for pid in amendment.targets if pid not in inserted]
    which = "agreed" if all(pid in now for pid in addressed) else "base"
    if which not in texts:
        texts[which] = instructions.numbered_text(neg.text if which == "agreed" else neg.draft.paragraphs)
    return as_tabled(amendment, texts[which], amendment.written)


def amendment_list(
    neg: Negotiation, fmt: Literal["txt", "md"] = "txt", statuses: Iterable[Status] | None = None
) -> str:
    """The amendments as a document that can be circulated: a heading, then one numbered block each,
    inert like every export."""
    entries = amendment_entries(neg, statuses)
    draft = neg.draft
    names = sponsor_names(draft)
    symbol = draft.metadata.get("symbol", "")
    title = " ".join(draft.title) or draft.slug
    revision = revision_line(draft)
    about = title + (f" ({symbol})" if symbol else "") + (f", {revision}" if revision else "")
    if fmt == "md":
        head = ["# List of amendments", "", f"To: {about}", ""]
        blocks = [_md_block(n, entry, names) for n, entry in enumerate(entries, 1)]
    else:
        head = ["LIST OF AMENDMENTS", f"To: {about}", ""]
        blocks = [_txt_block(n, entry, names) for n, entry in enumerate(entries, 1)]
    body = blocks or ["No amendments."]
    return inert("\n".join(head) + "\n" + "\n\n".join(body) + "\n")


def sponsor_names(draft: Draft) -> dict[str, str]:
    """How a list names each organization: "United States of America (USA)"."""
    return {
        org.code: f"{org.name} ({org.code})" if org.name and org.name != org.code else org.code
        for org in draft.orgs
    }


def _heading(n: int, entry: AmendmentEntry) -> str:
    return f"{n}. {cited_name(entry.symbol, entry.id)}: {entry.outcome}"


def _fields(entry: AmendmentEntry, names: dict[str, str]) -> list[tuple[str, str]]:
    fields = [
        ("Proposed by", names.get(entry.author, entry.author)),
        ("Revises", entry.revises),
        ("Superseded by", ", ".join(entry.superseded_by)),
        ("Co-sponsors", ", ".join(names.get(code, code) for code in entry.cosponsors)),
        ("Submitted", f"{un_date(entry.created)}, on the text of {revision_name(entry.revision)}"),
        ("Paragraphs", paragraphs_cited(entry)),
        ("Amendment", printed(entry.instruction)),
        ("Rationale", entry.rationale),
        ("Competes with", ", ".join(entry.competes_with)),
        ("Voting order", entry.vote),
        ("Fell", entry.fallen_reason),
        (entry.status.capitalize(), entry.decision),
    ]
    return [(name, value) for name, value in fields if value]


_NOTE_MARK = re.compile(r"\[\^(\d+)\](:[^\S\n]*)?")


def one_change_a_line(instruction: str) -> str:
    """A written form with each numbered change on a line of its own, numbered as tabled ("1. In
    operative paragraph 64 … 2. In operative paragraph 65 …" typed on one line)."""
    from draftdesk.engine.instructions.document import one_item_a_line  # the grammar, when a list is made

    return one_item_a_line(instruction)


def printed(instruction: str) -> str:
    """A written form as a document prints it: each change on its own line, a note's mark raised
    ("Development¹"), its text after the amendment beginning with the mark ("¹ Report of …"), not
    the ``[^1]`` markup."""
    marked = _NOTE_MARK.sub(lambda m: raised(m[1]) + (" " if m[2] else ""), one_change_a_line(instruction))
    return marked.replace("  ", " ")


def _txt_block(n: int, entry: AmendmentEntry, names: dict[str, str]) -> str:
    lines = [_heading(n, entry)]
    width = len("Competes with: ")  # the longest name: every value starts in one column
    for name, value in _fields(entry, names):
        first, *rest = value.splitlines() or [""]
        lines.append(f"   {name + ':':<{width}}{first}")
        lines += [f"   {'':<{width}}{line}" for line in rest]
    return "\n".join(lines)


def _md_block(n: int, entry: AmendmentEntry, names: dict[str, str]) -> str:
    lines = [f"## {_heading(n, entry)}", ""]
    for name, value in _fields(entry, names):
        if "\n" in value:  # each line a paragraph of its own: a change, the new text, a note
            shown = [line for line in value.splitlines() if line.strip()]
            lines += [f"- **{name}:**", "", "\n  >\n".join(f"  > {line}" for line in shown)]
        else:
            lines.append(f"- **{name}:** {value}")
    return "\n".join(lines)


def un_date(moment: datetime) -> str:
    """As UN documents date things: 7 December 2026, with the time in UTC."""
    return f"{moment.day} {moment:%B %Y, %H:%M} UTC"
