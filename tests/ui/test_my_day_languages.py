"""My day, its follow-up dialog, its session summary and the hand-over report speak Spanish,
Italian and Czech."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

from leaddesk.core.agenda.values import FollowUpKind, NewFollowUp
from leaddesk.core.stages import Stage
from leaddesk.ui.agenda.follow_up import FollowUpDialog
from leaddesk.ui.main_window import MainWindow
from tests.ui.i18n_helpers import language, leaked, visible_texts
from tests.ui.test_languages import same_in

NAMES = {"Ada", "Bea", "Ada Ltd", "Bea Ltd", "tester"}


def a_full_day(ws) -> int:
    sal = ws.leads.create_lead({"first_name": "Ada", "company": "Ada Ltd", "owner": "tester"})
    ws.leads.move_lead(sal.value.id, Stage.MQL)
    ws.leads.move_lead(sal.value.id, Stage.SAL)
    mql = ws.leads.create_lead({"first_name": "Bea", "company": "Bea Ltd", "owner": "tester"})
    ws.leads.move_lead(mql.value.id, Stage.MQL)
    today = ws.agenda.today()
    at = datetime.combine(today, datetime.min.time(), UTC) + timedelta(hours=15)
    for kind, what, due in (
        (FollowUpKind.FOLLOW_UP, "Follow up after nurturing", today - timedelta(days=1)),
        (FollowUpKind.MEETING, "Demo / sales call", today),
    ):
        ws.agenda.repo.add_follow_up(
            NewFollowUp(mql.value.id, kind, due, what, owner="tester", at=at)
        )
    return sal.value.id


def screens_of(qtbot, workspace, lead_id: int) -> dict[str, list[str]]:
    window = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    window.actions["view_my_day"].trigger()
    page = window.my_day_page
    rows = []
    for n in range(page.tree.topLevelItemCount()):
        head = page.tree.topLevelItem(n)
        rows += [head.child(i).text(c) for i in range(head.childCount()) for c in (2, 3)]
    shown = {"my day": visible_texts(page) + rows}
    window.actions["follow_up"].trigger()
    dialog = window.findChild(FollowUpDialog)
    shown["follow-up"] = visible_texts(dialog)
    dialog.reject()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.session.form, Qt.Key.Key_Escape)
    shown["session summary"] = [page.session.summary.text()]
    page.session.summary.close()
    window.actions["view_reports"].trigger()
    reports = window.reports_page
    with qtbot.waitSignal(reports.hand_over_tab.shown, timeout=10_000):
        reports.tab_widget.setCurrentWidget(reports.hand_over_tab)
    shown["hand-over"] = visible_texts(reports.hand_over_tab) + [
        reports.tab_widget.tabText(reports.tab_widget.indexOf(reports.hand_over_tab))
    ]
    shown["menus"] = [a.text() for a in window.menus["view"].actions()] + [
        window.actions["follow_up"].text()
    ]
    for widget in window.findChildren(QWidget):
        if widget.isWindow() and widget is not window:
            widget.close()
    window.close()
    return shown


@pytest.mark.parametrize("code", ["es", "it", "cs"])
def test_my_day_has_no_english_left(qtbot, workspace, code) -> None:
    lead_id = a_full_day(workspace)
    english = screens_of(qtbot, workspace, lead_id)
    assert any("Calls to make (1)" in t for t in english["my day"])
    assert "Follow up after nurturing" in english["my day"]
    with language(code):
        translated = screens_of(qtbot, workspace, lead_id)
    for name in english:
        # Words the catalogue keeps as they are ("Lead" in Spanish, "Follow-up" in Italian).
        leaks = leaked(english[name], translated[name], NAMES) - same_in(code) - {"OK"}
        assert not leaks, f"{name} in {code}: {sorted(leaks)}"
