"""A deterministic synthetic negotiation for benchmarks (engine and TUI).

``build_negotiation(paragraphs=1000, amendments=5000, seed=0)`` gives a draft of
preambular paragraphs, operative paragraphs and sub-items of about forty words,
amendments from 50 organizations (mostly word replacements on distinct words,
some new paragraphs and a few deletions), a tenth of them competing in pairs
for the same words, and acceptance decisions for half of them.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from draftdesk.engine.amendments import Amendment, Decision, Op
from draftdesk.engine.model import Draft, Org, Paragraph
from draftdesk.engine.patches import make_patch

T0 = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)  # stored times are UTC, as storage loads them
ORGS = [f"ORG{n:02d}" for n in range(1, 51)]
CHAIR = "CHAIR"
VOCABULARY = (
    "regional",
    "cooperation",
    "justice",
    "security",
    "note",
    "welcome",
    "progress",
    "member",
    "states",
    "encourage",
    "strengthen",
    "capacity",
    "dialogue",
    "partners",
    "commitment",
    "implementation",
    "framework",
    "development",
    "sustainable",
    "rule",
    "law",
    "human",
    "rights",
    "democratic",
    "institutions",
    "support",
    "efforts",
    "continued",
    "coordination",
    "annual",
    "conference",
)
WORDS_PER_PARAGRAPH = 40
SLOT = 5
"""Amendments replace the word at a multiple of SLOT, so only deliberate pairs overlap."""


def _sentence(rnd: random.Random, words: int) -> str:
    return " ".join(rnd.choice(VOCABULARY) for _ in range(words)).capitalize()


def _draft(rnd: random.Random, count: int) -> Draft:
    paragraphs: list[Paragraph] = []
    parent = ""
    for n in range(1, count + 1):
        pid = f"p-{n:04d}"
        text = _sentence(rnd, WORDS_PER_PARAGRAPH)
        if n <= count // 10:
            paragraphs.append(Paragraph(pid, "preamble", text))
        elif parent and n % 4 == 0:
            paragraphs.append(Paragraph(pid, "sub-item", text, parent=parent))
        else:
            paragraphs.append(Paragraph(pid, "operative", text))
            parent = pid
    orgs = [Org(code, f"Organization {code}") for code in ORGS] + [Org(CHAIR, "The Chair", roles=("chair",))]
    return Draft("synthetic", ["SYNTHETIC CONCLUSIONS"], orgs=orgs, paragraphs=paragraphs)


def _replace_word(text: str, slot: int, new: str) -> str:
    words = text.split(" ")
    words[slot % len(words)] = new
    return " ".join(words)


def build_negotiation(
    paragraphs: int = 1000, amendments: int = 5000, seed: int = 0
) -> tuple[Draft, list[Amendment], list[Decision]]:
    rnd = random.Random(seed)
    draft = _draft(rnd, paragraphs)
    base = draft.paragraphs
    slots = WORDS_PER_PARAGRAPH // SLOT
    proposals: list[Amendment] = []
    for n in range(amendments):
        org = ORGS[n % len(ORGS)]
        aid = f"{org}-{n:06d}"
        created = T0 + timedelta(seconds=n)
        competing = n % 10 == 1  # pairs with amendment n - 1: same paragraph, same word
        place = n - 1 if competing else n
        target = base[(place * 7919) % len(base)]
        roll = rnd.random()
        if not competing and roll < 0.02:
            op = Op(
                "insert", after=target.id, new_id=f"{aid}-1", new_kind="operative", text=_sentence(rnd, 20)
            )
        elif not competing and roll < 0.025:
            op = Op("delete", target=target.id, base_text=target.text)
        else:
            slot = ((place // len(base)) % slots) * SLOT
            new_text = _replace_word(target.text, slot, rnd.choice(VOCABULARY) + "d")
            op = Op(
                "modify", target=target.id, base_text=target.text, patch=make_patch(target.text, new_text)
            )
        proposals.append(Amendment(aid, org, (op,), created))
    accepted = sorted(rnd.sample(range(amendments), amendments // 2))
    order = list(accepted)
    rnd.shuffle(order)
    start = T0 + timedelta(days=1)
    decisions = [
        Decision(f"{CHAIR}-{k:06d}", proposals[n].id, "accept", CHAIR, start + timedelta(seconds=k))
        for k, n in enumerate(order)
    ]
    return draft, proposals, decisions


def create_signed(folder: Path, draft: Draft, amendments: list[Amendment], decisions: list[Decision]) -> None:
    """The negotiation as a draft folder, as DraftDesk writes one: founded, with a key for each
    organization kept in this user's key store (point DRAFTDESK_CONFIG_DIR at a temporary folder),
    every record sealed by the organization that made it."""
    from draftdesk import signatures, storage
    from draftdesk.engine.seals import Signer
    from draftdesk.storage import keystore

    keys = {org.code: keystore.new_key(org.code) for org in draft.orgs}
    signers = {code: Signer(code, key.public, key.private) for code, key in keys.items()}
    roster = signatures.founding(draft, {code: key.public for code, key in keys.items()})
    text = signatures.founding_text(draft, draft.chair[0])
    storage.create(folder, draft, amendments, decisions, roster, signers, [text])
