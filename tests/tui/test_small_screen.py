"""A laptop's 80x24 gives the text being negotiated most of the screen; the start says what this
machine cannot do."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import make_app
from .test_chair_rulings import until


async def test_at_80_by_24_the_legend_is_one_line_until_asked(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        main = app.main
        legend, view = main.shown.legend, main.shown.merged
        line = str(legend.render())
        assert legend.size.height == 1  # the marks' key first, then the organizations that fit
        assert line == "●pending ⚔competing ✓agreed +4 orgs · l: legend"
        assert view.size.height >= 13  # of the 21 rows between the header and the two-line key bar
        await pilot.press("l")
        await pilot.pause()
        assert legend.size.height > 1 and "[ORG]=whose change" in str(legend.render())
        await pilot.press("l")
        await pilot.pause()
        assert legend.size.height == 1


async def test_a_tall_screen_shows_the_legend_whole(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "●pending" in str(app.main.shown.legend.render())


async def test_the_start_says_once_that_this_machine_lacks_the_key(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DRAFTDESK_CONFIG_DIR", str(tmp_path / "another-machine"))
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        await until(app, lambda: app.main.shown.no_key)
        await pilot.pause()
        (said,) = [n.message for n in app._notifications]
        assert said.startswith("You do not hold UNDP's key for this draft on this machine")
        assert "draftdesk keys import FILE" in said
        assert "no key here: read only" in str(app.main.shown.bar.render())


async def test_a_machine_holding_the_key_is_told_nothing(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.3)
        assert not app.main.shown.no_key and not app._notifications
