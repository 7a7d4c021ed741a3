"""The first screen does not wait for the load cache: its write is put off until the screen is up."""

from __future__ import annotations

from pathlib import Path

from draftdesk.tui.app import DraftDeskApp

from .conftest import make_app


async def test_the_load_cache_is_written_once_the_screen_is_up(folder: Path, parse_cache: Path) -> None:
    written_before_screen: list[str] = []

    class Watched(DraftDeskApp):
        def on_mount(self) -> None:
            written_before_screen.extend(path.name for path in parse_cache.iterdir())
            super().on_mount()

    async with Watched(folder, "UNDP", watch=False).run_test() as pilot:
        await pilot.pause()
    assert written_before_screen == []
    assert [path.suffix for path in parse_cache.iterdir()] == [".pickle"]


async def test_a_folder_opened_again_leaves_the_fresh_cache_alone(folder: Path, parse_cache: Path) -> None:
    async with make_app(folder, "UNDP").run_test() as pilot:
        await pilot.pause()
    (cache,) = parse_cache.iterdir()
    written = cache.stat().st_mtime_ns, cache.stat().st_ino
    async with make_app(folder, "UNDP").run_test() as pilot:
        await pilot.pause()
    assert (cache.stat().st_mtime_ns, cache.stat().st_ino) == written
