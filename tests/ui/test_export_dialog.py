"""File → Export…: scope, format, the save dialog, background run, result and cancel."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from leaddesk.core.leads import LeadFilter
from leaddesk.ui.exporting.dialog import LAST_FOLDER_KEY, ExportDialog
from leaddesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, workspace):
    for first, owner in [("Ana", "ana"), ("Bo", "tom"), ("Cy", "ana")]:
        workspace.leads.create_lead({"first_name": first, "owner": owner})
    win = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(win)
    return win


def open_dialog(window) -> ExportDialog:
    window.actions["export"].trigger()
    (dialog,) = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    return dialog


def save_as(monkeypatch, path: Path) -> list[tuple]:
    asked: list[tuple] = []

    def fake(parent, caption, start, filters):
        asked.append((caption, start, filters))
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return asked


def exported_names(path: Path) -> list[str]:
    ws = openpyxl.load_workbook(path)["Leads"]
    return [r[1] for r in ws.iter_rows(min_row=2, values_only=True)]


def finish(qtbot, window) -> QMessageBox:
    """Wait for the export to end with its result message."""
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "exportDone") is not None, timeout=20000)
    return window.findChild(QMessageBox, "exportDone")


def test_ctrl_e_exports_all_leads_in_the_background(qtbot, window, monkeypatch, tmp_path) -> None:
    target = tmp_path / "out" / "all.xlsx"
    target.parent.mkdir()
    asked = save_as(monkeypatch, target)
    dialog = open_dialog(window)
    assert dialog.all_leads.isChecked() and "3" in dialog.all_leads.text()
    assert not dialog.filtered.isEnabled() and not dialog.selected.isEnabled()
    dialog.export_button.click()
    assert asked and asked[0][2] == "Excel workbook (*.xlsx)"
    done = finish(qtbot, window)
    assert exported_names(target) == ["Ana", "Bo", "Cy"]
    assert str(target) in done.text() and "3 leads" in done.text()
    assert str(target) in window.statusBar().currentMessage()


def test_last_folder_is_remembered(qtbot, window, monkeypatch, tmp_path) -> None:
    target = tmp_path / "leads.xlsx"
    save_as(monkeypatch, target)
    dialog = open_dialog(window)
    dialog.export_button.click()
    finish(qtbot, window)
    assert QSettings().value(LAST_FOLDER_KEY) == str(tmp_path)
    asked = save_as(monkeypatch, tmp_path / "again.xlsx")
    open_dialog(window).export_button.click()
    assert Path(asked[0][1]).parent == tmp_path


def test_board_filter_scope(qtbot, window, monkeypatch, tmp_path) -> None:
    window.board.current_filter = lambda: LeadFilter(owner="ana")
    target = tmp_path / "ana.xlsx"
    save_as(monkeypatch, target)
    dialog = open_dialog(window)
    assert dialog.filtered.isEnabled() and dialog.filtered.isChecked()
    layout = dialog.filtered.parentWidget().layout()
    hint = layout.itemAt(layout.indexOf(dialog.filtered) + 1).widget()
    assert isinstance(hint, QLabel) and hint.text() == "owner: ana"
    dialog.export_button.click()
    finish(qtbot, window)
    assert exported_names(target) == ["Ana", "Cy"]


def test_selected_cards_scope_as_csv(qtbot, window, workspace, monkeypatch, tmp_path) -> None:
    chosen = [i for i in range(1, 4) if workspace.leads.lead(i).first_name == "Bo"]
    window.selected_lead_ids = lambda: chosen
    target = tmp_path / "picked"
    save_as(monkeypatch, target)
    dialog = open_dialog(window)
    assert dialog.selected.isChecked() and "1" in dialog.selected.text()
    dialog.csv.setChecked(True)
    dialog.export_button.click()
    finish(qtbot, window)
    written = tmp_path / "picked.csv"  # the suffix of the chosen format is added
    lines = written.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2 and ",Bo," in lines[1]


def test_cancelled_save_dialog_exports_nothing(qtbot, window, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    dialog = open_dialog(window)
    dialog.export_button.click()
    assert dialog.task is None and dialog.isVisible()


def test_cancel_during_export_leaves_no_file(qtbot, window, monkeypatch, tmp_path) -> None:
    target = tmp_path / "cancelled.xlsx"
    dialog = open_dialog(window)
    task = dialog.start(target, dialog.export_format())
    task.cancel()  # as the progress dialog's Cancel does, before the first report
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=20000)
    assert not list(tmp_path.glob("cancelled*")) and not list(tmp_path.glob(".cancelled*"))


def test_failure_is_shown_as_a_sentence(qtbot, window, monkeypatch, tmp_path) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "leaddesk.ui.exporting.dialog.show_error",
        lambda parent, err, details="": shown.append(str(err)),
    )
    dialog = open_dialog(window)
    dialog.start(tmp_path / "missing" / "x.xlsx", dialog.export_format())
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "does not exist" in shown[0]
