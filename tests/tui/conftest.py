"""An in-memory stand-in for storage + services, so the TUI is tested through its real handlers."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path

import pytest

from draftdesk.engine.amendments import Amendment, Decision, Op
from draftdesk.engine.merge import Negotiation
from draftdesk.tui import calls
from draftdesk.tui.app import DraftDeskApp

from . import fixture


@dataclass
class Store:
    """What services would have written: new amendments and decisions, in order."""

    amendments: list[Amendment] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)

    def load(self, folder: Path) -> Negotiation:
        return Negotiation(
            fixture.draft(),
            [*fixture.amendments(), *self.amendments],
            [*fixture.decisions(), *self.decisions],
        )

    def decide(self, folder: Path, by: str, amendment_id: str, action: str, note: str = "") -> Decision:
        n = len(self.decisions) + 1
        at = fixture.T0 + timedelta(hours=1, minutes=n)
        self.decisions.append(Decision(f"{by}-D{n}", amendment_id, action, by, at, note=note))
        return self.decisions[-1]

    def propose(
        self, folder: Path, author: str, ops: list[Op], *, table: bool, supersedes: str = ""
    ) -> Amendment:
        aid = f"{author}-N{len(self.amendments) + 1}"
        ops = [replace(op, new_id=f"{aid}-{i}") if op.kind == "insert" else op for i, op in enumerate(ops, 1)]
        created = fixture.T0 + timedelta(hours=1, minutes=len(self.amendments))
        self.amendments.append(
            Amendment(aid, author, tuple(ops), created, private=not table, supersedes=supersedes)
        )
        return self.amendments[-1]


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> Store:
    store = Store()
    monkeypatch.setattr(calls, "decide", store.decide)
    monkeypatch.setattr(calls, "propose", store.propose)
    return store


def make_app(store: Store, acting_as: str) -> DraftDeskApp:
    return DraftDeskApp(Path("."), acting_as, loader=store.load, watch=False)
