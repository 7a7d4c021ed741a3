"""Two decisions at the same moment from two terminals: one is taken, the other says why it was not."""

from __future__ import annotations

import os
import subprocess
import sys

from .runner import DraftDesk, show

DRAFT = "belgrade-2011"


def at_once(dd: DraftDesk, *commands: tuple[str, ...]) -> list[tuple[int, str, str]]:
    """Start every command before waiting for any; (exit code, stdout, stderr) of each."""
    running = [
        subprocess.Popen(
            [sys.executable, "-m", "draftdesk", *command],
            cwd=dd.cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=os.environ,
        )
        for command in commands
    ]
    return [(p.wait(timeout=60), p.stdout.read(), p.stderr.read()) for p in running]  # type: ignore[union-attr]


def test_competing_accepts_one_wins_the_other_is_told_it_fell(dd: DraftDesk) -> None:
    op4 = show(dd, "OP4")["OP4"]["markup"]
    undp = dd(
        "propose", DRAFT, "--as", "UNDP", "OP4", "--text", op4.replace(" note ", " welcome ")
    ).out.strip()
    osce = dd(
        "propose", DRAFT, "--as", "OSCE", "OP4", "--text", op4.replace(" note ", " stress ")
    ).out.strip()
    results = at_once(dd, ("accept", DRAFT, "--as", "SEECF", undp), ("accept", DRAFT, "--as", "SEECF", osce))
    assert sorted(code for code, _, _ in results) == [0, 1]
    (_, out, _), (_, _, err) = sorted(results)
    winner, loser = (undp, osce) if f"{undp} accepted" in out else (osce, undp)
    assert err.strip() == f"{loser} fell when {winner} was accepted a moment ago: it cannot be accepted"
    listed = {a["id"]: a["status"] for a in dd("list", DRAFT, "--json").json()}
    assert listed == {winner: "accepted", loser: "fallen"}


def test_the_same_accept_twice_is_stored_once_and_a_withdrawal_races_an_accept(dd: DraftDesk) -> None:
    op5 = show(dd, "OP5")["OP5"]["markup"]
    aid = dd("propose", DRAFT, "--as", "UNDP", "OP5", "--text", f"{op5} Again.").out.strip()
    twice = at_once(dd, ("accept", DRAFT, "--as", "SEECF", aid), ("accept", DRAFT, "--as", "SEECF", aid))
    assert sorted(code for code, _, _ in twice) == [0, 1]
    assert [e["action"] for e in dd("log", DRAFT, "--json").json()] == ["propose", "accept"]

    op6 = show(dd, "OP6")["OP6"]["markup"]
    other = dd("propose", DRAFT, "--as", "RCC", "OP6", "--text", f"{op6} Once more.").out.strip()
    raced = at_once(dd, ("accept", DRAFT, "--as", "SEECF", other), ("withdraw", DRAFT, "--as", "RCC", other))
    status = {a["id"]: a["status"] for a in dd("list", DRAFT, "--json").json()}[other]
    (accepted, _, _), (withdrawn, _, _) = raced
    assert sorted((accepted, withdrawn)) == [0, 1]
    assert status == ("accepted" if accepted == 0 else "withdrawn")
