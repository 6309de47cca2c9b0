"""Files dropped on the window: a spreadsheet is an import."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

IMPORTABLE = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv", ".txt")


def dropped_spreadsheet(mime: QMimeData) -> str | None:
    """The first dropped file when every dropped item is a local file the import reads."""
    urls = mime.urls() if mime.hasUrls() else []
    if urls and all(u.isLocalFile() and u.toLocalFile().lower().endswith(IMPORTABLE) for u in urls):
        return urls[0].toLocalFile()
    return None
