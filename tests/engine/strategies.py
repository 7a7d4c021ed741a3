"""Hypothesis strategies for negotiations: a small draft, amendments on it, decisions on them."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import strategies as st

from draftdesk.engine.amendments import ACTIONS, Amendment, Decision, Op
from draftdesk.engine.model import Draft, Paragraph
from draftdesk.engine.patches import make_patch

T0 = datetime(2026, 11, 28, 9, 0)
ORGS = ("UNDP", "OSCE", "RCC")
WORDS = ("note", "welcome", "justice", "the", "progress", "regional", "and", "co-operation", ",")

sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join)


@st.composite
def drafts(draw: st.DrawFn) -> Draft:
    texts = draw(st.lists(sentences, min_size=4, max_size=4))
    paragraphs = [
        Paragraph("p-1", "preamble", texts[0]),
        Paragraph("p-2", "operative", texts[1]),
        Paragraph("p-3", "sub-item", texts[2], parent="p-2"),
        Paragraph("p-4", "operative", texts[3]),
    ]
    return Draft("test", ["Test"], paragraphs=paragraphs)


@st.composite
def ops(draw: st.DrawFn, draft: Draft, amendment_id: str, n: int) -> Op:
    paragraph = draw(st.sampled_from(draft.paragraphs))
    kind = draw(st.sampled_from(("modify", "modify", "modify", "insert", "delete", "move")))
    if kind == "modify":
        new = draw(sentences)
        return Op(
            "modify", target=paragraph.id, base_text=paragraph.text, patch=make_patch(paragraph.text, new)
        )
    if kind == "insert":
        return Op(
            "insert",
            after=paragraph.id,
            new_id=f"{amendment_id}-{n}",
            new_kind="operative",
            text=draw(sentences),
        )
    if kind == "delete":
        return Op("delete", target=paragraph.id, base_text=paragraph.text)
    return Op("move", target="p-4", after=draw(st.sampled_from(("", "p-1", "p-2"))))


@st.composite
def amendments(draw: st.DrawFn, draft: Draft, n: int) -> Amendment:
    org = draw(st.sampled_from(ORGS))
    aid = f"{org}-{n:03d}"
    count = draw(st.integers(1, 2))
    return Amendment(
        aid,
        org,
        tuple(draw(ops(draft, aid, i)) for i in range(1, count + 1)),
        T0 + timedelta(minutes=n),
        private=draw(st.booleans().map(lambda b: b and n % 4 == 0)),
    )


@st.composite
def negotiations(draw: st.DrawFn) -> tuple[Draft, list[Amendment], list[Decision]]:
    """A draft, up to six amendments (some superseding others), up to twelve decisions (ties in time)."""
    draft = draw(drafts())
    proposals: list[Amendment] = []
    for n in range(draw(st.integers(1, 6))):
        proposal = draw(amendments(draft, n))
        if proposals and draw(st.integers(0, 4)) == 0:  # now and then a revised amendment
            proposal = proposal._replace(supersedes=draw(st.sampled_from(proposals)).id)
        proposals.append(proposal)
    decisions = []
    for n in range(draw(st.integers(0, 12))):
        action = draw(st.sampled_from((*ACTIONS, "accept", "accept")))
        minute = draw(st.integers(0, 20))
        decisions.append(
            Decision(
                f"D-{n:03d}",
                draw(st.sampled_from(proposals)).id,
                action,
                "OSCE",
                T0 + timedelta(hours=1, minutes=minute),
            )
        )
    return draft, proposals, decisions


def modify(aid: str, pid: str, base: str, new: str, minutes: int = 0) -> Amendment:
    """A one-op amendment by the org its id starts with, rewording paragraph ``pid``."""
    op = Op("modify", target=pid, base_text=base, patch=make_patch(base, new))
    return Amendment(aid, aid.split("-")[0], (op,), T0 + timedelta(minutes=minutes))


def decide(aid: str, action: str, minutes: int, by: str = "CHAIR", revision: int = 0) -> Decision:
    """A decision taken ``minutes`` after the amendments (one hour after T0)."""
    at = T0 + timedelta(hours=1, minutes=minutes)
    return Decision(f"D-{aid}-{action}-{minutes}", aid, action, by, at, revision)  # type: ignore[arg-type]
