"""The conflict dialog: the fields both sides changed; keep theirs or reapply mine."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from leaddesk.core.edit_merge import EditMerge, merge_edits
from leaddesk.core.fields import clean_fields
from leaddesk.core.leads import Lead
from leaddesk.core.stages import Stage
from leaddesk.ui.team.conflict_dialog import ConflictDialog, resolve_conflict

BASE = Lead(
    id=7,
    stage=Stage.MQL,
    first_name="Tereza",
    last_name="Dvořáková",
    email="tereza@hotel-morava.cz",
    city="Brno",
    phone="+420 1",
    company="Hotel Morava",
    budget=Decimal("12000.00"),
    custom={"Zdroj": "veletrh"},
    version=3,
)
THEIRS = replace(
    BASE,
    stage=Stage.SAL,
    city="Praha",
    job_title="Ředitelka",
    custom={"Zdroj": "veletrh", "Jazyk": "de"},
    updated_at=datetime(2026, 3, 2, 9, 30, tzinfo=UTC),
    version=4,
)
MINE = {
    "first_name": "Tereza",
    "city": "Olomouc",
    "phone": "+420 2",
    "budget": "12000",
    "custom": {"Zdroj": "web", "Jazyk": "cs"},
}


def merge() -> EditMerge:
    return merge_edits(BASE, clean_fields(MINE), THEIRS)


def test_dialog_shows_only_the_fields_both_changed_with_all_three_values(qtbot) -> None:
    dialog = ConflictDialog(None, merge())
    qtbot.addWidget(dialog)
    assert dialog.visible_fields() == ["city", "custom.Jazyk"]
    table = dialog.table
    rows = {
        table.item(r, 0).text(): tuple(table.item(r, c).text() for c in (1, 2, 3))
        for r in range(table.rowCount())
    }
    assert rows == {"City": ("Brno", "Olomouc", "Praha"), "Jazyk": ("", "cs", "de")}
    assert "Tereza Dvořáková" in dialog.intro.text() and "SAL" in dialog.intro.text()
    assert "changed 2 field(s)" in dialog.intro.text()


def test_dialog_says_what_was_merged_without_asking(qtbot) -> None:
    dialog = ConflictDialog(None, merge())
    qtbot.addWidget(dialog)
    note = dialog.merged_note.text()
    assert "yours: Phone, Zdroj" in note and "theirs: Job title" in note


def test_reapply_button_answers_reapply_for_every_clashing_field(qtbot) -> None:
    dialog = ConflictDialog(None, merge())
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.finished):
        dialog.reapply_button.click()
    assert dialog.choice == "reapply"
    assert dialog.reapplied() == ["city", "custom.Jazyk"]


def test_keep_theirs_is_the_default_and_reapplies_nothing(qtbot) -> None:
    dialog = ConflictDialog(None, merge())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.keep_theirs_button.isDefault()
    with qtbot.waitSignal(dialog.finished):
        dialog.keep_theirs_button.click()
    assert dialog.choice == "theirs" and dialog.reapplied() == []


def test_closing_the_dialog_writes_nothing(qtbot) -> None:
    dialog = ConflictDialog(None, merge())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()
    assert dialog.choice == "cancel" and dialog.reapplied() == []


def _click_when_shown(button_name: str) -> None:
    def click() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ConflictDialog))
        getattr(dialog, button_name).click()

    QTimer.singleShot(50, click)


def test_resolve_conflict_returns_the_users_choice(qtbot) -> None:
    _click_when_shown("reapply_button")
    assert resolve_conflict(None, merge()) == ("reapply", ["city", "custom.Jazyk"])
    _click_when_shown("keep_theirs_button")
    assert resolve_conflict(None, merge()) == ("theirs", [])


def test_keeping_theirs_after_a_real_conflict_still_saves_my_other_fields(
    qtbot, db_url, clock
) -> None:
    """The flow the lead detail view follows: save → EditConflict → merge → dialog → save."""
    import pytest

    from leaddesk.core.errors import EditConflict
    from tests.team.helpers import open_as

    alice, bob = open_as(db_url, "alice", clock), open_as(db_url, "bob", clock)
    try:
        lead = alice.leads.create_lead({"first_name": "Jan", "city": "Brno"}).value
        alice.leads.edit_lead(lead.id, {"phone": "+420 777", "city": "Praha"}, lead.version)
        mine = {"city": "Zlín", "job_title": "Owner"}
        with pytest.raises(EditConflict):
            bob.leads.edit_lead(lead.id, mine, lead.version)
        merged = bob.leads.merge_with_saved(lead, mine)
        _click_when_shown("keep_theirs_button")
        choice, reapply = resolve_conflict(None, merged)
        assert (choice, reapply) == ("theirs", [])
        bob.leads.edit_lead(lead.id, merged.fields(reapply), merged.theirs.version)
        saved = alice.leads.lead(lead.id)
        assert (saved.city, saved.phone, saved.job_title) == ("Praha", "+420 777", "Owner")
    finally:
        alice.close()
        bob.close()
