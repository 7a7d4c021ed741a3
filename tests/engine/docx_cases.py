"""Negotiations for the Word tests: the bundled seed, with a footnote, and amendments of every kind."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from draftdesk.engine import instructions
from draftdesk.engine.amendments import Amendment, Decision, Op
from draftdesk.engine.importing import decode_document, import_text
from draftdesk.engine.instructions.document import read_document
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft, Footnote
from draftdesk.engine.user_ops import delete_ops, find, insert_op, modify_op, move_op

SEED = Path(__file__).resolve().parents[1] / "data" / "seeds" / "belgrade-2011-conclusions.txt"
CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "un"
T0 = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


def seed_draft() -> Draft:
    """The seed, its third preambular paragraph citing a footnote."""
    draft = import_text(SEED.read_text(encoding="utf-8"), slug="belgrade", chair="SEECF").draft
    pp3 = find(draft.paragraphs, "PP3")
    cited = replace(pp3, text=pp3.text + "[^1]", footnotes=(Footnote("1", "As recorded by the Chair."),))
    draft.paragraphs = [cited if p.id == pp3.id else p for p in draft.paragraphs]
    return draft


def _amendment(n: int, author: str, ops: list[Op], rationale: str = "") -> Amendment:
    aid = f"{author}-{n:02d}"
    ops = [op._replace(new_id=f"{aid}-{i}") if op.kind == "insert" else op for i, op in enumerate(ops, 1)]
    return Amendment(aid, author, tuple(ops), T0 + timedelta(minutes=n), rationale=rationale)


def amendments(draft: Draft, competing: bool) -> list[Amendment]:
    """A reword, an insertion of words, a paragraph deleted, one inserted (with italics), a sub-item
    reworded, a paragraph moved; with ``competing``, two more amendments on words already changed."""
    text = draft.paragraphs
    op4 = find(text, "OP4")
    out = [
        _amendment(1, "UNDP", [modify_op(op4, op4.text.replace("note", "welcome", 1))]),
        _amendment(
            2,
            "RCC",
            [
                modify_op(
                    find(text, "OP2"), find(text, "OP2").text.replace("democracy", "democracy, human rights")
                )
            ],
        ),
        _amendment(3, "UNDP", delete_ops(text, ["OP7"]), "Said in OP6."),
        _amendment(
            4, "CoE", [insert_op(text, "OP5", "Invite the *partners* to report in 2012.", "operative")]
        ),
        _amendment(
            5, "DCAF", [modify_op(find(text, "OP4(b)"), "Cyber security: a SEE Regional Cyber Defence Cell;")]
        ),
        _amendment(6, "OSCE", [move_op(text, "OP3", "OP5")]),
    ]
    if competing:
        out += [
            _amendment(7, "OSCE", [modify_op(op4, op4.text.replace("note", "acknowledge", 1))], "Weaker."),
            _amendment(
                8, "SELEC", [modify_op(op4, op4.text.replace("note the significant", "applaud the", 1))]
            ),
        ]
    return out


def negotiation(competing: bool = False) -> Negotiation:
    draft = seed_draft()
    return Negotiation(draft, amendments(draft, competing), [])


def accepted_in_voting_order(neg: Negotiation) -> Negotiation:
    """The same negotiation after the chair accepts every pending amendment, in voting order."""
    decisions = [
        Decision(f"D-{n}", aid, "accept", "SEECF", T0 + timedelta(hours=1, minutes=n))
        for n, aid in enumerate(neg.pending())
    ]
    return Negotiation(neg.draft, neg.amendments.values(), decisions)


def general_assembly(
    draft_symbol: str = "A_80_L.3", tabled: tuple[tuple[str, str], ...] = (("A_80_L.28", "UKR"),)
) -> Negotiation:
    """A real negotiation, pending: by default draft resolution A/80/L.3 and Ukraine's written
    amendment A/80/L.28 as printed (new paragraphs, words replaced throughout); or another corpus
    draft and its written amendments (document, delegation) in the order tabled."""
    draft = import_text(
        decode_document((CORPUS / f"{draft_symbol}.txt").read_bytes()), slug="ga", chair="GA"
    ).draft
    amendments = []
    for n, (symbol, author) in enumerate(tabled, 1):
        document = read_document(decode_document((CORPUS / f"{symbol}.txt").read_bytes()))
        amendments.append(
            _amendment(n, author, instructions.parse_instruction(document.instruction, draft.paragraphs))
        )
    return Negotiation(draft, amendments, [])
