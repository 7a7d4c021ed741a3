"""Real ``draftdesk`` commands started at the same moment: each success reported is what is on disk.

tests/services/test_race_acts.py takes random acts in-process; here the commands a user types run
as processes, started together in rounds (seeded random acts of every kind, by the chair and the
delegations), so argument parsing, the report and the exit code are in the race too. Each command
ends 0 with its report or 1 with one line, never a traceback; what a success reported is stored,
nothing a refusal tried is, and the decisions, replayed on the base text each was taken on, were
allowed where they stand and left their amendment as the command said.
"""

from __future__ import annotations

import json
import random

from draftdesk import services
from draftdesk.engine.replay import replay
from draftdesk.services.deciding import ALLOWED

from .clones import reword
from .runner import DraftDesk
from .test_race_decisions import at_once

DRAFT = "belgrade-2011"
TABLED = (("UNDP", "OP5", "Recognize", "Welcome"), ("OSCE", "OP5", "Recognize", "Note"),
          ("OSCE", "OP6", "Welcome", "Note"), ("RCC", "OP7", "Encourage", "Urge"))  # fmt: skip
"""The amendments on the table before the race: UNDP's and OSCE's on OP5 compete."""
KINDS = ("accept", "accept", "reject", "reinstate", "withdraw", "cosponsor", "supersede", "order", "revise",
         "add-org")  # fmt: skip
RESULT = {"accept": "accepted", "reject": "rejected", "withdraw": "withdrawn", "reinstate": "tabled"}
ROUNDS, AT_ONCE = 2, 4


def draw(rng: random.Random, tabled: dict[str, tuple[str, str, str, str]]) -> list[str]:
    """One command, as a user would type it (``--json``, to read what it reports)."""
    kind = rng.choice(KINDS)
    aid = rng.choice(list(tabled))  # in the order tabled: the same draw whatever the ids
    author, address, old, _ = tabled[aid]
    if kind in ("accept", "reject", "reinstate"):
        return [kind, DRAFT, "--as", "SEECF", aid, "--json"]
    if kind == "withdraw":
        return [kind, DRAFT, "--as", author, aid, "--json"]
    if kind == "cosponsor":
        return [
            kind,
            DRAFT,
            "--as",
            rng.choice([o for o in ("UNDP", "OSCE", "RCC") if o != author]),
            aid,
            "--json",
        ]
    if kind == "supersede":
        instruction = (
            f"In operative paragraph {address[2:]}, replace “{old}” with “{old} {rng.randrange(99)}”."
        )
        return ["propose", DRAFT, "--as", author, "--supersedes", aid, "--instruction", instruction, "--json"]
    if kind == "order":
        first, then = rng.sample([a for a, (_, where, *_) in tabled.items() if where == "OP5"], 2)
        return [kind, DRAFT, "--as", "SEECF", first, "--before", then, "--reason", "asked", "--json"]
    if kind == "revise":
        return [kind, DRAFT, "--as", "SEECF", "--json"]
    code = rng.choice(("ITU", "WHO"))
    return ["add-org", DRAFT, code, "--name", f"Org {code}", "--as", "SEECF", "--json"]


def test_commands_started_together_each_report_what_is_then_on_disk(dd: DraftDesk) -> None:
    folder = dd.cwd / "drafts" / DRAFT
    tabled = {reword(folder, *amendment): amendment for amendment in TABLED}
    rng = random.Random(16)
    told: list[tuple[str, dict]] = []
    for _ in range(ROUNDS):
        commands = [draw(rng, tabled) for _ in range(AT_ONCE)]
        for command, (code, out, err) in zip(commands, at_once(dd, *commands), strict=True):
            assert code in (0, 1) and "Traceback" not in err, (command, err)
            if code:
                assert len(err.splitlines()) == 1, (command, err)  # refused in one line
            else:
                told.append((command[0], json.loads(out)))
    assert len(told) >= ROUNDS, "too few commands succeeded to test anything"

    stored, trusted = services.believing(folder)
    assert (trusted.rejected, trusted.carried, trusted.disputed, stored.skipped) == ([], [], {}, ())
    revisions = [text.draft.revision for text in trusted.revisions]
    assert revisions == list(range(len(stored.revisions)))  # one chain: no revision issued twice
    assert sorted(said["revision"] for kind, said in told if kind == "revise") == revisions[1:]
    added = [org["code"] for kind, said in told if kind == "add-org" for org in said["added"]]
    assert len(added) == len(set(added)) and set(added) <= {org.code for org in trusted.draft.orgs}
    proposed = {said["id"] for kind, said in told if kind == "propose"}
    assert {a.id for a in trusted.amendments} == {*tabled, *proposed}
    decided = {said["decision"]: said for _, said in told if "decision" in said}
    assert {d.id for d in trusted.decisions} == set(decided)  # every success stored; no refusal
    for step in replay([t.draft for t in trusted.revisions], trusted.amendments, trusted.decisions):
        assert step.before.status in ALLOWED.get(step.decision.action, ("tabled",)), step
        if step.decision.action in RESULT:
            assert step.after.status == decided[step.decision.id]["status"], step
