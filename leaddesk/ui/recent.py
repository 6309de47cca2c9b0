"""Recently opened databases and the last folder of each kind of file dialog (QSettings)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

RECENT_KEY = "recent/databases"
PASSWORD_IN_URL = re.compile(r"(://[^/:@]*):[^@/]*@")
MAX_RECENT = 8


def recent_databases(settings: QSettings) -> list[str]:
    """Most recent first; files that no longer exist are left out (URLs are kept)."""
    value = settings.value(RECENT_KEY, []) or []
    items = [value] if isinstance(value, str) else [str(v) for v in value]
    return [i for i in items if "://" in i or Path(i).exists()]


def without_password(location: str) -> str:
    """``postgresql+psycopg://ana:secret@host/db`` → ``postgresql+psycopg://ana@host/db``.

    Passwords live in the keyring (or are asked for), never in the settings file.
    """
    return PASSWORD_IN_URL.sub(r"\1@", location)


def remember_database(settings: QSettings, location: str) -> None:
    """Put ``location`` first in the list (once), keeping at most MAX_RECENT."""
    location = without_password(location)
    items = [i for i in recent_databases(settings) if i != location]
    settings.setValue(RECENT_KEY, [location, *items][:MAX_RECENT])


def clear_recent(settings: QSettings) -> None:
    settings.setValue(RECENT_KEY, [])


def last_folder(settings: QSettings, kind: str) -> str:
    """The folder the last ``kind`` dialog ended in; the user's documents at first."""
    default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = str(settings.value(f"folders/{kind}", "") or "")
    return folder if folder and Path(folder).is_dir() else default


def remember_folder(settings: QSettings, kind: str, path: str) -> None:
    if path:
        settings.setValue(f"folders/{kind}", str(Path(path).parent))


def open_file_name(
    parent: QWidget, settings: QSettings, kind: str, caption: str, filters: str
) -> str:
    """A native open-file dialog that starts where the last one of its kind ended."""
    path, _ = QFileDialog.getOpenFileName(parent, caption, last_folder(settings, kind), filters)
    remember_folder(settings, kind, path)
    return path


def save_file_name(
    parent: QWidget, settings: QSettings, kind: str, caption: str, filters: str, name: str = ""
) -> str:
    """A native save dialog that starts where the last one of its kind ended."""
    start = str(Path(last_folder(settings, kind)) / name) if name else last_folder(settings, kind)
    path, _ = QFileDialog.getSaveFileName(parent, caption, start, filters)
    remember_folder(settings, kind, path)
    return path
