"""Three clones of one draft share it through a bare git repository, acting at the same moment."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from draftdesk import services, signatures, storage
from draftdesk.engine.user_ops import find, modify_op

from .clones import CLONES, DRAFT, at_once, chair_on_two_clones, clone, converged, git, reword
from .runner import SAMPLE, DraftDesk

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def test_three_clones_acting_at_once_converge_without_a_conflict(clones: dict[str, DraftDesk]) -> None:
    folders = {org: dd.cwd / DRAFT for org, dd in clones.items()}
    undp, osce, chair = (folders[org] for org in CLONES)

    def table(org: str, address: str, old: str, new: str) -> str:
        aid = reword(folders[org], org, address, old, new)
        services.sync(folders[org])
        return aid

    ids = at_once(
        lambda: table("UNDP", "OP5", "Recognize", "Welcome"), lambda: table("OSCE", "OP6", "Welcome", "Note")
    )
    sent, received = clones["SEECF"]("sync", DRAFT).out.splitlines()
    assert sent == "sent 1 other file" and received == "2 amendments from origin"  # its new .gitignore

    def decide() -> None:
        for aid in ids:
            services.decide(chair, "SEECF", str(aid), "accept")
        services.sync(chair)

    at_once(decide, lambda: services.sync(undp), lambda: services.sync(osce))
    for folder in (undp, osce, chair, undp, osce):
        services.sync(folder)

    agreed = {org: [p.text for p in services.negotiation(folder).agreed] for org, folder in folders.items()}
    assert agreed["UNDP"] == agreed["OSCE"] == agreed["SEECF"]
    assert {services.negotiation(undp).state(str(aid)).status for aid in ids} == {"accepted"}
    for dd in clones.values():
        assert git(dd.cwd, "status", "--porcelain") == ""  # the lock and temp files are ignored


def test_sync_outside_git_is_refused_in_one_line(tmp_path: Path) -> None:
    shutil.copytree(SAMPLE, tmp_path / DRAFT)
    assert "git" in DraftDesk(tmp_path).refused("sync", DRAFT)


def test_sync_of_a_draft_not_pulled_yet_says_to_pull_first_and_of_the_sample_is_refused(
    tmp_path: Path,
) -> None:
    dd = DraftDesk(tmp_path)
    assert "if it is shared through git, `git pull` (or git clone) it first" in dd.refused(
        "sync", "not-pulled"
    )
    assert "the sample shipped with DraftDesk is read-only" in dd.refused("sync", "belgrade-2011")


def test_two_clones_adding_organizations_at_once_never_conflict(
    clones: dict[str, DraftDesk],
) -> None:
    folders = {org: dd.cwd / DRAFT for org, dd in clones.items()}
    chair_here, chair_there = folders["SEECF"], folders["UNDP"]  # the chair acts on two machines

    def add(folder: Path, code: str) -> None:
        services.add_org(folder, "SEECF", code, f"Organization {code}")
        services.sync(folder)

    at_once(lambda: add(chair_here, "NEW1"), lambda: add(chair_there, "NEW2"))
    for folder in (chair_here, chair_there):
        services.sync(folder)
        assert {"NEW1", "NEW2"} <= {org.code for org in services.negotiation(folder).draft.orgs}


def test_two_clones_issuing_the_same_revision_never_conflict_nor_invent_one(
    clones: dict[str, DraftDesk],
) -> None:
    folders = {org: dd.cwd / DRAFT for org, dd in clones.items()}
    here, there = folders["SEECF"], folders["UNDP"]  # the chair acts on two machines

    def revise(folder: Path) -> None:
        services.issue_revision(folder, "SEECF")
        services.sync(folder)

    def accepted(address: str, old: str, new: str) -> None:
        """A change both clones know of, accepted: something to revise."""
        services.decide(there, "SEECF", reword(there, "UNDP", address, old, new), "accept")
        services.sync(there)
        services.sync(here)

    accepted("OP5", "Recognize", "Welcome")
    at_once(lambda: revise(here), lambda: revise(there))
    for folder in (here, there):
        services.sync(folder)
    revisions = {f.name for f in (here / "revisions").iterdir()}
    assert revisions == {f.name for f in (there / "revisions").iterdir()} and len(revisions) == 3
    for folder in (here, there):
        assert services.negotiation(folder).draft.revision == 1  # never a Rev.2 nobody issued
        founded, rejected, _ = signatures.verify(folder)
        (twice,) = rejected  # the later Rev.1, named; the earlier stands on both clones
        assert founded and "Rev.1 was issued twice: the earlier" in twice.reason
    accepted("OP6", "Welcome", "Note")
    revise(there)
    assert services.sync(here).received["revisions"] == 1  # said as "1 revision from origin"
    assert services.negotiation(here).draft.revision == 2
    assert [p.text for p in services.negotiation(here).agreed] == [
        p.text for p in services.negotiation(there).agreed
    ]


def test_sync_never_shares_a_private_draft_until_it_is_tabled(clones: dict[str, DraftDesk]) -> None:
    undp, osce = clones["UNDP"].cwd / DRAFT, clones["OSCE"].cwd / DRAFT
    paragraph = find(services.negotiation(undp).agreed, "OP4")
    draft = services.propose(
        undp, "UNDP", [modify_op(paragraph, paragraph.text.replace("note", "welcome"))], table=False
    )
    services.sync(undp)
    services.sync(osce)
    assert draft.id not in git(undp, "ls-files") and draft.id not in services.negotiation(osce).amendments
    services.decide(undp, "UNDP", draft.id, "table")
    services.sync(undp)
    services.sync(osce)
    assert services.negotiation(osce).state(draft.id).status == "tabled"


def test_an_acceptance_the_standing_revision_lacks_is_applied_to_it(clones: dict[str, DraftDesk]) -> None:
    here, there, (welcome,) = chair_on_two_clones(clones, ("UNDP", "Welcome"))
    services.decide(here, "SEECF", reword(here, "OSCE", "OP6", "Welcome", "Note"), "accept")
    services.issue_revision(here, "SEECF")  # issued first: it stands, without the acceptance
    services.decide(there, "SEECF", welcome, "accept")  # taken only on the other clone, then revised
    services.issue_revision(there, "SEECF")
    services.sync(here)  # Rev.1 as issued here reaches the remote first
    told = clones["UNDP"]("sync", DRAFT).err  # the other clone hears of it: the meeting is told there
    assert "warning: decisions/SEECF-" in told and "its words are in the agreed text" in told
    agreed = converged(here, there)
    assert any(text.startswith("Welcome the RCC Secretariat") for text in agreed)
    for folder in (here, there):
        neg = services.negotiation(folder)
        assert neg.draft.revision == 1 and neg.state(welcome).status == "accepted"
        _, (twice,), (carried,) = signatures.verify(folder)
        assert "Rev.1 was issued twice" in twice.reason
        assert carried.file.startswith("decisions/SEECF-")
        assert f"acceptance of {welcome} (on Rev.0) is not in Rev.1 as it stands" in carried.reason
        assert carried.reason.endswith("its words are in the agreed text")
    assert "its words are in the agreed text" in clones["SEECF"]("verify", DRAFT, code=1).out
    assert "warning: decisions/" not in clones["UNDP"]("sync", DRAFT).err  # told once, not at every sync


def test_an_acceptance_that_lost_to_a_rival_is_named_and_never_shown_accepted(
    clones: dict[str, DraftDesk],
) -> None:
    here, there, (welcome, note) = chair_on_two_clones(clones, ("UNDP", "Welcome"), ("OSCE", "Note"))
    services.decide(here, "SEECF", note, "accept")  # the rival falls here, as this Rev.1 records
    services.issue_revision(here, "SEECF")
    services.decide(there, "SEECF", welcome, "accept")
    services.issue_revision(there, "SEECF")
    agreed = converged(here, there)
    assert any(text.startswith("Note the RCC Secretariat") for text in agreed)
    for folder in (here, there):
        neg = services.negotiation(folder)
        assert (neg.state(note).status, neg.state(welcome).status) == ("accepted", "fallen")
        (lost,) = signatures.verify(folder).lost
        assert f"SEECF's acceptance did not take effect: {welcome} is fallen" in lost.reason
    for dd in (clones["SEECF"], clones["UNDP"]):  # the log says which acceptance stood, and why
        accepts = {
            e["amendment"]: e["set_aside"]
            for e in dd("log", DRAFT, "--json").json()
            if e["action"] == "accept"
        }
        assert accepts[note] == "" and accepts[welcome].startswith(
            f"SEECF's acceptance did not take effect: {welcome} is fallen: OP5"
        )
        assert (
            f"accept   {welcome}  set aside: SEECF's acceptance did not take effect" in dd("log", DRAFT).out
        )


def test_one_new_organization_added_on_two_clones_with_two_keys_is_disputed_until_the_chair_keeps_one(
    clones: dict[str, DraftDesk],
) -> None:
    here, there = clones["SEECF"].cwd / DRAFT, clones["UNDP"].cwd / DRAFT  # the chair on two machines
    services.add_org(here, "SEECF", "NEW1", "New One")
    (kept,) = [f"roster/{r.id}.toml" for r in storage.load(here).registrations if r.org == "NEW1"]
    services.add_org(there, "SEECF", "NEW1", "New One")  # the same code, a key made there
    early = reword(there, "NEW1", "OP5", "Recognize", "Welcome")  # believed there, until it syncs
    converged(here, there)
    adding = sorted(f"roster/{r.id}.toml" for r in storage.load(here).registrations if r.org == "NEW1")
    for folder in (here, there):
        rejected = signatures.verify(folder).rejected
        assert (
            sorted(r.file for r in rejected if "NEW1 was added with 2 different keys" in r.reason) == adding
        )
        assert early not in services.negotiation(folder).amendments  # neither key is believed
        with pytest.raises(services.ServiceError, match="NEW1's key is disputed"):
            reword(folder, "NEW1", "OP6", "Welcome", "Note")
    instruction = "In operative paragraph 6, replace “Welcome” with “Note”."
    refused = clones["SEECF"]("propose", DRAFT, "--as", "NEW1", "--instruction", instruction, code=1)
    assert refused.err.splitlines()[-1].startswith("NEW1's key is disputed (roster/")  # after the warnings
    clones["SEECF"]("keys", "register", DRAFT, "NEW1", kept, "--as", "SEECF")  # the chair keeps here's key
    later = reword(here, "NEW1", "OP6", "Welcome", "Note")
    converged(here, there)
    for folder in (here, there):
        neg = services.negotiation(folder)
        assert later in neg.amendments and early not in neg.amendments
        assert [r.file for r in signatures.verify(folder).rejected] == [f"amendments/{early}.toml"]


def test_a_rejection_on_one_clone_never_shows_rejected_what_the_standing_revision_holds(
    clones: dict[str, DraftDesk],
) -> None:
    here, there, (welcome,) = chair_on_two_clones(clones, ("UNDP", "Welcome"))
    services.decide(here, "SEECF", welcome, "reject")  # first, on one clone
    services.decide(there, "SEECF", welcome, "accept")  # then on the other, which revises with it
    services.issue_revision(there, "SEECF")
    agreed = converged(here, there)
    assert any(text.startswith("Welcome the RCC Secretariat") for text in agreed)
    for folder in (here, there):
        assert services.negotiation(folder).state(welcome).status == "accepted"  # as Rev.1 holds it
        (set_aside,) = signatures.verify(folder).lost
        assert f"SEECF's reject of {welcome} did not take effect: Rev.1 as it stands" in set_aside.reason
        (rejected,) = [e for e in services.log(folder) if e.action == "reject"]  # in the log, set aside
        assert rejected.set_aside.startswith(f"SEECF's reject of {welcome} did not take effect: Rev.1")


def test_the_first_sync_of_a_clone_of_an_empty_repository_publishes_the_draft(tmp_path: Path) -> None:
    """A new meeting: the hub is an empty bare repository; the secretariat's clone imports the draft
    and its first sync publishes it, with nothing to set up in git."""
    hub = tmp_path / "hub.git"
    subprocess.run(["git", "init", "-q", "--bare", str(hub)], check=True)
    secretariat = clone(hub, tmp_path / "secretariat")
    shutil.copytree(SAMPLE, secretariat / DRAFT)
    signatures.found(secretariat / DRAFT)
    sent, received = DraftDesk(secretariat)("sync", DRAFT).out.splitlines()
    assert sent.startswith("sent ") and received == "nothing new from origin"
    delegation = clone(hub, tmp_path / "delegation")
    assert (delegation / DRAFT / "draft.toml").is_file()
    reword(delegation / DRAFT, "UNDP", "OP5", "Recognize", "Welcome")
    assert DraftDesk(delegation)("sync", DRAFT).out.splitlines()[0] == "sent 1 amendment"
    assert DraftDesk(secretariat)("sync", DRAFT).out.splitlines()[1] == "1 amendment from origin"


def test_a_revision_of_an_amendment_accepted_meanwhile_on_another_copy_is_named_once(
    clones: dict[str, DraftDesk],
) -> None:
    """QA F38: the delegation was told its revision was tabled; the sync that brings the acceptance
    says it fell."""
    here, there, (welcome,) = chair_on_two_clones(clones, ("UNDP", "Welcome"))
    services.decide(here, "SEECF", welcome, "accept")
    services.sync(here)
    paragraph = find(services.negotiation(there).agreed, "OP5")
    revision = modify_op(paragraph, paragraph.text.replace("Recognize", "Salute", 1))
    revised = services.propose(there, "UNDP", [revision], supersedes=welcome).id  # at once, on UNDP's copy
    told = clones["UNDP"]("sync", DRAFT).err
    assert (
        f"warning: amendments/{revised}.toml: UNDP's revision of {welcome} did not take effect: "
        f"{welcome} was accepted before it arrived; {revised} is fallen"
    ) in told
    assert "warning: amendments/" not in clones["UNDP"]("sync", DRAFT).err  # told once
    converged(here, there)
    for folder in (here, there):
        neg = services.negotiation(folder)
        assert (neg.state(welcome).status, neg.state(revised).status) == ("accepted", "fallen")
        (proposed,) = [e for e in services.log(folder) if e.amendment == revised and e.action == "propose"]
        assert proposed.set_aside.startswith(f"UNDP's revision of {welcome} did not take effect")
