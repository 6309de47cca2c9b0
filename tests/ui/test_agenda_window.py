"""The agenda elsewhere in the window: the reminder at start, the hand-over limits in
Preferences, and the late mark on board cards."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from leaddesk.core.stages import Stage
from leaddesk.ui.board.stage_model import LateRole
from leaddesk.ui.main_window import MainWindow
from tests.ui.board_helpers import add_lead


def make_window(qtbot, workspace) -> MainWindow:
    window = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_status_bar_says_what_is_due_at_start(qtbot, workspace) -> None:
    lead_id = add_lead(workspace, Stage.SAL, first_name="Ada", owner="tester")
    today = workspace.agenda.today()
    workspace.agenda.set_follow_up(lead_id, today, "Send the price list")
    workspace.agenda.set_follow_up(lead_id, today - timedelta(days=3), "Ask who decides")
    window = make_window(qtbot, workspace)
    qtbot.waitUntil(lambda: window.reminders.text != "")
    expected = "1 follow-up due today, 1 overdue; 1 call to make"
    assert window.reminders.text == expected
    assert window.statusBar().currentMessage() == expected


def test_nothing_due_says_nothing(qtbot, workspace) -> None:
    window = make_window(qtbot, workspace)
    QApplication.processEvents()
    assert window.reminders.shown_on is not None and window.reminders.text == ""


def test_the_limits_are_set_in_preferences_and_mark_cards_late(qtbot, workspace, clock) -> None:
    lead_id = add_lead(workspace, Stage.SAL, first_name="Ada", owner="tester")
    clock.advance(hours=30)  # within the default 48 h
    window = make_window(qtbot, workspace)
    model = window.board.columns[Stage.SAL].model
    qtbot.waitUntil(lambda: model.ids == [lead_id])
    assert model.data(model.index(0), LateRole) is False
    window.actions["preferences"].trigger()
    dialog = window.findChild(QDialogButtonBox).parent()
    fields = dialog.limit_fields
    assert (fields.mql_to_sal.value(), fields.sal_to_call.value()) == (24, 48)
    fields.sal_to_call.setValue(24)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert workspace.agenda.limits().sal_to_call_hours == 24
    assert model.data(model.index(0), LateRole) is True
    assert "Past the hand-over limit." in model.data(model.index(0), 3)  # the tooltip


def test_reports_show_the_hand_over_by_owner(qtbot, workspace, clock) -> None:
    lead_id = add_lead(workspace, Stage.MQL, first_name="Ada", owner="tester")
    clock.advance(hours=6)
    workspace.leads.move_lead(lead_id, Stage.SAL)
    window = make_window(qtbot, workspace)
    window.actions["view_reports"].trigger()
    page = window.reports_page
    tab = page.hand_over_tab
    with qtbot.waitSignal(tab.shown, timeout=10_000):
        page.tab_widget.setCurrentWidget(tab)
    table = tab.by_owner
    row = [table.item(0, c).text() for c in range(table.columnCount())]
    assert row == ["tester", "1", "6.0", "100%", "0", "—", "—"]
    assert page.tab_widget.tabText(page.tab_widget.indexOf(tab)) == "Hand-over"


def test_the_reminder_comes_again_the_next_morning(qtbot, workspace, clock) -> None:
    lead_id = add_lead(workspace, Stage.LEAD, first_name="Ada", owner="tester")
    tomorrow = workspace.agenda.today() + timedelta(days=1)
    workspace.agenda.set_follow_up(lead_id, tomorrow, "Send the price list")
    window = make_window(qtbot, workspace)
    QApplication.processEvents()
    assert window.reminders.text == ""  # nothing due today
    window.reminders.check()
    assert window.reminders.text == ""  # said once a day
    clock.advance(days=1)
    window.reminders.check()  # the timer's check, the next morning
    assert window.reminders.text.startswith("1 follow-up due today, 0 overdue")


def test_where_the_desktop_has_a_tray_the_reminder_is_a_notification_too(
    qtbot, workspace, monkeypatch
) -> None:
    from leaddesk.ui.agenda import reminders

    shown = []

    class Tray(QObject):  # the offscreen test screen has no tray: one that records
        activated = Signal(object)
        messageClicked = Signal()

        def __init__(self, icon, parent) -> None:
            super().__init__(parent)

        @staticmethod
        def isSystemTrayAvailable() -> bool:
            return True

        def show(self) -> None:
            pass

        def showMessage(self, title: str, text: str) -> None:
            shown.append((title, text))

    monkeypatch.setattr(reminders, "QSystemTrayIcon", Tray)
    lead_id = add_lead(workspace, Stage.SAL, first_name="Ada", owner="tester")
    workspace.agenda.set_follow_up(lead_id, workspace.agenda.today(), "Send the price list")
    window = make_window(qtbot, workspace)
    qtbot.waitUntil(lambda: bool(shown))
    text = "1 follow-up due today, 0 overdue; 1 call to make"
    assert shown == [("LeadDesk — My day", text)] and window.reminders.text == text
    window.reminders.tray.messageClicked.emit()  # a click on the notification
    assert window.pages.currentWidget() is window.my_day_page
