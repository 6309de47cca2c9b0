"""The main window: menus, shortcuts, status bar, and the remembered layout."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence

from leaddesk.ui.main_window import MainWindow


def make_window(qtbot, workspace) -> MainWindow:
    window = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(window)
    return window


def test_window_has_the_menus_and_shortcuts(qtbot, workspace) -> None:
    window = make_window(qtbot, workspace)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Tools", "&Help"]
    assert window.actions["new_lead"].shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.actions["undo"].shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.actions["find"].shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    for key in (
        "import",
        "export",
        "open_database",
        "quit",
        "view_board",
        "view_reports",
        "scoring_rules",
        "about",
    ):
        assert key in window.actions
    assert window.windowTitle().startswith("LeadDesk — ")


def test_status_bar_counts_leads_and_follows_changes(qtbot, workspace) -> None:
    window = make_window(qtbot, workspace)
    assert window.count_label.text() == "0 leads"
    done = workspace.leads.create_lead({"first_name": "Tereza", "email": "t@hotel.cz"})
    window.apply_changes(done.changes)
    assert window.count_label.text() == "1 lead"


def test_new_lead_dialog_creates_a_lead(qtbot, workspace) -> None:
    window = make_window(qtbot, workspace)
    window.actions["new_lead"].trigger()
    from leaddesk.ui.dialogs import NewLeadDialog

    dialog = window.findChild(NewLeadDialog)
    assert dialog is not None
    qtbot.keyClicks(dialog.edits["first_name"], "Marco")
    qtbot.keyClicks(dialog.edits["email"], "marco@forno.it")
    dialog.accept()
    assert workspace.leads.count_leads() == 1
    assert window.count_label.text() == "1 lead"


def test_layout_is_remembered(qtbot, workspace) -> None:
    workspace.leads.create_lead({"first_name": "Ana"})  # the board, not the first run
    window = make_window(qtbot, workspace)
    window.show()
    qtbot.waitExposed(window)
    window.resize(700, 500)  # the offscreen screen is 800x600
    window.detail_dock.hide()
    window.close()  # saves the layout
    again = make_window(qtbot, workspace)
    again.show()
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == (700, 500)
    assert not again.detail_dock.isVisible()
