"""Export calendar…: follow-ups and meetings to an .ics file another calendar imports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from leaddesk.ui.i18n import ui_tr


def tr(text: str) -> str:
    return ui_tr(text)


def export_calendar(window: Any, user: str) -> Path | None:
    """Ask where, write the file, say how many events; a re-export updates the same events."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = str(Path(folder) / "leaddesk.ics")
    chosen, _ = QFileDialog.getSaveFileName(
        window, tr("Export calendar"), name, tr("Calendar files (*.ics)")
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".ics":
        path = path.with_name(path.name + ".ics")
    count = window.run_guarded(lambda: window.workspace.agenda.export_calendar(path, user))
    if count is None:
        return None
    window.statusBar().showMessage(
        tr("{count} event(s) written to {path}").format(count=count, path=path), 8000
    )
    return path
