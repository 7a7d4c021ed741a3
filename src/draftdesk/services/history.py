"""``draftdesk log``: every event of a folder, in the order it happened.

Amendments made, decisions on them (with their notes; one taken at once on another clone that
did not take effect, set aside with why), the chair's rulings on the voting order, the falls with
their cause, and the revisions issued with their concordance of numbers: the record a secretariat
would keep. Each comes from a file never edited (a revision from
its record in revisions/), so the log is read, not kept; what is not believed is not in it.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from draftdesk import storage
from draftdesk.engine import division
from draftdesk.engine.amendments import ORDER, Amendment, Decision
from draftdesk.engine.authority import file_of
from draftdesk.engine.lost_decisions import lost, lost_revisions
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft
from draftdesk.engine.outputs import AmendmentState
from draftdesk.engine.revision import concordance
from draftdesk.engine.tabled import cited_name
from draftdesk.services.errors import guarded
from draftdesk.services.folder import Warn, believing
from draftdesk.signatures import DECISIONS

REVISE = "revise"
"""The action of a revision's event."""
FALL = "fall"
"""The action of an amendment's fall: at the acceptance that made it fall, by whom it was taken."""


@dataclass(frozen=True, slots=True)
class Event:
    """One entry of ``draftdesk log``: an amendment proposed or drafted, a decision, a revision."""

    at: datetime
    by: str
    action: str
    """``propose`` (tabled when written), ``draft`` (private), a decision's action, ``fall`` or ``revise``."""
    amendment: str
    """The amendment it concerns ("" for a revision)."""
    id: str
    note: str = ""
    symbol: str = ""
    """The amendment's document symbol when it was tabled with one ("A/C.3/80/L.56")."""
    revises: str = ""
    """For an amendment's tabling, the one it revises, as lists name it ("A/80/L.32 (USA-…)")."""
    set_aside: str = ""
    """Why a decision (or a revision of an amendment) did not take effect, when it did not: taken at
    once on two clones, the other one stood when git brought them together
    (engine/lost_decisions.py, engine/revision_chain.py)."""


def log(folder: Path, warn: Warn | None = None) -> list[Event]:
    """Every event of the folder, oldest first (ties broken by id, a fall after its cause)."""
    stored, trusted = believing(folder, warn)
    symbols = {a.id: a.symbol for a in trusted.amendments}
    names = {a.id: cited_name(a.symbol, a.id) for a in trusted.amendments}
    standing = [record.draft for record in trusted.revisions] or [trusted.draft]
    texts = [*guarded(storage.load_revisions, folder), *standing]
    events = [_revised(older, newer, trusted.decisions) for older, newer in itertools.pairwise(texts)]
    falls, neg = _falls(texts, trusted.amendments, trusted.decisions)
    aside = {amendment.id: why for amendment, why in lost_revisions(trusted.amendments, neg)}
    for a in trusted.amendments:
        action = "draft" if a.private else "propose"
        revises = names.get(a.supersedes, a.supersedes)
        events.append(
            Event(
                a.created, a.author, action, a.id, a.id, a.rationale, a.symbol, revises, aside.get(a.id, "")
            ),
        )
    aside = {decision.id: why for decision, why in lost(trusted.decisions, neg)}
    carried = {c.file: c.reason for c in trusted.carried}
    kept = {d.id for d in trusted.decisions}
    set_aside = [d for d in stored.decisions if d.id not in kept and file_of(DECISIONS, d.id) in carried]
    aside |= {d.id: carried[file_of(DECISIONS, d.id)] for d in set_aside}
    records = {a.id: a for a in trusted.amendments}
    for d in (*trusted.decisions, *set_aside):
        symbol = symbols.get(d.amendment, "")
        note = _note(d, records.get(d.amendment))
        why = aside.get(d.id, "")
        events.append(Event(d.at, d.by, d.action, d.amendment, d.id, note, symbol, set_aside=why))
    return sorted(events + falls, key=lambda e: (e.at, e.action == FALL, e.id))  # a fall after its cause


def _falls(
    texts: list[Draft], amendments: list[Amendment], decisions: list[Decision]
) -> tuple[list[Event], dict[str, AmendmentState]]:
    """Each fall once, merged as the text stood in the revision it fell in (the amendments and
    decisions known by then): at the acceptance that caused it, else the last of that revision;
    and every amendment's state as the text now stands (the last merged)."""
    events: list[Event] = []
    fell: set[str] = set()
    states: dict[str, AmendmentState] = {}
    for text in texts:
        known = [a for a in amendments if a.base_revision <= text.revision]
        taken = [d for d in decisions if d.revision <= text.revision]
        neg = Negotiation(text, known, taken)
        acceptances = {d.amendment: d for d in taken if d.action == "accept"}
        last = [d.at for d in taken if d.action == "accept" and d.revision == text.revision]
        states = neg.states()
        for aid, state in states.items():
            if state.status != "fallen" or aid in text.fallen or aid in fell:
                continue
            fell.add(aid)
            cause = acceptances.get(neg.fall_cause(aid))
            tabled = neg.tabled_at(aid) or neg.amendments[aid].created
            at = max(tabled, cause.at if cause else max(last, default=tabled))
            by, symbol = cause.by if cause else "", neg.amendments[aid].symbol
            events.append(Event(at, by, FALL, aid, f"{aid}-fell", neg.fall_reason(aid), symbol))
    return events, neg


def _note(decision: Decision, amendment: Amendment | None) -> str:
    """A decision's note; a ruling's names the amendment it goes before, a divided acceptance's
    what the division did ("divided: part 2 (OP2) adopted, part 1 (PP3) rejected")."""
    if decision.action == ORDER:
        return f"before {decision.before}: {decision.note}"
    if decision.parts and amendment is not None:
        divided = f"divided: {division.outcome(amendment, decision.parts)}"
        return f"{divided}; {decision.note}" if decision.note else divided
    return decision.note


def _revised(older: Draft, newer: Draft, decisions: list[Decision]) -> Event:
    """A revision's event: who issued it and when, with the numbers that changed. A folder older
    than that record: just after the last decision taken on the text it replaced, by someone unknown."""
    pairs = concordance(older.paragraphs, newer.paragraphs)
    moved = [f"{old or '(new)'} → {new or '(deleted)'}" for old, new in pairs if old != new]
    at = newer.issued_at
    if at is None:
        before = [d.at for d in decisions if d.revision < newer.revision]
        at = max(before) if before else datetime.min.replace(tzinfo=UTC)
    changes = ", ".join(moved) if moved else "no number changed"
    name = f"Rev.{newer.revision}"
    return Event(at, newer.issued_by or "?", REVISE, "", name, f"{name} issued; concordance: {changes}")
