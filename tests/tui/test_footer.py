"""The footer offers the keys that apply to the current amendment, rebuilt once the steps rest:
a rebuild lays out the whole screen, and held arrow keys must not pay it at every paragraph."""

from __future__ import annotations

from pathlib import Path

from draftdesk.tui.app import DraftDeskApp
from draftdesk.tui.background import REST_DELAY

from .conftest import make_app
from .test_flows import goto


def offered(app: DraftDeskApp) -> list[str]:
    """The descriptions the footer shows."""
    return [str(key.description) for key in app.query("FooterKey")]


async def test_the_footer_follows_the_current_amendment_once_the_steps_rest(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(160, 40)) as pilot:
        await goto(pilot, "OP4")
        await pilot.pause(REST_DELAY * 3)
        assert "Co-sponsor" in offered(app)  # OSCE's amendment is current: UNDP may co-sponsor it
        rebuilds: list[list[str]] = []
        rebuild = app.refresh_bindings
        app.refresh_bindings = lambda: rebuilds.append(offered(app)) or rebuild()  # type: ignore[method-assign]
        for _ in range(5):  # up to PP1 through paragraphs without amendments: nothing to co-sponsor
            await pilot.press("up")  # steps that keep coming, each sooner than the rest delay
            await pilot.pause(REST_DELAY / 3)
        assert rebuilds == []
        await pilot.pause(REST_DELAY * 3)
        assert len(rebuilds) == 1 and "Co-sponsor" not in offered(app)
