"""The rules of proposing and deciding, on a real folder imported from the seed (chair: SEECF)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from draftdesk import services
from draftdesk.engine.amendment_list import amendment_list
from draftdesk.engine.amendments import Op
from draftdesk.engine.user_ops import delete_ops, find, insert_op, modify_op
from draftdesk.services import ServiceError

from .helpers import agreed, reword, status, store_shown


def test_a_tabled_amendment_accepted_by_the_chair_changes_the_agreed_text(folder: Path) -> None:
    amendment = reword(folder, "UNDP", "OP5", "Recognize", "Welcome")
    assert (amendment.author, amendment.private, amendment.base_revision) == ("UNDP", False, 0)
    assert status(folder, amendment.id) == "tabled"
    assert (folder / "amendments" / f"{amendment.id}.toml").is_file()
    decision = services.decide(folder, "SEECF", amendment.id, "accept", note="  agreed  ")
    assert (decision.by, decision.action, decision.note) == ("SEECF", "accept", "agreed")
    assert decision.revision == 0
    assert decision.at >= amendment.created
    assert agreed(folder, "OP5").startswith("Welcome the RCC Secretariat role")
    assert status(folder, amendment.id) == "accepted"


def test_ids_follow_the_architecture_scheme(folder: Path) -> None:
    amendment = services.propose(
        folder, "OSCE", [insert_op(services.negotiation(folder).agreed, "OP7", "Thank the host.")]
    )
    assert amendment.id.startswith("OSCE-") and len(amendment.id) == len("OSCE-") + 15 + 4
    assert amendment.ops[0].new_id == f"{amendment.id}-1"
    decision = services.decide(folder, "SEECF", amendment.id, "accept")
    assert decision.id.startswith("SEECF-")
    assert find(services.negotiation(folder).agreed, "OP8").text == "Thank the host."


def test_a_delegate_cannot_accept_reject_or_reinstate(folder: Path) -> None:
    amendment = reword(folder, "UNDP", "OP5", "Recognize", "Welcome")
    for action in ("accept", "reject", "reinstate"):
        with pytest.raises(ServiceError, match=f"only the chair may {action} an amendment; OSCE does not"):
            services.decide(folder, "OSCE", amendment.id, action)
    assert status(folder, amendment.id) == "tabled"


def test_unknown_organizations_actions_and_amendments_are_refused(folder: Path) -> None:
    amendment = reword(folder, "UNDP", "OP5", "Recognize", "Welcome")
    with pytest.raises(ServiceError, match="unknown organization 'NATO'"):
        services.decide(folder, "NATO", amendment.id, "cosponsor")
    with pytest.raises(ServiceError, match="unknown organization 'NATO'"):
        reword(folder, "NATO", "OP5", "Recognize", "Welcome")
    with pytest.raises(ServiceError, match=r"unknown organization 'undp' \(known: .*\): did you mean UNDP\?"):
        services.decide(folder, "undp", amendment.id, "cosponsor")
    with pytest.raises(ServiceError, match="unknown action 'approve'"):
        services.decide(folder, "SEECF", amendment.id, "approve")
    with pytest.raises(ServiceError, match="no amendment 'UNDP-1999'"):
        services.decide(folder, "SEECF", "UNDP-1999", "accept")


def test_a_unique_prefix_names_an_amendment(folder: Path) -> None:
    first = reword(folder, "UNDP", "OP5", "Recognize", "Welcome")
    second = reword(folder, "UNDP", "OP6", "Welcome", "Note")
    with pytest.raises(ServiceError, match="names 2 amendments"):
        services.decide(folder, "SEECF", "UNDP-", "accept")
    assert services.decide(folder, "SEECF", first.id[:-1], "reject").amendment == first.id
    assert status(folder, second.id) == "tabled"


def test_only_the_author_withdraws_and_only_once(folder: Path) -> None:
    amendment = reword(folder, "UNDP", "OP5", "Recognize", "Welcome")
    with pytest.raises(ServiceError, match="is UNDP's amendment: only its author may withdraw it"):
        services.decide(folder, "OSCE", amendment.id, "withdraw")
    services.decide(folder, "UNDP", amendment.id, "withdraw")
    assert status(folder, amendment.id) == "withdrawn"
    with pytest.raises(ServiceError, match="was withdrawn by UNDP a moment ago: it cannot be withdrawn"):
        services.decide(folder, "UNDP", amendment.id, "withdraw")
    with pytest.raises(ServiceError, match="was withdrawn by UNDP a moment ago: it cannot be accepted"):
        services.decide(folder, "SEECF", amendment.id, "accept")
    services.decide(folder, "SEECF", amendment.id, "reinstate")
    assert status(folder, amendment.id) == "tabled"


def test_deciding_an_accepted_amendment_again_is_refused(folder: Path) -> None:
    amendment = reword(folder, "UNDP", "OP5", "Recognize", "Welcome")
    services.decide(folder, "SEECF", amendment.id, "accept")
    for by, action in (("SEECF", "reject"), ("SEECF", "accept"), ("UNDP", "withdraw"), ("RCC", "cosponsor")):
        with pytest.raises(ServiceError, match="was accepted by SEECF a moment ago: it cannot be"):
            services.decide(folder, by, amendment.id, action)


def test_co_sponsors_join_once_and_never_the_author(folder: Path) -> None:
    amendment = reword(folder, "UNDP", "OP5", "Recognize", "Welcome", cosponsors=["OSCE", "OSCE"])
    assert amendment.cosponsors == ("OSCE",)
    services.decide(folder, "RCC", amendment.id, "cosponsor")
    assert services.negotiation(folder).state(amendment.id).cosponsors == ("OSCE", "RCC")
    with pytest.raises(ServiceError, match="RCC already co-sponsors"):
        services.decide(folder, "RCC", amendment.id, "cosponsor")
    with pytest.raises(ServiceError, match="OSCE already co-sponsors"):
        services.decide(folder, "OSCE", amendment.id, "cosponsor")
    with pytest.raises(ServiceError, match="its author cannot co-sponsor it"):
        services.decide(folder, "UNDP", amendment.id, "cosponsor")
    with pytest.raises(ServiceError, match="cannot co-sponsor its own amendment"):
        reword(folder, "UNDP", "OP6", "Welcome", "Note", cosponsors=["UNDP"])


def test_a_private_draft_is_tabled_by_its_author_only(folder: Path) -> None:
    amendment = reword(folder, "UNDP", "OP5", "Recognize", "Welcome", table=False)
    assert amendment.private and status(folder, amendment.id) == "draft"
    with pytest.raises(ServiceError, match="a private draft: its author must table it first"):
        services.decide(folder, "SEECF", amendment.id, "accept")
    with pytest.raises(ServiceError, match="private draft"):
        services.decide(folder, "RCC", amendment.id, "cosponsor")
    with pytest.raises(ServiceError, match="only its author may table it"):
        services.decide(folder, "RCC", amendment.id, "table")
    services.decide(folder, "UNDP", amendment.id, "table")
    assert status(folder, amendment.id) == "tabled"
    with pytest.raises(ServiceError, match="was tabled by UNDP a moment ago: it cannot be tabled"):
        services.decide(folder, "UNDP", amendment.id, "table")
    services.decide(folder, "SEECF", amendment.id, "accept")
    assert agreed(folder, "OP5").startswith("Welcome")


def test_a_revised_amendment_supersedes_its_authors_pending_one_and_each_names_the_other(
    folder: Path,
) -> None:
    first = reword(folder, "UNDP", "OP5", "Recognize", "Welcome", symbol="A/C.3/80/L.56")
    with pytest.raises(ServiceError, match="only its author may revise it"):
        reword(folder, "OSCE", "OP5", "Recognize", "Note", supersedes=first.id)
    second = reword(folder, "UNDP", "OP5", "Recognize", "Warmly welcome", supersedes=first.id)
    assert (second.supersedes, second.symbol) == (first.id, "A/C.3/80/L.56")  # the room's name for it
    assert status(folder, first.id) == "superseded"
    listed = amendment_list(services.negotiation(folder))
    assert f"Superseded by: A/C.3/80/L.56 ({second.id})\n" in listed
    assert f"Revises:       A/C.3/80/L.56 ({first.id})\n" in listed
    assert [e.revises for e in services.log(folder) if e.action == "propose"] == [
        "",
        f"A/C.3/80/L.56 ({first.id})",
    ]
    with pytest.raises(ServiceError, match="is superseded: it cannot be accepted"):
        services.decide(folder, "SEECF", first.id, "accept")
    with pytest.raises(ServiceError, match="is superseded: it cannot be revised"):
        reword(folder, "UNDP", "OP5", "Recognize", "Hail", supersedes=first.id)
    services.decide(folder, "SEECF", second.id, "accept")
    assert agreed(folder, "OP5").startswith("Warmly welcome")


def test_accepting_one_of_competing_amendments_makes_the_other_fall(folder: Path) -> None:
    undp = reword(folder, "UNDP", "OP5", "Recognize the RCC", "Welcome the RCC")
    osce = reword(folder, "OSCE", "OP5", "Recognize the RCC", "Note the RCC")
    assert services.negotiation(folder).state(undp.id).competes_with == (osce.id,)
    services.decide(folder, "SEECF", osce.id, "accept")
    neg = services.negotiation(folder)
    assert neg.state(undp.id).status == "fallen"
    assert "OP5" in neg.fall_reason(undp.id) and osce.id in neg.fall_reason(undp.id)
    with pytest.raises(
        ServiceError, match=f"{undp.id} fell when {osce.id} was accepted a moment ago: it cannot be"
    ):
        services.decide(folder, "SEECF", undp.id, "accept")


def test_an_amendment_drafted_on_an_older_text_is_refused(folder: Path) -> None:
    paragraph = find(services.negotiation(folder).agreed, "OP5")
    stale = modify_op(paragraph, paragraph.text.replace("Recognize", "Note"))
    services.decide(folder, "SEECF", reword(folder, "UNDP", "OP5", "Recognize", "Welcome").id, "accept")
    with pytest.raises(ServiceError, match="OP5 has changed since this amendment was drafted"):
        services.propose(folder, "OSCE", [stale])
    assert len(services.negotiation(folder).amendments) == 1


def test_an_amendment_on_a_deleted_paragraph_or_with_no_change_is_refused(folder: Path) -> None:
    agreed_text = services.negotiation(folder).agreed
    on_op5 = modify_op(find(agreed_text, "OP5"), "Something else entirely.")
    deletion = services.propose(folder, "RCC", delete_ops(agreed_text, ["OP5"]))
    services.decide(folder, "SEECF", deletion.id, "accept")
    with pytest.raises(ServiceError, match="no paragraph p-0015 in the agreed text"):
        services.propose(folder, "UNDP", [on_op5])
    with pytest.raises(ServiceError, match="at least one change"):
        services.propose(folder, "UNDP", [])


def test_deleting_a_paragraph_with_sub_items_renumbers_the_rest(folder: Path) -> None:
    amendment = services.propose(folder, "RCC", delete_ops(services.negotiation(folder).agreed, ["OP4"]))
    services.decide(folder, "SEECF", amendment.id, "accept")
    neg = services.negotiation(folder)
    assert not {"p-0009", "p-0010", "p-0014"} & {p.id for p in neg.agreed}
    assert find(neg.agreed, "OP4").id == "p-0015"


def test_ops_are_completed_and_checked_as_an_instruction_parser_leaves_them(folder: Path) -> None:
    neg = services.negotiation(folder)
    op4 = find(neg.agreed, "OP4")
    amendment = services.propose(
        folder,
        "UNDP",
        [
            Op("insert", after=op4.id, new_kind="preambular", text="Recalling the Charter,"),
            Op("delete", target="p-0016"),
            Op("insert", after=op4.id, new_kind="sub-item", parent=op4.id, text="migration;"),
        ],
    )
    first, deletion, sub_item = amendment.ops
    assert (first.new_id, first.new_kind) == (f"{amendment.id}-1", "preamble")
    assert deletion.base_text == find(neg.agreed, "OP6").text
    assert sub_item.new_id == f"{amendment.id}-3"


@pytest.mark.parametrize(
    ("op", "message"),
    [
        (Op("insert", after="p-0006", new_kind="heading", text="X"), "cannot insert a paragraph of kind"),
        (Op("insert", after="p-0006", new_kind="sub-item", text="x;"), "names the paragraph it belongs to"),
        (Op("insert", after="p-0006", new_kind="operative", text=" "), "no text"),
        (Op("move", after="p-0006"), "a move needs the paragraph it changes"),
        (Op("move", target="p-0006", after="p-9999"), "no paragraph p-9999"),
    ],
)
def test_malformed_ops_are_refused_and_nothing_is_written(folder: Path, op: Op, message: str) -> None:
    with pytest.raises(ServiceError, match=message):
        services.propose(folder, "UNDP", [op])
    assert services.negotiation(folder).amendments == {}


def test_a_modify_that_changes_nothing_or_cannot_be_read_is_refused(folder: Path) -> None:
    paragraph = find(services.negotiation(folder).agreed, "OP1")
    same = Op("modify", target=paragraph.id, base_text=paragraph.text, patch="")
    with pytest.raises(ServiceError, match="OP1: the amendment changes nothing"):
        services.propose(folder, "UNDP", [same])
    with pytest.raises(ServiceError, match="OP1: unreadable patch"):
        services.propose(folder, "UNDP", [same._replace(patch="@@ bad")])


def test_a_move_that_cannot_apply_is_refused_with_the_engine_reason(folder: Path) -> None:
    with pytest.raises(ServiceError, match=r"does not apply to the agreed text: .*cannot move after itself"):
        services.propose(folder, "UNDP", [Op("move", target="p-0009", after="p-0010")])


def test_a_folder_that_is_not_a_draft_is_a_service_error(tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match=re.escape(str(tmp_path / "nowhere"))):
        services.negotiation(tmp_path / "nowhere")


def test_a_decision_checked_on_the_callers_current_state(folder: Path) -> None:
    amendment = reword(folder, "UNDP", "OP5", "Recognize", "Welcome")
    current = services.negotiation(folder)
    with pytest.raises(ServiceError, match="only the chair may accept"):
        services.new_decision(folder, "OSCE", amendment.id, "accept", current=current)
    decision = services.new_decision(folder, "SEECF", amendment.id, "accept", current=current)
    assert current.state(amendment.id).status == "tabled"  # the caller's state is not changed
    stored = store_shown(folder, decision)
    assert stored == decision and decision.at > amendment.created
    assert agreed(folder, "OP5").startswith("Welcome")


def test_a_decision_checked_on_an_old_state_is_checked_again_when_stored(folder: Path) -> None:
    """The TUI checks on its own state and stores in a thread: what came between decides."""
    undp = reword(folder, "UNDP", "OP5", "Recognize the RCC", "Welcome the RCC")
    osce = reword(folder, "OSCE", "OP5", "Recognize the RCC", "Note the RCC")
    other = reword(folder, "RCC", "OP6", "Welcome", "Note")
    current = services.negotiation(folder)
    late = services.new_decision(folder, "SEECF", osce.id, "accept", current=current)
    stamped_early = services.new_decision(folder, "SEECF", other.id, "accept", current=current)
    withdrawn = services.decide(folder, "UNDP", undp.id, "withdraw")
    services.decide(folder, "SEECF", osce.id, "reject")
    with pytest.raises(
        ServiceError, match=f"{osce.id} was rejected by SEECF a moment ago: it cannot be accepted"
    ):
        store_shown(folder, late)
    stored = store_shown(folder, stamped_early)
    assert stored.at > withdrawn.at and stored.id == stamped_early.id
    assert services.negotiation(folder).state(other.id).status == "accepted"
