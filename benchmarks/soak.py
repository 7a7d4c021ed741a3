"""Soak: delegations and a chair acting at once on one draft for a long while, killed at random.

`python benchmarks/soak.py --seconds 600 --json` runs PROCESSES workers on a copy of the sample,
each taking seeded random acts through the services (table, withdraw, co-sponsor, revise an
amendment; the chair: accept, reject, reinstate, rule on the voting order, issue a revision, add an
organization, register a delegation's new key) as fast as the lock lets them; every few seconds one
worker is killed with SIGKILL wherever it is and a new one started, and a hostile file (a git
conflict, a link out of the folder, a FIFO) is dropped into amendments/. Each worker appends
every success the services reported to its own log before going on.

Then it checks what the test suite checks in seconds (tests/services/test_race_acts.py), at
length: the folder loads, leaving out exactly the planted files, and believes every other file;
every reported success is on disk (a revision in the chain that stands, an organization, a key);
every stored decision was allowed on the state it was taken on (the base text then standing) and
left its amendment as its worker was told (a kill between the write and the log may leave a stored decision
unreported, never the reverse); no temporary file outlives the run by more than the stale age.
Prints one JSON object with ``--json``: acts, successes, kills, planted, violations, seconds.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from draftdesk import services
from draftdesk.engine.amendments import ORDER
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.replay import replay
from draftdesk.engine.user_ops import find, modify_op
from draftdesk.services.deciding import ALLOWED
from draftdesk.storage import keystore
from draftdesk.storage.lookup import SAMPLE, samples

ORGS = ("UNDP", "OSCE", "RCC", "CoE")
CHAIR = "SEECF"
PARAGRAPHS = ("OP4", "OP5", "OP6", "OP7")
STATUS_AFTER = {"accept": "accepted", "reject": "rejected", "withdraw": "withdrawn", "reinstate": "tabled"}


def one_act(folder: Path, actor: str, rng: random.Random) -> tuple[str, str, str] | None:
    """One random act of ``actor``; what was stored (an id; a revision's number, a code or a key) and
    what it was told (a status; the organization whose key was registered), or None if refused."""
    neg = services.negotiation(folder)
    states = neg.states()
    try:
        if actor == CHAIR:
            return chair_act(folder, neg, rng)
        own = sorted(
            a for a, s in states.items() if neg.amendments[a].author == actor and s.status == "tabled"
        )
        action = rng.choice(("propose", "propose", "withdraw", "cosponsor", "revise"))
        if action in ("propose", "revise") or not states:
            old = rng.choice(own) if action == "revise" and own else ""
            paragraph = find(neg.agreed, rng.choice(PARAGRAPHS))
            op = modify_op(paragraph, f"{paragraph.text} ({actor} {rng.randrange(10**6)})")
            new = services.propose(folder, actor, [op], supersedes=old)
            return "propose", new.id, "tabled"
        target = rng.choice(own if action == "withdraw" and own else sorted(states))
        taken = services.take(folder, actor, target, action)
        return action, taken.decision.id, taken.after.state(target).status
    except services.ServiceError:
        return None


def chair_act(folder: Path, neg: Negotiation, rng: random.Random) -> tuple[str, str, str] | None:
    """The chair's random act: a decision on what it sees pending, a ruling on the voting order, a
    revision, an organization added, a delegation's new key registered."""
    action = rng.choice(("accept", "accept", "reject", "reinstate", ORDER, "issue", "add-org", "register"))
    if action == "issue":
        return action, str(services.issue_revision(folder, CHAIR).draft.revision), ""
    if action == "add-org":
        code = f"NEW{rng.randrange(8)}"
        return action, services.add_org(folder, CHAIR, code, f"New delegation {code}").code, ""
    if action == "register":
        org = rng.choice(ORGS)
        return action, services.register_key(folder, CHAIR, org, keystore.new_key(org).public), org
    if action == ORDER:
        groups = [g for g in neg.competing_groups() if len(g) > 1]
        if not groups:
            return None
        first, then = rng.sample(rng.choice(groups), 2)
        return action, services.order(folder, CHAIR, first, then, "asked to").id, "tabled"
    states = neg.states()
    seen = sorted(a for a, s in states.items() if s.status in ALLOWED[action]) or sorted(states)
    if not seen:
        return None
    taken = services.take(folder, CHAIR, rng.choice(seen), action)
    return action, taken.decision.id, taken.after.state(taken.decision.amendment).status


def worker(folder: Path, actor: str, seed: int, log: Path, until: float) -> None:
    """Act until ``until``, appending each success to ``log`` (one JSON line, flushed) before the next."""
    rng = random.Random(seed)
    with log.open("a", encoding="utf-8") as out:
        while time.time() < until:
            out.write(json.dumps({"tried": True}) + "\n")
            done = one_act(folder, actor, rng)
            if done:
                out.write(json.dumps({"kind": done[0], "id": done[1], "status": done[2]}) + "\n")
            out.flush()


def plant(folder: Path, n: int, outside: Path) -> str:
    """A hostile file in amendments/, by turns a git conflict, a link out of the folder, a FIFO."""
    path = folder / "amendments" / f"HOSTILE-{n}.toml"
    path.parent.mkdir(exist_ok=True)  # no act may have made it yet (a slow machine)
    kind = n % 3
    if kind == 0:
        path.write_text('<<<<<<< HEAD\nid = "X"\n=======\n>>>>>>> theirs\n', encoding="utf-8")
    elif kind == 1:
        path.symlink_to(outside)
    else:
        os.mkfifo(path)
    return path.name


def check(folder: Path, logs: list[Path], planted: set[str]) -> tuple[int, int, list[str]]:
    """Acts tried, successes reported, and every violation found (module docstring)."""
    told: dict[str, tuple[str, str]] = {}
    tried = 0
    for log in logs:
        for line in log.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line) if line.endswith("}") else {}  # a line cut by a kill is no report
            tried += "tried" in entry
            if "id" in entry:
                told[entry["id"]] = (entry["kind"], entry["status"])
    stored, trusted = services.believing(folder)
    violations = [f"unexpected skip: {p}" for p in stored.skipped if p.path.name not in planted]
    violations += [f"not believed: {r}" for r in trusted.rejected if Path(r.file).name not in planted]
    on_disk = {a.id for a in stored.amendments} | {d.id for d in stored.decisions}
    on_disk |= {str(text.draft.revision) for text in trusted.revisions}
    on_disk |= {org.code for org in trusted.draft.orgs} | {r.key for r in stored.registrations}
    violations += [f"reported but not stored: {i}" for i in told if i not in on_disk]
    texts = [text.draft for text in trusted.revisions] or [stored.draft]
    for step in replay(texts, trusted.amendments, trusted.decisions):
        decision = step.decision
        if step.before.status not in ALLOWED.get(decision.action, ("tabled",)):
            violations.append(f"{decision.id}: {decision.action} on a {step.before.status} amendment")
        if (
            decision.id in told
            and decision.action in STATUS_AFTER
            and step.after.status != told[decision.id][1]
        ):
            violations.append(f"{decision.id}: told {told[decision.id][1]}, stored {step.after.status}")
    return tried, len(told), violations


