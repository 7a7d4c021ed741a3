"""The list of amendments as a Word document: what a secretariat circulates before a vote.

Paragraph by paragraph in the order of the text, the amendments to each in the
order they are voted on (pending ones first, furthest removed from the text
first), each with its symbol, sponsors, the paragraphs it concerns, written form, rationale, status
and outcome. An amendment to several paragraphs is set out once, under the first of them in the
order of the text (QA F56: a page of "see under" lines was not circulable).
"""

from __future__ import annotations

from draftdesk.engine.amendment_list import (
    AmendmentEntry,
    amendment_entries,
    paragraphs_cited,
    printed,
    sponsor_names,
    un_date,
)
from draftdesk.engine.cited_order import document_order
from draftdesk.engine.exporting.docx import Progress, new_document, title_block
from draftdesk.engine.exporting.ooxml import Look, paragraph, run
from draftdesk.engine.issued import revision_name
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.tabled import cited_name


def _outcome(entry: AmendmentEntry) -> str:
    if entry.decision:
        return f"{entry.outcome} {entry.decision}"
    if entry.status == "fallen":
        return f"falls: {entry.fallen_reason}" if entry.fallen_reason else "falls"
    if entry.status == "tabled" and entry.competes_with:
        return f"competes with {', '.join(entry.competes_with)}"
    return ""


def export_list_docx(neg: Negotiation, progress: Progress | None = None) -> bytes:
    """Every amendment set out under the first paragraph it touches, in voting order under each;
    ``progress`` hears of the entries made (the first half) and written (the second)."""
    doc = new_document(neg.draft)
    title_block(doc, neg.draft, authoring=False)
    doc.add(paragraph(run("LIST OF AMENDMENTS"), doc.style_ids["Document Type"]))
    order = document_order(neg)
    pending = {aid: n for n, aid in enumerate(neg.pending())}
    entries = amendment_entries(neg, progress=(lambda n, total: progress(n, 2 * total)) if progress else None)

    def place(entry: AmendmentEntry) -> tuple[float, int, int, str]:
        """Under its first paragraph in the order of the text, in voting order."""
        first = order.get(entry.target_ids[0], float(len(order))) if entry.target_ids else float(len(order))
        return (first, 0 if entry.id in pending else 1, pending.get(entry.id, 0), entry.id)

    heading = None
    field = doc.style_ids["Amendment Field"]
    names = sponsor_names(neg.draft)
    for done, entry in enumerate(sorted(entries, key=place)):
        if progress is not None and done % 50 == 0:
            progress(len(entries) + done, 2 * len(entries))
        where = entry.targets[0] if entry.targets else ""
        if where != heading:
            heading = where
            doc.add(paragraph(run(where or "(no paragraph)"), doc.style_ids["Part Heading"]))
        name = cited_name(entry.symbol, entry.id)
        doc.add(paragraph(run(name, Look(bold=True)), field))
        sponsors = names.get(entry.author, entry.author)
        if entry.cosponsors:
            sponsors += "; co-sponsored by " + ", ".join(names.get(code, code) for code in entry.cosponsors)
        fields = [
            ("Sponsors", sponsors),
            ("Revises", entry.revises),
            ("Superseded by", ", ".join(entry.superseded_by)),
            ("Submitted", f"{un_date(entry.created)}, on the text of {revision_name(entry.revision)}"),
            ("Paragraphs", paragraphs_cited(entry) if len(entry.targets) > 1 else ""),
            ("Amendment", printed(entry.instruction)),
            ("Rationale", entry.rationale),
            ("Status", entry.outcome),
            ("Voting order", entry.vote),
            ("Outcome", _outcome(entry)),
        ]
        for name, value in fields:
            if value:
                doc.add(paragraph(run(f"{name}: ", Look(italic=True)) + run(value), field))
    return doc.to_bytes()
