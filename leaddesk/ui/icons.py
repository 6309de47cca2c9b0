"""The application's SVG icons (sharp at any scale) from ``leaddesk/resources/icons``."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

ICONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (file stem); an empty icon if there is none."""
    path = ICONS_DIR / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def app_icon() -> QIcon:
    return icon("leaddesk")
