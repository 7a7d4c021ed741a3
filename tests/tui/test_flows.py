"""Whole delegate and chair flows through key presses, asserting on what was written and the screen."""

from __future__ import annotations

import asyncio
from pathlib import Path

from draftdesk import services, storage
from draftdesk.engine.user_ops import delete_ops
from draftdesk.tui.screens import ConfirmScreen, EditorScreen, PartsScreen, PreviewScreen

from .conftest import make_app, new_amendments, new_decisions


async def goto(pilot, address: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("g", *address, "enter")
    await pilot.pause()


async def test_chair_accepts_and_sees_what_falls(folder: Path) -> None:
    app = make_app(folder, "SEECF")
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, "OP4")
        assert app.main.shown.current == "OSCE-0001"  # furthest removed first: voted first
        await pilot.press("a")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        decided = [(d.amendment, d.action, d.by) for d in (await new_decisions(app))]
        assert decided == [("OSCE-0001", "accept", "SEECF")]
        await pilot.pause()
        assert app.session.neg.state("UNDP-0001").status == "fallen"
        (said,) = [n.message for n in app._notifications if "accepted" in n.message]  # one toast says it all
        accepted, fell = said.split("\n")
        assert accepted == "SEECF accepted OSCE's amendment to OP4 (OSCE-0001)"
        assert fell.startswith("UNDP's amendment to OP4 fell (UNDP-0001): OP4: “note” was changed by")
        assert "acknowledge" in "".join(p.text for p in app.main.shown.merged.paragraphs)
        await pilot.press("n", "r", "n")  # a decision can be turned down at the confirmation
        assert len(await new_decisions(app)) == 1


async def test_accepting_out_of_the_voting_order_warns_at_the_confirmation(folder: Path) -> None:
    """The CLI's warning, in the TUI: UNDP's amendment to OP4 is voted after OSCE's, still pending."""
    app = make_app(folder, "SEECF")
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, "OP4")
        await pilot.press("a")
        assert isinstance(app.screen, ConfirmScreen) and "Warning" not in app.screen.question
        await pilot.press("n", "n", "a")  # UNDP-0001, voted second
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question == (
            "Accept the amendment to OP4 by United Nations Development Programme (UNDP)?\n"
            "Warning: OSCE's amendment to OP4 is voted first and is still pending.\n"
            "Competing amendments will fall: OSCE's amendment to OP4"
        )
        await pilot.press("y")
        await pilot.pause()
        assert [(d.amendment, d.action) for d in (await new_decisions(app))] == [("UNDP-0001", "accept")]


async def test_a_decision_taken_as_the_app_closes_is_stored(folder: Path) -> None:
    """It is written in a thread the exit waits for: closed at once, it is stored all the same."""
    app = make_app(folder, "SEECF")
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, "OP4")
        app.main.decisions.decide("OSCE-0001", "accept")
        app.exit()  # in the same turn: no frame follows
    for _ in range(40):
        stored = [d for d in storage.load(folder).decisions if d.amendment == "OSCE-0001"]
        if stored:
            break
        await asyncio.sleep(0.05)
    assert [(d.action, d.by) for d in stored] == [("accept", "SEECF")]


