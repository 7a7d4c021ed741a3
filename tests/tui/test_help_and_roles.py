"""Help shows the keys of the role one acts as and scrolls; a key of another role says why it is not yours."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import VerticalScroll

from draftdesk.tui.screens import ConfirmScreen, HelpScreen

from .conftest import make_app
from .test_flows import goto


async def test_a_delegate_is_told_why_a_chair_key_is_not_theirs(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, "OP4")
        for key in ("a", "r", "N", "c"):
            before = len(app._notifications)
            await pilot.press(key)
            await pilot.pause()
            assert app.screen is app.main
            (said,) = list(app._notifications)[before:]
            assert said.message == "Only the chair (SEECF) may do that; you act as UNDP.", key


async def test_a_key_for_the_authors_amendment_says_whose_it_is(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, "OP4")
        assert app.main.shown.current == "OSCE-0001"
        await pilot.press("w")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen)
        assert list(app._notifications)[-1].message == "Only its author, OSCE, may do that to OSCE-0001."


@pytest.mark.parametrize(("org", "chair_keys"), [("UNDP", False), ("SEECF", True)])
async def test_help_lists_the_keys_of_the_role(folder: Path, org: str, chair_keys: bool) -> None:
    app = make_app(folder, org)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        listed = [key for key, _ in app.screen.rows]
        keys = set(listed)
        assert len(listed) == len(keys)  # a key bound by the screen and the app is listed once
        assert {"p", "i", "d", "n", "w", "s", "T", "?", "/", "q"} <= keys
        assert ({"a", "r", "c", "N"} <= keys) is chair_keys


async def test_help_scrolls_at_80_by_24(folder: Path) -> None:
    app = make_app(folder, "SEECF")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        scroll = app.screen.query_one(VerticalScroll)
        assert scroll.max_scroll_y > 0  # more keys than lines: it scrolls
        await pilot.press("end")
        await pilot.pause()
        assert scroll.scroll_y == scroll.max_scroll_y
