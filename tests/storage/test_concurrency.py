"""Several processes on one folder: exclusive creation, nothing lost, no half files, no leftovers."""

from __future__ import annotations

import multiprocessing
from datetime import UTC, datetime
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from pathlib import Path

import pytest

from draftdesk import storage
from draftdesk.engine.amendments import Amendment, Decision, Op
from draftdesk.engine.model import Draft

CONTEXT = multiprocessing.get_context("fork")
T = datetime(2026, 11, 28, 14, 0, tzinfo=UTC)


def _amendment(amendment_id: str, rationale: str = "") -> Amendment:
    return Amendment(amendment_id, "RCC", (Op("delete", target="p-0001"),), T, rationale=rationale)


def _race(folder: Path, barrier: Barrier, results: Queue, n: int) -> None:
    barrier.wait()
    try:
        storage.add_amendment(folder, _amendment("RCC-same", rationale=f"writer {n}"))
        results.put(("won", n))
    except storage.StorageError as error:
        results.put(("lost", str(error)))


def _writer(folder: Path, barrier: Barrier, n: int) -> None:
    barrier.wait()
    for k in range(15):
        storage.add_amendment(folder, _amendment(f"W{n}-{k}", rationale="x" * 2000))
        storage.add_decision(folder, Decision(f"D{n}-{k}", f"W{n}-{k}", "table", "RCC", T))


def _run(processes: list) -> None:
    for process in processes:
        process.start()
    for process in processes:
        process.join(60)
        assert process.exitcode == 0


def _leftovers(folder: Path) -> list[Path]:
    return [
        path for path in folder.parent.rglob("*") if path.name.startswith(".") and path.name != ".gitignore"
    ]


def test_racing_for_one_id_exactly_one_wins(folder: Path) -> None:
    count = 6
    barrier, results = CONTEXT.Barrier(count), CONTEXT.Queue()
    _run([CONTEXT.Process(target=_race, args=(folder, barrier, results, n)) for n in range(count)])
    outcomes = [results.get(timeout=10) for _ in range(count)]
    winners = [n for outcome, n in outcomes if outcome == "won"]
    assert len(winners) == 1
    assert all("already exists" in message for outcome, message in outcomes if outcome == "lost")
    (stored,) = storage.load(folder).amendments
    assert stored == _amendment("RCC-same", rationale=f"writer {winners[0]}")
    assert not _leftovers(folder)


def test_concurrent_writers_lose_nothing_and_a_reader_never_sees_half_a_file(folder: Path) -> None:
    count = 4
    barrier = CONTEXT.Barrier(count + 1)
    writers = [CONTEXT.Process(target=_writer, args=(folder, barrier, n)) for n in range(count)]
    for process in writers:
        process.start()
    barrier.wait()
    loads = 0
    while any(process.is_alive() for process in writers):
        storage.load(folder)  # raises StorageError on a half-written file
        loads += 1
    for process in writers:
        process.join(60)
        assert process.exitcode == 0
    stored = storage.load(folder)
    assert len(stored.amendments) == len(stored.decisions) == count * 15 and loads > 0
    assert not _leftovers(folder)


def test_create_refuses_a_folder_in_use(folder: Path, draft: Draft) -> None:
    with pytest.raises(storage.StorageError, match="already exists"):
        storage.create(folder, draft)
    assert storage.load(folder).draft.slug == folder.name and not _leftovers(folder)


def test_create_in_an_empty_folder(tmp_path: Path, draft: Draft) -> None:
    (tmp_path / "empty").mkdir()
    storage.create(tmp_path / "empty", draft)
    assert storage.load(tmp_path / "empty").draft.paragraphs == draft.paragraphs


def test_create_with_a_repeated_id_leaves_nothing(tmp_path: Path, draft: Draft) -> None:
    with pytest.raises(storage.StorageError, match="given twice"):
        storage.create(tmp_path / "d", draft, [_amendment("A-1"), _amendment("A-1")])
    assert list(tmp_path.iterdir()) == []


def test_temporary_files_of_a_crashed_writer_are_not_loaded(folder: Path) -> None:
    (folder / "amendments" / ".RCC-1.toml.123.abcd.tmp").write_text("id = half a fi")
    (folder / "amendments" / "notes.txt").write_text("not an object")
    assert storage.load(folder).amendments == []


def test_write_file_replaces_text_or_bytes_whole(tmp_path: Path) -> None:
    out = tmp_path / "export.docx"
    storage.write_file(out, b"\x00first")
    storage.write_file(out, "second, ünïcødé\n")
    assert out.read_bytes() == "second, ünïcødé\n".encode() and list(tmp_path.iterdir()) == [out]
    with pytest.raises(storage.StorageError, match="cannot write"):
        storage.write_file(tmp_path / "missing" / "x.txt", "x")


def _hold_lock(folder: Path, held: Barrier, release: Barrier) -> None:
    with storage.locked(folder):
        held.wait()
        release.wait()


def test_a_held_folder_lock_makes_others_wait_then_says_why(folder: Path) -> None:
    held, release = CONTEXT.Barrier(2), CONTEXT.Barrier(2)
    holder = CONTEXT.Process(target=_hold_lock, args=(folder, held, release))
    holder.start()
    try:
        held.wait(timeout=10)
        with (
            pytest.raises(storage.StorageError, match="another DraftDesk process"),
            storage.locked(folder, 0.2),
        ):
            pass
    finally:
        release.wait(timeout=10)
        holder.join(timeout=10)
    with storage.locked(folder, 0.2):  # free again
        assert storage.load(folder).draft.slug == folder.name