def soak(seconds: float, processes: int, seed: int) -> dict[str, object]:
    rng = random.Random(seed)
    work = Path(tempfile.mkdtemp(prefix="draftdesk-soak-"))
    folder = work / SAMPLE
    shutil.copytree(samples() / SAMPLE, folder)
    outside = work / "outside.toml"
    outside.write_text('id = "OUTSIDE"\n', encoding="utf-8")
    context = multiprocessing.get_context("fork")
    until = time.time() + seconds
    actors = [CHAIR, *ORGS][:processes]
    logs = [work / f"log-{n}.jsonl" for n in range(len(actors))]
    running = [
        context.Process(target=worker, args=(folder, actor, rng.randrange(2**32), logs[n], until))
        for n, actor in enumerate(actors)
    ]
    for process in running:
        process.start()
    kills, planted = 0, set()
    while time.time() < until:
        time.sleep(rng.uniform(0.5, 3.0))
        n = rng.randrange(len(running))
        os.kill(running[n].pid, signal.SIGKILL)  # type: ignore[arg-type]
        running[n].join()
        kills += 1
        running[n] = context.Process(
            target=worker, args=(folder, actors[n], rng.randrange(2**32), logs[n], until)
        )
        running[n].start()
        planted.add(plant(folder, kills, outside))
    for process in running:
        process.join()
    tried, successes, violations = check(folder, logs, planted)
    shutil.rmtree(work, ignore_errors=True)
    return {
        "seconds": seconds,
        "processes": len(actors),
        "acts": tried,
        "successes": successes,
        "kills": kills,
        "planted": len(planted),
        "violations": violations,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=120, help="how long the workers act (default 120)")
    parser.add_argument("--processes", type=int, default=5, help="workers: the chair, then delegations")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    result = soak(args.seconds, args.processes, args.seed)
    print(json.dumps(result) if args.json else "\n".join(f"{k:12} {v}" for k, v in result.items()))
    sys.exit(1 if result["violations"] else 0)


if __name__ == "__main__":
    main()
