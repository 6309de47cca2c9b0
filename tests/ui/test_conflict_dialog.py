"""The conflict dialog: both versions field by field; the user reloads or reapplies."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from leaddesk.core.leads import Lead
from leaddesk.core.stages import Stage
from leaddesk.ui.team.conflict_dialog import ConflictDialog, resolve_conflict

THEIRS = Lead(
    id=7,
    stage=Stage.SAL,
    first_name="Tereza",
    last_name="Dvořáková",
    email="tereza@hotel-morava.cz",
    city="Brno",
    company="Hotel Morava",
    budget=Decimal("12000.00"),
    custom={"Zdroj": "veletrh"},
    updated_at=datetime(2026, 3, 2, 9, 30, tzinfo=UTC),
    version=4,
)
MINE = {
    "first_name": "Tereza",
    "last_name": "Dvořáková",
    "email": "tereza@hotel-morava.cz",
    "city": "Olomouc",
    "company": "Hotel Morava",
    "budget": "12000",
    "custom": {"Zdroj": "web"},
}


def test_dialog_shows_both_versions_of_each_differing_field(qtbot) -> None:
    dialog = ConflictDialog(None, MINE, THEIRS)
    qtbot.addWidget(dialog)
    assert dialog.visible_fields() == ["city", "custom.Zdroj"]
    table = dialog.table
    rows = {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
        if not table.isRowHidden(r)
    }
    assert rows == {"City": ("Olomouc", "Brno"), "Zdroj": ("web", "veletrh")}
    assert "Tereza Dvořáková" in dialog.intro.text() and "SAL" in dialog.intro.text()
    assert "2 field(s) differ" in dialog.intro.text()


def test_all_fields_can_be_shown_with_the_equal_ones_unmarked(qtbot) -> None:
    dialog = ConflictDialog(None, MINE, THEIRS)
    qtbot.addWidget(dialog)
    dialog.only_differences.setChecked(False)
    assert dialog.visible_fields() == [
        "first_name", "last_name", "email", "company", "city", "budget", "custom.Zdroj",
    ]  # fmt: skip
    budget_row = dialog.visible_fields().index("budget")
    assert not dialog.table.item(budget_row, 1).font().bold()  # "12000" equals 12000.00


def test_reapply_button_answers_reapply(qtbot) -> None:
    dialog = ConflictDialog(None, MINE, THEIRS)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.finished):
        dialog.reapply_button.click()
    assert dialog.choice == "reapply"


def test_closing_the_dialog_overwrites_nothing(qtbot) -> None:
    dialog = ConflictDialog(None, MINE, THEIRS)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()
    assert dialog.choice == "reload"


def _click_when_shown(button_name: str) -> None:
    def click() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ConflictDialog))
        getattr(dialog, button_name).click()

    QTimer.singleShot(50, click)


def test_resolve_conflict_returns_the_users_choice(qtbot) -> None:
    _click_when_shown("reapply_button")
    assert resolve_conflict(None, MINE, THEIRS) == "reapply"
    _click_when_shown("reload_button")
    assert resolve_conflict(None, MINE, THEIRS) == "reload"


def test_reapplying_after_a_real_conflict_saves_the_users_values(qtbot, db_url, clock) -> None:
    """The flow the lead detail view follows: save → EditConflict → dialog → save again."""
    import pytest

    from leaddesk.core.errors import EditConflict
    from tests.team.helpers import open_as

    alice, bob = open_as(db_url, "alice", clock), open_as(db_url, "bob", clock)
    try:
        lead = alice.leads.create_lead({"first_name": "Jan", "city": "Brno"}).value
        alice.leads.edit_lead(lead.id, {"phone": "+420 777"}, lead.version)
        mine = {"first_name": "Jan", "city": "Zlín"}
        with pytest.raises(EditConflict):
            bob.leads.edit_lead(lead.id, mine, lead.version)
        theirs = bob.leads.lead(lead.id)
        _click_when_shown("reapply_button")
        assert resolve_conflict(None, mine, theirs) == "reapply"
        bob.leads.edit_lead(lead.id, mine, theirs.version)
        saved = alice.leads.lead(lead.id)
        assert (saved.city, saved.phone) == ("Zlín", "+420 777")
    finally:
        alice.close()
        bob.close()