async def test_a_decision_that_cannot_be_stored_is_taken_back(folder: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The screen shows a decision before its file is written; if the write fails, it says so and
    shows the folder as it is."""
    app = make_app(folder, "SEECF")
    async with app.run_test(size=(120, 40)) as pilot:

        def full_disk(*args: object, **kwargs: object) -> None:
            raise services.ServiceError("decisions/x.toml: cannot write: No space left on device")

        monkeypatch.setattr(services, "decide", full_disk)
        await goto(pilot, "OP4")
        await pilot.press("a", "y")
        await pilot.pause()
        assert await new_decisions(app) == []
        await pilot.pause()
        assert any("not stored: decisions/x.toml: cannot write" in n.message for n in app._notifications)
        await app.workers.wait_for_complete()  # the folder read again in a worker
        await pilot.pause()
        assert app.session.neg.state("OSCE-0001").status == "tabled"
        assert app.session.neg.state("UNDP-0001").status == "tabled"  # it fell on screen; it stands again
        said = [n.message for n in app._notifications]
        assert "not stored" in said[-1]  # the last word: what was shown was taken back


async def test_a_rejected_insertion_leaves_the_tracked_view(folder: Path) -> None:
    app = make_app(folder, "SEECF")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")  # the tracked view: pending insertions among the paragraphs
        (inserted,) = [op.new_id for op in app.session.neg.amendments["RCC-0001"].ops if op.kind == "insert"]
        assert inserted in app.main.shown.merged.ids
        app.main.shown.show_amendment("RCC-0001")
        await pilot.press("r", "y")
        await pilot.pause()
        assert app.session.neg.state("RCC-0001").status == "rejected"
        assert inserted not in app.main.shown.merged.ids
        assert not any("MARRI; [RCC]" in p.text for p in app.main.shown.merged.paragraphs)


async def test_chair_rejects_the_current_amendment(folder: Path) -> None:
    app = make_app(folder, "SEECF")
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, "OP4")
        await pilot.press("n", "r", "y")
        await pilot.pause()
        assert [(d.amendment, d.action) for d in (await new_decisions(app))] == [("UNDP-0001", "reject")]
        assert app.session.neg.state("UNDP-0001").status == "rejected"


async def test_delegate_proposes_previews_and_tables(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, "OP3")
        await pilot.press("p")
        assert isinstance(app.screen, EditorScreen)
        await pilot.press("space", *"Really.", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PreviewScreen)
        await pilot.press("e")  # back to the editor, text kept
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        (amendment,) = new_amendments(folder)
        assert amendment.author == "UNDP" and not amendment.private
        assert app.session.neg.pending("p-0006") == [amendment.id]
        await pilot.press("2")
        await pilot.pause()
        tracked = next(p for p in app.main.shown.merged.paragraphs if p.id == "p-0006")
        assert "Really." in tracked.text and "[UNDP]" in tracked.text


async def test_delegate_inserts_a_sub_item_and_deletes(folder: Path) -> None:
    app = make_app(folder, "OSCE")
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, "OP4(b)")
        await pilot.press("i", *"New item", "ctrl+s")
        await pilot.pause()
        await pilot.press("k")  # keep it private
        await pilot.pause()
        await goto(pilot, "OP5")
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        insert, delete = new_amendments(folder)
        assert insert.private and insert.ops[0].kind == "insert" and insert.ops[0].parent == "p-0007"
        assert insert.ops[0].new_kind == "sub-item" and insert.ops[0].text == "New item"
        assert delete.ops[0].kind == "delete" and delete.ops[0].target == "p-0010"


async def test_delegate_has_no_chair_keys(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, "OP4")
        assert app.main.check_action("decide", ("accept",)) is False
        assert app.main.check_action("issue_revision", ()) is False
        await pilot.press("a")
        assert not isinstance(app.screen, ConfirmScreen)
        assert (await new_decisions(app)) == []


async def test_views_goto_errors_and_help(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        for key, view in zip(
            "v2345", ["tracked", "tracked", "attribution", "compilation", "base"], strict=True
        ):
            await pilot.press(key)
            assert app.main.shown.view == view
        await goto(pilot, "OP99")
        assert any(n.severity == "error" for n in app._notifications)
        await goto(pilot, "op4(b)")
        assert app.main.shown.selected == "p-0009"
        await pilot.press("j")
        assert app.main.shown.selected == "RCC-0001-1" or app.main.shown.selected == "p-0010"
        await pilot.press("question_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"


async def test_a_refusal_by_the_services_becomes_a_notification(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, "OP4")
        assert app.main.shown.current == "OSCE-0001"
        await pilot.press("s", "y")  # co-sponsor OSCE's amendment
        await pilot.pause()
        assert [(d.action, d.by) for d in (await new_decisions(app))] == [("cosponsor", "UNDP")]
        assert "co-sponsors: UNDP" in app.main.shown.panel.text
        await pilot.press("s")  # again: no longer offered, and the key says why
        await pilot.pause()
        assert any(n.message == "You co-sponsor OSCE-0001 already." for n in app._notifications)
        app.main.decisions.decide("OSCE-0001", "cosponsor")  # past the keys: the services refuse
        await pilot.pause()
        assert any("already co-sponsors" in n.message for n in app._notifications)
        assert app.is_running and len(await new_decisions(app)) == 1


async def test_a_failure_inside_a_key_press_is_a_notification(folder: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:

        def broken(*args: object) -> None:
            raise RuntimeError("the panel broke")

        monkeypatch.setattr(app.main.shown.panel, "show", broken)
        await pilot.press("j")
        await pilot.pause()
        assert app.is_running
        assert any("the panel broke" in n.message for n in app._notifications)


async def test_outline_badges_follow_new_amendments(folder: Path) -> None:
    app = make_app(folder, "OSCE")
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, "OP3")
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        line = next(
            strip.text
            for strip in app.main.shown.outline.render_lines(app.main.shown.outline.region.reset_offset)
            if " OP3 " in strip.text
        )
        assert "OP3 ●1" in line


async def test_a_private_draft_is_seen_by_its_author_alone_until_tabled(folder: Path) -> None:
    app = make_app(folder, "RCC")
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, "OP2")
        await pilot.press("p", "end", *" Indeed.", "ctrl+s")
        await pilot.pause()
        await pilot.press("k")
        await pilot.pause()
        (draft,) = new_amendments(folder)
        assert draft.private and "private draft" in app.main.shown.panel.text
        assert draft.id not in {a.id for a in storage.load(folder).amendments}  # kept outside the folder
    other = make_app(folder, "UNDP")
    async with other.run_test(size=(120, 40)) as pilot:
        await goto(pilot, "OP2")
        assert draft.id not in other.main.shown.panel.text
    app = make_app(folder, "RCC")
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, "OP2")
        assert app.main.shown.current == draft.id and app.main.check_action("decide", ("table",))
        await pilot.press("T")
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question.startswith("Table your ")  # not "by Regional Cooperation Council"
        await pilot.press("y")
        await pilot.pause()
        assert app.session.neg.state(draft.id).status == "tabled"
        assert [(d.amendment, d.action) for d in (await new_decisions(app))] == [(draft.id, "table")]
        assert draft.id in {a.id for a in storage.load(folder).amendments}  # published, now it is tabled


async def test_the_chair_divides_an_amendment_by_the_numbers_of_its_parts(folder: Path) -> None:
    """Division of the question: every part starts adopted; a part's number rejects it, y decides."""
    text = services.negotiation(folder).agreed
    both = services.propose(folder, "UNDP", delete_ops(text, ["OP2", "OP5"])).id
    app = make_app(folder, "SEECF")
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, "OP2")
        assert app.main.shown.current == both
        await pilot.press("a")
        assert isinstance(app.screen, PartsScreen) and app.screen.adopted == {1, 2}
        await pilot.press("1", "y")
        await pilot.pause()
        assert [(d.amendment, d.action, d.parts) for d in (await new_decisions(app))] == [
            (both, "accept", (2,))
        ]
        said = [n.message for n in app._notifications if "divided" in n.message]
        assert said == [f"SEECF accepted UNDP's amendment to OP2 and OP5 ({both}): " + DIVIDED]
        assert app.session.neg.state(both).status == "accepted"


DIVIDED = "divided: part 2 (OP5) adopted, part 1 (OP2) rejected"
