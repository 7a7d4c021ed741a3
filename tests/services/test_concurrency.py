"""Several processes writing to one draft folder at once, as delegates on one server do."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from draftdesk import services
from draftdesk.engine.user_ops import insert_op

ORGS = ("UNDP", "OSCE", "RCC", "CoE")


def propose_three(folder: Path, org: str) -> list[str]:
    ids = []
    for n in range(3):
        agreed = services.negotiation(folder).agreed
        op = insert_op(agreed, "OP7", f"{org} proposal {n}.")
        ids.append(services.propose(folder, org, [op]).id)
    return ids


def test_concurrent_proposals_are_all_kept_with_distinct_ids(folder: Path) -> None:
    with multiprocessing.get_context("fork").Pool(len(ORGS)) as pool:
        written = pool.starmap(propose_three, [(folder, org) for org in ORGS])
    ids = [aid for batch in written for aid in batch]
    assert len(set(ids)) == 12
    neg = services.negotiation(folder)
    assert sorted(neg.amendments) == sorted(ids)
    assert {neg.state(aid).status for aid in ids} == {"tabled"}
    assert [e.action for e in services.log(folder)] == ["propose"] * 12
