"""Setting a follow-up through the real window: the detail view, the board's menu, Ctrl+Shift+F
on My day; it lands in the timeline and on My day, and undo takes it back."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, QSettings, Qt

from leaddesk.core.leads import InteractionKind
from leaddesk.core.stages import Stage
from leaddesk.ui.agenda.follow_up import FollowUpDialog
from leaddesk.ui.main_window import MainWindow
from tests.ui.board_helpers import add_lead, make_window


@pytest.fixture
def window(qtbot, workspace, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    import time

    time.tzset()
    win = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(win)
    win.show()
    return win


def fill_and_accept(qtbot, window, what: str, day: date | None = None) -> None:
    dialog = window.findChild(FollowUpDialog)
    assert dialog is not None and dialog.isVisible()
    if day is not None:
        dialog.due.setDate(QDate(day))
    qtbot.keyClicks(dialog.what, what)
    qtbot.keyClick(dialog.what, Qt.Key.Key_Return)


def test_follow_up_from_the_detail_view_is_in_the_timeline(qtbot, window, workspace) -> None:
    lead = workspace.leads.create_lead({"first_name": "Olga", "owner": "tester"}).value
    window.open_lead(lead.id)
    view = window.detail_dock.widget()
    qtbot.mouseClick(view.follow_up_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(FollowUpDialog)
    assert dialog.due.date().toPython() == date(2026, 3, 3)  # the next working day
    fill_and_accept(qtbot, window, "Send the case study")
    (item,) = workspace.agenda.follow_ups_of(lead.id)
    assert item.what == "Send the case study" and not dialog.isVisible()
    assert workspace.leads.interactions(lead.id)[0].kind is InteractionKind.FOLLOW_UP
    window.actions["undo"].trigger()
    assert workspace.agenda.follow_ups_of(lead.id) == []


def test_follow_up_without_what_to_do_keeps_the_dialog(qtbot, window, workspace) -> None:
    lead = workspace.leads.create_lead({"first_name": "Olga"}).value
    window.open_lead(lead.id)
    qtbot.mouseClick(window.detail_dock.widget().follow_up_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(FollowUpDialog)
    qtbot.keyClick(dialog.what, Qt.Key.Key_Return)
    assert dialog.isVisible() and "something to do" in dialog.message.text()
    dialog.reject()


def test_the_board_menu_sets_a_follow_up_on_the_selected_card(qtbot, workspace, window) -> None:
    from leaddesk.ui.board.column_menu import show_column_menu

    lead_id = add_lead(workspace, Stage.MQL, first_name="Olga", owner="tester")
    window = make_window(qtbot, workspace)  # the board opens with the lead on it
    window.show()
    column = window.board.columns[Stage.MQL]
    qtbot.waitUntil(lambda: column.model.ids == [lead_id])
    assert column.select_lead(lead_id)
    menu = show_column_menu(window.board, Stage.MQL, QPoint(5, 5))
    action = next(a for a in menu.actions() if a.text() == "Set follo&w-up…")
    menu.close()
    action.trigger()
    fill_and_accept(qtbot, window, "Ask who else decides", date(2026, 3, 2))
    window.actions["view_my_day"].trigger()
    assert window.my_day_page.day.today.rows[0].what == "Ask who else decides"


def test_ctrl_shift_f_on_my_day_sets_a_follow_up_on_the_current_row(qtbot, window, workspace):
    lead = workspace.leads.create_lead({"first_name": "Olga", "owner": "tester"}).value
    workspace.leads.move_lead(lead.id, Stage.MQL)
    window.actions["view_my_day"].trigger()
    page = window.my_day_page
    assert page.current_row()[1] == lead.id
    assert window.actions["follow_up"].shortcut().toString() == "Ctrl+Shift+F"
    window.actions["follow_up"].trigger()
    fill_and_accept(qtbot, window, "Send the price list", date(2026, 3, 2))
    assert [f.lead_name for f in page.day.today.rows] == ["Olga"]
