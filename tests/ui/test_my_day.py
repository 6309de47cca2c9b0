"""My day through the real window: Ctrl+3, its sections, rows that open leads, D/R/W keys,
and a call session from "Start calling" to its summary."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from leaddesk.core.stages import Stage
from leaddesk.ui.formatting import format_date
from leaddesk.ui.main_window import MainWindow

TODAY = date(2026, 3, 2)


@pytest.fixture
def window(qtbot, workspace, clock, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    import time

    time.tzset()
    win = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(win)
    win.show()
    return win


def sal_lead(ws, name: str, owner: str = "tester"):
    lead = ws.leads.create_lead({"first_name": name, "company": f"{name} Ltd", "owner": owner})
    ws.leads.move_lead(lead.value.id, Stage.MQL)
    ws.leads.move_lead(lead.value.id, Stage.SAL)
    return ws.leads.lead(lead.value.id)


def open_my_day(window):
    window.actions["view_my_day"].trigger()
    page = window.my_day_page
    assert window.pages.currentWidget() is page
    return page


def section_rows(page, title_start: str) -> list[str]:
    tree = page.tree
    for n in range(tree.topLevelItemCount()):
        head = tree.topLevelItem(n)
        if head.text(0).startswith(title_start):
            return [head.child(i).text(0) for i in range(head.childCount())]
    raise AssertionError(f"no section {title_start}")


def select_row(page, name: str):
    tree = page.tree
    for n in range(tree.topLevelItemCount()):
        head = tree.topLevelItem(n)
        for i in range(head.childCount()):
            if head.child(i).text(0) == name:
                tree.setCurrentItem(head.child(i))
                return head.child(i)
    raise AssertionError(f"no row {name}")


def test_ctrl_3_shows_my_day_beside_board_and_reports(window) -> None:
    assert window.actions["view_my_day"].shortcut().toString() == "Ctrl+3"
    view_menu = window.menus["view"]
    texts = [a.text() for a in view_menu.actions()]
    assert texts.index("&My day") == texts.index("&Reports") + 1
    page = open_my_day(window)
    # the day as the locale writes it in full ("Monday, March 2, 2026"), not ISO
    assert page.title.text() == f"My day — {format_date(date(2026, 3, 2), long=True)}"


def test_sections_list_calls_follow_ups_and_mqls(window, workspace) -> None:
    marta = sal_lead(workspace, "Marta")
    workspace.agenda.set_follow_up(marta.id, TODAY - timedelta(days=2), "Send the price list")
    mql = workspace.leads.create_lead({"first_name": "Ugo", "owner": "tester"}).value
    workspace.leads.move_lead(mql.id, Stage.MQL)
    page = open_my_day(window)
    assert section_rows(page, "Calls to make (1)") == ["Marta"]
    assert section_rows(page, "Follow-ups overdue (1)") == ["Marta"]
    assert section_rows(page, "MQLs waiting for sales (1)") == ["Ugo"]
    row = select_row(page, "Ugo")
    assert row.text(3) == "0 h of 24 h"


def test_d_marks_a_follow_up_done_and_undo_brings_it_back(qtbot, window, workspace) -> None:
    lead = workspace.leads.create_lead({"first_name": "Lia", "owner": "tester"}).value
    workspace.agenda.set_follow_up(lead.id, TODAY, "Send the brochure")
    page = open_my_day(window)
    select_row(page, "Lia")
    qtbot.keyClick(page.tree, Qt.Key.Key_D)
    assert section_rows(page, "Follow-ups due today (0)") == []
    window.actions["undo"].trigger()
    assert section_rows(page, "Follow-ups due today (1)") == ["Lia"]


def test_r_moves_a_follow_up_to_tomorrow(qtbot, window, workspace) -> None:
    lead = workspace.leads.create_lead({"first_name": "Lia", "owner": "tester"}).value
    workspace.agenda.set_follow_up(lead.id, TODAY, "Send the brochure")
    page = open_my_day(window)
    select_row(page, "Lia")
    qtbot.keyClick(page.tree, Qt.Key.Key_R)
    assert section_rows(page, "Follow-ups this week (1)") == ["Lia"]
    (item,) = workspace.agenda.follow_ups_of(lead.id)
    assert item.due_on == TODAY + timedelta(days=1)


def test_enter_on_a_follow_up_opens_the_lead(qtbot, window, workspace) -> None:
    lead = workspace.leads.create_lead({"first_name": "Lia", "owner": "tester"}).value
    workspace.agenda.set_follow_up(lead.id, TODAY, "Send the brochure")
    page = open_my_day(window)
    select_row(page, "Lia")
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert window.detail_dock.widget().lead_id == lead.id


def test_everyone_shows_other_reps_rows(window, workspace) -> None:
    sal_lead(workspace, "Mine")
    sal_lead(workspace, "Toms", owner="tom")
    page = open_my_day(window)
    assert section_rows(page, "Calls to make") == ["Mine"]
    page.user_box.setCurrentIndex(page.user_box.findData(""))
    assert sorted(section_rows(page, "Calls to make")) == ["Mine", "Toms"]


def test_a_user_who_owns_no_lead_starts_on_everyones_day(window, workspace) -> None:
    sal_lead(workspace, "Toms", owner="tom")  # e.g. the demo, opened under another name
    page = open_my_day(window)
    assert page.user == ""  # Everyone
    assert section_rows(page, "Calls to make") == ["Toms"]


def test_enter_on_a_call_opens_the_qualification_call(qtbot, window, workspace) -> None:
    from leaddesk.ui.qualification.form import QualificationForm

    lead = sal_lead(workspace, "Marta")
    page = open_my_day(window)
    select_row(page, "Marta")
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    form = window.findChild(QualificationForm)
    assert form is not None and form.isVisible() and form.lead_id == lead.id
    form.reject()


def test_call_session_goes_through_the_calls_and_sums_up(qtbot, window, workspace, clock):
    from leaddesk.ui.qualification.form import QualificationForm

    first = sal_lead(workspace, "Anna")
    second = sal_lead(workspace, "Bruno")
    workspace.leads.repo.save_scores([(first.id, 80, 50, 30, "A"), (second.id, 20, 10, 10, "C")])
    third = sal_lead(workspace, "Carla")
    page = open_my_day(window)
    assert section_rows(page, "Calls to make (3)")[0] == "Anna"
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    form = page.session.form
    assert isinstance(form, QualificationForm) and form.lead_id == first.id
    assert "Call 1 of 3" in form.windowTitle()
    qtbot.mouseClick(form.reach_button, Qt.MouseButton.LeftButton)  # couldn't reach Anna
    form = page.session.form
    assert form.lead_id in (second.id, third.id) and "Call 2 of 3" in form.windowTitle()
    qtbot.keyClick(form, Qt.Key.Key_Escape)  # nothing typed: the session ends
    summary = page.session.summary
    assert summary is not None and summary.isVisible()
    assert "1 call(s)" in summary.text() and "Couldn't reach: 1" in summary.text()
    assert "Still to call: 2" in summary.text()
    summary.close()
    assert "Anna" not in section_rows(page, "Calls to make")  # back tomorrow
    QApplication.processEvents()


def test_export_calendar_writes_meetings_at_their_time(
    qtbot, window, workspace, tmp_path, monkeypatch
):
    from icalendar import Calendar
    from PySide6.QtWidgets import QFileDialog

    from leaddesk.core.agenda.values import FollowUpKind, NewFollowUp

    lead = workspace.leads.create_lead({"first_name": "Rita", "owner": "tester"}).value
    at = datetime(2026, 3, 3, 10, 0, tzinfo=UTC)
    workspace.agenda.repo.add_follow_up(
        NewFollowUp(
            lead.id, FollowUpKind.MEETING, at.date(), "Demo / sales call", owner="tester", at=at
        )
    )
    target = tmp_path / "mine"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page = open_my_day(window)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "mine.ics"
    (event,) = Calendar.from_ical(written.read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart") == at
    assert "1 event(s) written" in window.statusBar().currentMessage()


def test_call_session_save_goes_to_the_next_call_and_counts_the_outcome(qtbot, window, workspace):
    from PySide6.QtTest import QTest

    from leaddesk.core.qualification.outcomes import Outcome

    first = sal_lead(workspace, "Anna")
    second = sal_lead(workspace, "Bruno")
    workspace.leads.repo.save_scores([(first.id, 80, 50, 30, "A")])
    page = open_my_day(window)
    page.start_button.setFocus()
    qtbot.keyClick(page.start_button, Qt.Key.Key_Space)  # keyboard only
    form = page.session.form
    assert form.lead_id == first.id

    def press(key, modifier=Qt.KeyboardModifier.NoModifier):
        QTest.keyClick(QApplication.focusWidget(), key, modifier)

    def choose(letter, times=1):
        for _ in range(times):
            press(getattr(Qt.Key, f"Key_{letter.upper()}"))
            QTest.qWait(QApplication.keyboardInputInterval() + 10)

    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    choose("y")  # need: yes
    press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    choose("w", 4)  # timing: within a year
    press(Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    choose("w")  # helpful content: webinar
    assert form.outcome_panel.outcome() is Outcome.NURTURE
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # save → the next call
    assert form.recorded is not None, form.message.text()
    assert workspace.leads.lead(first.id).stage is Stage.NURTURE
    (follow_up,) = workspace.agenda.follow_ups_of(first.id)  # the nurture follow-up is listed
    assert "webinar" in follow_up.content
    following = page.session.form
    assert following.lead_id == second.id and "Call 2 of 2" in following.windowTitle()
    qtbot.waitExposed(following)
    following.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is following)
    press(Qt.Key.Key_Escape)
    text = page.session.summary.text()
    assert text.startswith("1 call(s) in ") and f"{Outcome.NURTURE.label}: 1" in text
    page.session.summary.close()
    assert section_rows(page, "Calls to make (1)") == ["Bruno"]


def test_a_long_wait_is_shown_in_days(window, workspace, clock) -> None:
    sal_lead(workspace, "Slow")
    clock.advance(days=12)
    page = open_my_day(window)
    row = select_row(page, "Slow")
    assert row.text(3) == "12 d of 48 h"  # not "288 h of 48 h"
