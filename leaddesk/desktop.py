"""Linux menus: write a freedesktop ``.desktop`` entry and the icon for the current user."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ICON = Path(__file__).resolve().parent / "resources" / "icons" / "leaddesk.svg"

ENTRY = """[Desktop Entry]
Type=Application
Version=1.0
Name=LeadDesk
GenericName=Lead qualification
GenericName[es]=Calificación de leads
GenericName[it]=Qualificazione dei lead
GenericName[cs]=Kvalifikace leadů
Comment=Offline lead qualification for small sales teams
Comment[es]=Calificación de leads sin conexión para equipos de ventas pequeños
Comment[it]=Qualificazione dei lead offline per piccoli team di vendita
Comment[cs]=Offline kvalifikace leadů pro malé obchodní týmy
Exec={exec} %f
Icon=leaddesk
Terminal=false
Categories=Office;Database;
Keywords=CRM;leads;sales;pipeline;
StartupWMClass=leaddesk
"""


def data_home() -> Path:
    """``$XDG_DATA_HOME`` or ``~/.local/share``."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launcher() -> str:
    """The windowed command that starts LeadDesk, for the menu entry's ``Exec=``.

    In the bundle: its own ``LeadDesk`` program. Installed with pip: the ``leaddesk-gui``
    script (windowed), else ``leaddesk``, else this Python with ``-m leaddesk``.
    """
    if getattr(sys, "frozen", False):
        return _quoted(sys.executable)
    script = shutil.which("leaddesk-gui") or shutil.which("leaddesk")
    if script:
        return _quoted(script)
    return f"{_quoted(sys.executable)} -m leaddesk"


def _quoted(path: str) -> str:
    """A path as one ``Exec=`` argument (the desktop entry spec's double quotes)."""
    path = path.replace("%", "%%")  # a field code otherwise
    if not any(c in path for c in " \t\"'\\$`"):
        return path
    escaped = path.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$")
    return '"' + escaped.replace("`", "\\`") + '"'


def install_desktop_entry(root: Path | None = None) -> tuple[Path, Path]:
    """Write ``applications/leaddesk.desktop`` and the scalable icon under ``root``.

    Returns both paths. Running it again overwrites them (e.g. after moving the venv).
    """
    root = root or data_home()
    entry = root / "applications" / "leaddesk.desktop"
    icon = root / "icons" / "hicolor" / "scalable" / "apps" / "leaddesk.svg"
    entry.parent.mkdir(parents=True, exist_ok=True)
    icon.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(ENTRY.format(exec=launcher()), encoding="utf-8")
    shutil.copyfile(ICON, icon)
    return entry, icon
