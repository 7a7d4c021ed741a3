"""Move, revise, withdraw, the chair's queue and a revision, through key presses on a real folder."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from draftdesk import services, storage
from draftdesk.engine.user_ops import modify_op
from draftdesk.tui.rest import REST_DELAY
from draftdesk.tui.screens import ConcordanceScreen, EditorScreen, PreviewScreen, QueueScreen

from .conftest import make_app, new_amendments, new_decisions
from .test_chair_rulings import open_queue, until
from .test_flows import goto


async def test_delegate_moves_a_paragraph_after_another(folder: Path) -> None:
    app = make_app(folder, "RCC")
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, "OP3")
        await pilot.press("m", *"OP1", "enter")
        await pilot.pause()
        assert isinstance(app.screen, PreviewScreen)
        await pilot.press("t")
        await pilot.pause()
        (moved,) = new_amendments(folder)
        (op,) = moved.ops
        assert (op.kind, op.target, op.after) == ("move", "p-0006", "p-0004")
        assert app.session.neg.state(moved.id).status == "tabled"
        await pilot.press("m", *"OP3", "enter")  # after itself: refused, as a notification
        await pilot.pause()
        assert any("cannot move after itself" in n.message for n in app._notifications)


async def test_the_next_amendment_comes_into_the_panels_sight(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 18)) as pilot:  # a panel of four lines: one amendment's block
        await goto(pilot, "OP4")

        def shown() -> str:
            return "\n".join(
                app.main.shown.panel.render_line(y).text for y in range(app.main.shown.panel.size.height)
            )

        assert "▶ [OSCE]" in shown() and "[UNDP]" not in shown()
        await pilot.press("n")
        assert app.main.shown.current == "UNDP-0001" and "▶ [UNDP]" in shown()
        for _ in range(40):  # its written form comes once the keys rest: the panel keeps its place
            await pilot.pause(REST_DELAY)
            if "In operative paragraph 4" in shown():
                break
        assert "▶ [UNDP]" in shown() and "In operative paragraph 4" in shown()
        await pilot.press("n")  # round to the first again: the panel's top
        assert app.main.shown.current == "OSCE-0001" and "▶ [OSCE]" in shown()
        app.main.shown.show_amendment("UNDP-0001")  # as enter in the chair's queue does
        await pilot.pause()
        assert "▶ [UNDP]" in shown()


async def test_delegate_revises_then_withdraws_its_own_amendment(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, "OP4")
        assert app.main.check_action("revise", ()) is False  # OSCE's amendment is current (voted first)
        await pilot.press("n")
        assert app.main.shown.current == "UNDP-0001" and app.main.check_action("revise", ()) is True
        await pilot.press("R")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, EditorScreen) and "welcome" in editor.text
        await pilot.press("end", *" warmly", "ctrl+s")
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        (revised,) = new_amendments(folder)
        assert revised.supersedes == "UNDP-0001"
        assert app.session.neg.state("UNDP-0001").status == "superseded"
        app.main.shown.current = revised.id
        await pilot.press("w", "y")
        await pilot.pause()
        assert [(d.amendment, d.action, d.by) for d in (await new_decisions(app))] == [
            (revised.id, "withdraw", "UNDP")
        ]
        assert app.session.neg.state(revised.id).status == "withdrawn"


async def test_a_revision_starts_from_the_amendments_rationale(folder: Path) -> None:
    """Its words and its rationale are there to change; leaving them as they were asks nothing."""
    op3 = next(p for p in services.negotiation(folder).agreed if p.id == "p-0006")
    first = services.propose(folder, "OSCE", [modify_op(op3, "Mindful of it;")], rationale="Clearer").id
    app = make_app(folder, "OSCE")
    async with app.run_test(size=(120, 40)) as pilot:
        app.main.shown.show_amendment(first)
        await pilot.press("R")
        await pilot.pause()
        assert isinstance(app.screen, EditorScreen)
        assert app.screen.query_one("#rationale", Input).value == "Clearer"
        await pilot.press("escape")  # nothing changed: no question
        await pilot.pause()
        assert app.screen is app.main
        await pilot.press("R", "end", *" Indeed.", "ctrl+s", "t")
        await pilot.pause()
        (revised,) = [a for a in new_amendments(folder) if a.id != first]
        assert revised.supersedes == first and revised.rationale == "Clearer"


async def test_chair_decides_from_the_queue_and_sees_what_fell(folder: Path) -> None:
    app = make_app(folder, "SEECF")
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await open_queue(app, pilot)
        assert [r.amendment for r in queue._shown] == ["OSCE-0001", "UNDP-0001", "RCC-0001"]
        assert [r.vote for r in queue._shown] == ["1 of 2", "2 of 2", ""]
        columns = queue.query("#group Static")
        assert len(columns) == 2  # OSCE's and UNDP's competing proposals side by side
        await pilot.press("a", "y")
        await pilot.pause()
        assert [(d.amendment, d.action) for d in (await new_decisions(app))] == [("OSCE-0001", "accept")]
        outcome = str(queue.query_one("#outcome").render())
        assert outcome.startswith("SEECF accepted OSCE's amendment to OP4 (OSCE-0001)\n")
        assert "UNDP's amendment to OP4 fell (UNDP-0001): OP4: “note” was changed by" in outcome
        assert [r.amendment for r in queue._shown] == ["RCC-0001"]
        await pilot.press("enter")  # back to the main screen, on that amendment's paragraph
        await pilot.pause()
        assert not isinstance(app.screen, QueueScreen) and app.main.shown.selected == "p-0009"


async def test_chair_issues_a_revision_and_sees_the_concordance(folder: Path) -> None:
    app = make_app(folder, "SEECF")
    async with app.run_test(size=(120, 40)) as pilot:
        header = lambda: str(app.main.shown.bar.render())  # noqa: E731
        with storage.locked(folder):  # another process writing: the revision waits for it
            await pilot.press("N", "y")
            await pilot.pause()
            assert "issuing Rev.1…" in header()  # at once, for as long as it runs
        await until(app, lambda: isinstance(app.screen, ConcordanceScreen))  # issued in a thread
        said = [n.message for n in app._notifications]
        assert said == ["Rev.1 issued: the agreed text is the new base text"]
        assert ("OP4", "OP4") in app.screen.rows
        assert services.negotiation(folder).draft.revision == 1
        await pilot.press("escape")
        await until(app, lambda: "Rev.1" in header())  # the folder read in a worker
        assert "issuing" not in header()
        await pilot.press("N", "y")  # nothing accepted since: refused, and no longer said to run
        await until(app, lambda: "issuing" not in header())
        said = [n.message for n in app._notifications]
        assert said[-1].startswith("Rev.2 not issued: nothing to revise: no accepted amendment has changed")


async def test_chair_only_keys_are_hidden_from_a_delegate(folder: Path) -> None:
    app = make_app(folder, "OSCE")
    async with app.run_test(size=(120, 40)) as pilot:
        for action in ("queue", "issue_revision"):
            assert app.main.check_action(action, ()) is False
        await pilot.press("c", "N")
        await pilot.pause()
        assert app.screen is app.screen_stack[0]
        assert services.negotiation(folder).draft.revision == 0


async def test_the_command_palette_opens_the_chair_queue(folder: Path) -> None:
    app = make_app(folder, "SEECF")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p", *"chair queue")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen)


async def test_export_dialog_writes_the_file_through_the_services(folder: Path, tmp_path: Path) -> None:
    app = make_app(folder, "UNDP")
    out = tmp_path / "agreed.txt"
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#fmt").value = "txt"  # type: ignore[attr-defined]
        await pilot.pause()
        app.screen.query_one("#path").value = str(out)  # type: ignore[attr-defined]
        await pilot.click("#export")
        await pilot.pause()
        await app.workers.wait_for_complete()  # the worker posts what it wrote; the screen says it
        await pilot.pause()
        assert f"written: {out}" in [n.message for n in app._notifications]
    assert "Recognise the regional dimension" in out.read_text(encoding="utf-8")


async def test_mouse_selects_in_the_view_and_the_outline(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        line = app.main.shown.merged._starts[
            app.main.shown.merged.position("p-0006")
        ]  # OP3, near the top: no scrolling
        await pilot.click("#view", offset=(10, line))
        await pilot.pause()
        assert app.main.shown.selected == "p-0006"
        node = app.main.shown.outline.nodes_by_id["p-0010"]
        await pilot.click("#outline", offset=(8, node.line - app.main.shown.outline.scroll_offset.y))
        await pilot.pause()
        assert app.main.shown.selected == "p-0010"


async def test_clicking_an_amendment_in_the_panel_makes_it_current(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, "OP4")
        assert app.main.shown.current == "OSCE-0001" and not app.main.check_action("decide", ("withdraw",))
        second = app.main.shown.panel._starts[1]  # UNDP's own amendment, listed second
        await pilot.click("#panel", offset=(10, second))
        await pilot.pause()
        assert app.main.shown.current == "UNDP-0001" and app.main.check_action("decide", ("withdraw",))
        assert "▶ [UNDP]" in app.main.shown.panel.text


async def test_views_updated_in_place_match_a_fresh_render(folder: Path) -> None:
    """After decisions that insert, reword, delete, move and make others fall, views equal a full render."""
    from draftdesk import services
    from draftdesk.engine.outputs import VIEW_NAMES
    from draftdesk.engine.user_ops import delete_ops, move_op
    from draftdesk.engine.views import document

    agreed = services.negotiation(folder).agreed
    deletion = services.propose(folder, "UNDP", delete_ops(agreed, ["OP2"]))
    moving = services.propose(folder, "RCC", [move_op(agreed, "OP5", "OP1")])
    app = make_app(folder, "SEECF")
    async with app.run_test(size=(120, 40)) as pilot:
        for key in "12345":  # every view rendered once, so each must follow the changes
            await pilot.press(key)
        await pilot.press("2")
        for aid in ("RCC-0001", "OSCE-0001", deletion.id, moving.id):
            app.main.shown.show_amendment(aid)
            await pilot.press("a", "y")
            await pilot.pause()
        assert {app.session.neg.state(a).status for a in ("RCC-0001", deletion.id, moving.id)} == {"accepted"}
        for n, view in enumerate(VIEW_NAMES):
            app.main.action_pick_view(n)
            await pilot.pause()
            assert app.main.shown.merged.paragraphs == document(app.session.neg, view), view


def drawn(widget) -> list[str]:  # type: ignore[no-untyped-def]
    """The lines a widget last drew: Textual redraws only the lines marked dirty, so a change
    repainted too narrowly shows here as a stale line."""
    from textual.geometry import Region

    return [strip.text.rstrip() for strip in widget.render_lines(Region(0, 0, *widget.size))]


async def test_the_screen_follows_decisions_in_place(folder: Path) -> None:
    """A reworded paragraph is redrawn in the view; a deletion renumbers what the outline draws."""
    from draftdesk import services
    from draftdesk.engine.user_ops import delete_ops

    deletion = services.propose(folder, "UNDP", delete_ops(services.negotiation(folder).agreed, ["OP2"]))
    app = make_app(folder, "SEECF")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g", *"OP4", "enter")
        await pilot.pause()
        assert not any("acknowledge" in line for line in drawn(app.main.shown.merged))
        await pilot.press("a", "y")  # OSCE-0001: "note" -> "acknowledge"
        await pilot.pause()
        assert any("acknowledge the significant progress" in line for line in drawn(app.main.shown.merged))
        op4 = next(line for line in drawn(app.main.shown.outline) if "OP4 " in line)
        assert "✓" in op4 and "●" not in op4, op4  # agreed now; nothing pending on it any more
        outline_before = drawn(app.main.shown.outline)
        assert any("OP5 Encourage" in line for line in outline_before)
        app.main.shown.show_amendment(deletion.id)
        await pilot.press("a", "y")
        await pilot.pause()
        outline = drawn(app.main.shown.outline)
        assert any("OP4 Encourage" in line for line in outline), outline  # OP5 is now OP4
        assert not any("Recognise that the ultimate" in line for line in outline)  # OP2 is gone
        assert any(line.startswith("OP4 Encourage") for line in drawn(app.main.shown.merged))
