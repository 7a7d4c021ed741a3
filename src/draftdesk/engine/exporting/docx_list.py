"""The list of amendments as a Word document: what a secretariat circulates before a vote.

Paragraph by paragraph in the order of the text, the amendments to each in the
order they are voted on (pending ones first, furthest removed from the text
first), each with its symbol, sponsors, written form, rationale, status and outcome. An
amendment to several paragraphs is set out under the first; under each other one's heading a line
names it, so whoever looks up a paragraph finds every amendment that concerns it.
"""

from __future__ import annotations

from draftdesk.engine.amendment_list import AmendmentEntry, amendment_entries, printed, sponsor_names, un_date
from draftdesk.engine.exporting.docx import Progress, new_document, title_block
from draftdesk.engine.exporting.ooxml import Look, paragraph, run
from draftdesk.engine.issued import revision_name
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.tabled import cited_name


def _order(neg: Negotiation) -> dict[str, int]:
    """Where each paragraph stands: the agreed text, then the base text (deleted paragraphs)."""
    order = {p.id: n for n, p in enumerate(neg.agreed)}
    for n, p in enumerate(neg.draft.paragraphs):
        order.setdefault(p.id, len(order) + n)
    return order


def _outcome(entry: AmendmentEntry) -> str:
    if entry.decision:
        return f"{entry.status} {entry.decision}"
    if entry.status == "fallen":
        return f"falls: {entry.fallen_reason}" if entry.fallen_reason else "falls"
    if entry.status == "tabled" and entry.competes_with:
        return f"competes with {', '.join(entry.competes_with)}"
    return ""


def export_list_docx(neg: Negotiation, progress: Progress | None = None) -> bytes:
    """Every amendment set out under the first paragraph it touches (and named under each other
    one), in voting order under each;
    ``progress`` hears of the entries made (the first half) and written (the second)."""
    doc = new_document(neg.draft)
    title_block(doc, neg.draft, authoring=False)
    doc.add(paragraph(run("LIST OF AMENDMENTS"), doc.style_ids["Document Type"]))
    order = _order(neg)
    pending = {aid: n for n, aid in enumerate(neg.pending())}
    entries = amendment_entries(neg, progress=(lambda n, total: progress(n, 2 * total)) if progress else None)
    anchors = {op.new_id: op.after for a in neg.amendments.values() for op in a.ops if op.kind == "insert"}

    def place(entry: AmendmentEntry, pid: str) -> tuple[int, int, int, int, str]:
        """Under its paragraph (a new one: after the paragraph it follows), in voting order."""
        where = order.get(pid, order.get(anchors.get(pid, ""), len(order)))
        return (where, pid not in order, 0 if entry.id in pending else 1, pending.get(entry.id, 0), entry.id)

    rows = sorted(
        (
            (place(entry, pid), n, entry)
            for entry in entries
            for n, pid in enumerate(entry.target_ids or ("",))
        ),
        key=lambda row: row[:2],
    )
    heading = None
    field = doc.style_ids["Amendment Field"]
    names = sponsor_names(neg.draft)
    for done, (_, n, entry) in enumerate(rows):
        if progress is not None and done % 50 == 0:
            progress(len(entries) + done * len(entries) // len(rows), 2 * len(entries))
        where = entry.targets[n] if entry.targets else ""
        if where != heading:
            heading = where
            doc.add(paragraph(run(where or "(no paragraph)"), doc.style_ids["Part Heading"]))
        name = cited_name(entry.symbol, entry.id)
        if n:  # set out under its first paragraph; under each other one, a line naming it
            also = f"{name}, {entry.status}: also concerns this paragraph; see under {entry.targets[0]}"
            doc.add(paragraph(run(also), field))
            continue
        doc.add(paragraph(run(name, Look(bold=True)), field))
        sponsors = names.get(entry.author, entry.author)
        if entry.cosponsors:
            sponsors += "; co-sponsored by " + ", ".join(names.get(code, code) for code in entry.cosponsors)
        fields = [
            ("Sponsors", sponsors),
            ("Revises", entry.revises),
            ("Superseded by", ", ".join(entry.superseded_by)),
            ("Submitted", f"{un_date(entry.created)}, on the text of {revision_name(entry.revision)}"),
            ("Amendment", printed(entry.instruction)),
            ("Rationale", entry.rationale),
            ("Status", entry.status),
            ("Voting order", entry.vote),
            ("Outcome", _outcome(entry)),
        ]
        for name, value in fields:
            if value:
                doc.add(paragraph(run(f"{name}: ", Look(italic=True)) + run(value), field))
    return doc.to_bytes()
