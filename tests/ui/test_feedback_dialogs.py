"""Dialogs that say what is so: the shortcuts list, Check database, the rules editor."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import text

from leaddesk.core.changes import Changes
from leaddesk.core.leads import InteractionKind
from leaddesk.ui.commands import EditLeadCommand
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.scoring.editor import RulesEditor
from leaddesk.ui.scoring.model import POINTS
from leaddesk.ui.shortcuts_dialog import ShortcutsDialog
from tests.ui.board_helpers import add_lead
from tests.ui.i18n_helpers import language


@pytest.fixture
def window(qtbot: Any, workspace: Any, tmp_path: Any) -> MainWindow:
    workspace.backups.set_folder(tmp_path / "backups")
    win = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(win)
    return win


def shortcut_table(window: MainWindow) -> list[tuple[str, str, str]]:
    window.actions["shortcuts"].trigger()
    dialog = window.findChild(ShortcutsDialog)
    table = dialog.table
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    dialog.close()
    dialog.deleteLater()
    return rows


def test_the_shortcuts_list_names_actions_not_what_they_undo_or_show(qtbot, window) -> None:
    lead_id = add_lead(window.workspace, first_name="Tereza")
    window.apply_changes(Changes(everything=True))
    leads = window.workspace.leads
    window.undo_stack.push(
        EditLeadCommand(leads, window.apply_changes, leads.lead(lead_id), {"company": "Hotel"})
    )
    window.open_lead(lead_id)
    assert "Undo" in window.actions["undo"].text() and window.actions["undo"].text() != "&Undo"
    commands = {command for _menu, command, _keys in shortcut_table(window)}
    assert {"Undo", "Redo", "Lead panel"} <= commands
    assert not [c for c in commands if "Tereza" in c or c.startswith("Undo ")]


def test_the_shortcuts_list_has_the_boards_keys(qtbot, window) -> None:
    rows = shortcut_table(window)
    board = {command: keys for menu, command, keys in rows if menu == "Board"}
    assert board["Move the selected leads to the next stage"] == "Ctrl+Right"
    assert board["Archive the selected leads"] == "Del"
    assert board["Show the lead in the side panel"].startswith("Return")


def report_box(qtbot: Any, window: MainWindow) -> QMessageBox:
    window.actions["check_database"].trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "checkDatabaseReport") is not None)
    return window.findChild(QMessageBox, "checkDatabaseReport")


def test_check_database_does_not_call_aged_scores_problems(qtbot, window) -> None:
    workspace = window.workspace
    lead_id = add_lead(workspace, first_name="Ana", job_title="Owner")
    workspace.scoring.rescore_all()
    with workspace.backups.db.engine.begin() as conn:  # as days of fading activity would
        conn.execute(text(f"UPDATE leads SET score = score + 7 WHERE id = {lead_id}"))
    box = report_box(qtbot, window)
    assert box.text() == "No problems found."
    assert box.icon() == QMessageBox.Icon.Information
    info = box.informativeText()
    checked = "the file, " if workspace.is_sqlite else ""  # a server checks its own files
    assert f"Checked 1 lead(s): {checked}links between records, stage history and scores." in info
    assert "Brought 1 score(s) up to date" in info and "problem(s)" not in info


@pytest.mark.parametrize("code", ["es", "it", "cs"])
def test_the_check_database_report_reads_in_the_users_language(qtbot, window, code) -> None:
    """The report's sentences (what was checked, the scores brought up to date) are whole
    templates the catalogues have: none stays in English."""
    workspace = window.workspace
    lead_id = add_lead(workspace, first_name="Ana", job_title="Owner")
    workspace.scoring.rescore_all()
    with workspace.backups.db.engine.begin() as conn:
        conn.execute(text(f"UPDATE leads SET score = score + 7 WHERE id = {lead_id}"))
    with language(code):
        info = report_box(qtbot, window).informativeText()
    assert info and "Checked" not in info and "Brought" not in info and "lead(s)" not in info


def open_editor(qtbot: Any, window: MainWindow) -> RulesEditor:
    window.actions["scoring_rules"].trigger()
    editor = window.findChild(RulesEditor)
    qtbot.waitUntil(lambda: editor.last_preview is not None, timeout=10_000)
    return editor


def test_the_rules_editor_announces_no_change_before_one_is_made(qtbot, window) -> None:
    workspace = window.workspace
    for name in ("Ana", "Bea"):
        lead_id = add_lead(workspace, first_name=name)
        workspace.leads.log_interaction(lead_id, InteractionKind.VISIT)
    workspace.scoring.rescore_all()
    with workspace.backups.db.engine.begin() as conn:  # stored scores older than the rules'
        conn.execute(text("UPDATE leads SET score = score + 3"))
    editor = open_editor(qtbot, window)
    assert "rescores" not in editor.preview_label.text()
    assert "2 leads, scored under these rules" in editor.preview_label.text()


def answer_next_box(qtbot: Any, button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Press ``button`` in the message box that is about to be shown (modal)."""

    tries = [100]  # 2 s: the box comes at once, or not at all

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            tries[0] -= 1
            if tries[0]:
                QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, press)


@pytest.mark.parametrize(
    ("answer", "closed", "saved"),
    [
        (QMessageBox.StandardButton.Cancel, False, False),
        (QMessageBox.StandardButton.Discard, True, False),
        (QMessageBox.StandardButton.Save, True, True),
    ],
)
def test_closing_the_rules_editor_asks_about_unsaved_edits(
    qtbot, window, answer, closed, saved
) -> None:
    add_lead(window.workspace, first_name="Ana")
    editor = open_editor(qtbot, window)
    before = window.workspace.scoring.rules()
    assert editor.model.setData(editor.model.index(0, POINTS), "77", Qt.ItemDataRole.EditRole)
    seen: list[str] = []
    answer_next_box(qtbot, answer, seen)
    close = next(b for b in editor.findChildren(QPushButton) if b.text() == "Close")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert seen == ["Save your changes to the scoring rules?"]
    assert editor.isVisible() is not closed
    stored = window.workspace.scoring.rules()
    assert (stored != before) is saved
    if saved:
        assert stored.rules[0].points == 77


def test_closing_the_rules_editor_without_edits_asks_nothing(qtbot, window) -> None:
    editor = open_editor(qtbot, window)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
