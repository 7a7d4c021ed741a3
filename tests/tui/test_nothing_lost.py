"""Nothing typed is lost: the editor asks before discarding, an instruction that cannot be read comes back
with its words marked, a rationale goes with the amendment and is shown with its sponsors and symbol."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static, TextArea

from draftdesk import services
from draftdesk.engine.user_ops import modify_op
from draftdesk.tui.screens import ConfirmScreen, EditorScreen, InstructionScreen, PreviewScreen, QueueScreen

from .conftest import make_app, new_amendments
from .test_flows import goto


async def test_the_editor_asks_before_discarding_what_was_typed(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(80, 24)) as pilot:
        await goto(pilot, "OP3")
        await pilot.press("p", "escape")  # nothing typed: it leaves at once
        await pilot.pause()
        assert app.screen is app.main
        await pilot.press("p", "end", *" Really", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # keep it
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, EditorScreen)
        assert editor.query_one(TextArea).text.endswith("domains; Really")
        await pilot.press("escape", "y")
        await pilot.pause()
        assert app.screen is app.main and new_amendments(folder) == []


async def test_a_rationale_typed_in_the_editor_is_tabled_and_shown(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, "OP3")
        await pilot.press("p", "end", *" Really", "tab", *"Stronger", "shift+tab")
        await pilot.press("tab", *" wording", "ctrl+s")  # back in the rationale: the keys add to it
        await pilot.pause()
        assert isinstance(app.screen, PreviewScreen)
        await pilot.press("t")
        await pilot.pause()
        (tabled,) = new_amendments(folder)
        assert tabled.rationale == "Stronger wording"
        assert "Rationale: Stronger wording" in app.main.shown.panel.text


async def test_an_instruction_that_cannot_be_read_comes_back_with_its_words_marked(folder: Path) -> None:
    typed = "In operative paragraph 4, replace 'greet' with 'welcome'"
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("t", *typed, "tab", *"Clearer", "enter")
        await pilot.pause()
        box = app.screen
        assert isinstance(box, InstructionScreen)
        assert box.query_one("#instruction", TextArea).text == typed
        assert box.query_one("#rationale", Input).value == "Clearer"
        assert "greet" in str(box.query_one("#error", Static).render())
        marked = box.query_one("#marked", Static).render()
        assert [marked.plain[s.start : s.end] for s in marked.spans] == ["greet"]  # type: ignore[union-attr]
        assert app.focused is box.query_one("#instruction", TextArea)
        await pilot.press("ctrl+u", *typed.replace("greet", "note"), "enter")
        await pilot.pause()
        assert isinstance(app.screen, PreviewScreen)
        await pilot.press("e")  # back: the box holds what was typed
        await pilot.pause()
        assert app.screen.query_one("#instruction", TextArea).text == typed.replace("greet", "note")
        await pilot.press("enter", "t")
        await pilot.pause()
        (tabled,) = new_amendments(folder)
        assert (tabled.written, tabled.rationale) == (typed.replace("greet", "note"), "Clearer")


async def test_rationale_sponsors_and_symbol_from_the_cli_are_shown(folder: Path) -> None:
    op4 = next(p for p in services.negotiation(folder).agreed if p.id == "p-0007")
    new = op4.text.replace("significant", "remarkable")
    tabled = services.propose(
        folder, "OSCE", [modify_op(op4, new)], rationale="Tone", cosponsors=["RCC"], symbol="A/C.1/80/L.7"
    )
    app = make_app(folder, "SEECF")
    async with app.run_test(size=(120, 40)) as pilot:
        app.main.shown.show_amendment(tabled.id)
        await pilot.pause()
        panel = app.main.shown.panel.text
        assert "A/C.1/80/L.7" in panel and "Rationale: Tone" in panel and "co-sponsors: RCC" in panel
        assert app.main.decisions.question("reject", tabled.id) == (  # as the chair reads it out
            "Reject A/C.1/80/L.7 by Organization for Security and Co-operation in Europe (OSCE), "
            "co-sponsored by Regional Cooperation Council (RCC)?\nAmendment to OP4."
        )
        await pilot.press("c")
        await pilot.pause()
        queue = app.screen
        assert isinstance(queue, QueueScreen)
        row = next(r for r in queue._shown if r.amendment == tabled.id)
        assert (row.sponsors, row.symbol) == ("OSCE, RCC", "A/C.1/80/L.7")


async def test_the_instruction_box_asks_before_discarding_and_keeps_text_when_reopened(folder: Path) -> None:
    typed = "In operative paragraph 4, replace 'greet' with 'welcome'"
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("t", "escape")  # nothing typed: it leaves at once
        await pilot.pause()
        assert app.screen is app.main
        await pilot.press("t", *typed, "escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # keep it
        await pilot.pause()
        assert app.screen.query_one("#instruction", TextArea).text == typed
        await pilot.press("enter")  # 'greet' is not in OP4: the box comes back holding the text
        await pilot.pause()
        assert isinstance(app.screen, InstructionScreen)
        await pilot.press("backspace", *"'.")  # the first key edits the text, it does not replace it
        await pilot.pause()
        assert app.screen.query_one("#instruction", TextArea).text == typed + "."
        await pilot.press("escape", "y")
        await pilot.pause()
        assert app.screen is app.main and new_amendments(folder) == []


async def test_an_amendment_document_pasted_in_the_instruction_box_arrives_whole(folder: Path) -> None:
    pasted = (
        "1. In operative paragraph 4, replace “significant” with “remarkable”.\n"
        "2. In operative paragraph 3, delete “complementary”."
    )
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        app.screen.query_one("#instruction", TextArea).insert(pasted)  # what a bracketed paste inserts
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PreviewScreen)
        await pilot.press("escape")  # escape in the preview goes back to the box, holding the text
        await pilot.pause()
        assert app.screen.query_one("#instruction", TextArea).text == pasted
        await pilot.press("enter", "t")
        await pilot.pause()
        (tabled,) = new_amendments(folder)
        assert tabled.written == pasted and len(tabled.ops) == 2


async def test_a_refusal_at_the_write_gives_back_what_was_typed_with_why(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a machine without UNDP's key the amendment cannot be written: the box comes back holding it."""
    typed = "In operative paragraph 4, replace “significant” with “remarkable”."
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        monkeypatch.setenv("DRAFTDESK_CONFIG_DIR", str(tmp_path / "another-machine"))
        await pilot.press("t")
        await pilot.pause()
        app.screen.query_one("#instruction", TextArea).insert(typed)
        await pilot.press("tab", *"Tone", "enter")
        await pilot.pause()
        assert isinstance(app.screen, PreviewScreen)
        await pilot.press("t")
        await pilot.pause()
        box = app.screen
        assert isinstance(box, InstructionScreen)
        assert box.query_one("#instruction", TextArea).text == typed
        assert box.query_one("#rationale", Input).value == "Tone"
        assert "key" in str(box.query_one("#error", Static).render())
    assert new_amendments(folder) == []


async def test_an_amendment_document_pasted_whole_is_tabled_under_its_symbol(folder: Path) -> None:
    pasted = (
        "United Nations\nSEECF/2011/L.3\n\nGeneral Assembly\nDistr.: Limited\n4 December 2011\n\n"
        "United Nations Development Programme: amendment to draft conclusions\n\n"
        "In operative paragraph 4, replace “significant” with “remarkable”.\n"
    )
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        app.screen.query_one("#instruction", TextArea).insert(pasted)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PreviewScreen)
        assert app.screen.instruction.startswith("SEECF/2011/L.3: ")
        await pilot.press("t")
        await pilot.pause()
    (tabled,) = new_amendments(folder)
    assert tabled.symbol == "SEECF/2011/L.3"
    assert tabled.written == "In operative paragraph 4, replace “significant” with “remarkable”."
