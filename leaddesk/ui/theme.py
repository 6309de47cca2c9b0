"""Light and dark palettes: follow the system's colour scheme, or the user's choice."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEME_KEY = "ui/theme"
THEMES = ("system", "light", "dark")

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup

#: role → (light, dark). Contrast checked for text on base/window/button in both.
_COLOURS: dict[QPalette.ColorRole, tuple[str, str]] = {
    _Role.Window: ("#f4f5f7", "#202226"),
    _Role.WindowText: ("#1d1f23", "#e6e7ea"),
    _Role.Base: ("#ffffff", "#17181b"),
    _Role.AlternateBase: ("#eef0f3", "#26282d"),
    _Role.ToolTipBase: ("#ffffdc", "#2f3237"),
    _Role.ToolTipText: ("#1d1f23", "#e6e7ea"),
    _Role.PlaceholderText: ("#70757d", "#8d929a"),
    _Role.Text: ("#1d1f23", "#e6e7ea"),
    _Role.Button: ("#e9ebef", "#2c2f34"),
    _Role.ButtonText: ("#1d1f23", "#e6e7ea"),
    _Role.BrightText: ("#ffffff", "#ffffff"),
    _Role.Light: ("#ffffff", "#3a3d43"),
    _Role.Midlight: ("#e3e5e9", "#33363b"),
    _Role.Mid: ("#c4c8ce", "#4a4e55"),
    _Role.Dark: ("#9ba0a8", "#111214"),
    _Role.Shadow: ("#5f636a", "#000000"),
    _Role.Highlight: ("#2f6fde", "#2d62c8"),
    _Role.HighlightedText: ("#ffffff", "#ffffff"),
    _Role.Link: ("#1f5fc4", "#7fb0ff"),
    _Role.LinkVisited: ("#6b3fb8", "#c29bff"),
}
_DISABLED_TEXT = ("#9ba0a8", "#6b7079")


def palette(dark: bool) -> QPalette:
    """The light or the dark palette."""
    pal = QPalette()
    which = 1 if dark else 0
    for role, colours in _COLOURS.items():
        pal.setColor(role, QColor(colours[which]))
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText):
        pal.setColor(_Group.Disabled, role, QColor(_DISABLED_TEXT[which]))
    # A disabled input is not white like one to type in: it takes the window's ground.
    pal.setColor(_Group.Disabled, _Role.Base, QColor(_COLOURS[_Role.Window][which]))
    return pal


def system_is_dark() -> bool:
    """True when the desktop asks for a dark colour scheme (Qt 6.5+)."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def chosen_theme(settings: QSettings | None = None, override: str | None = None) -> str:
    value = override or str((settings or QSettings()).value(THEME_KEY, "system") or "system")
    return value if value in THEMES else "system"


def is_dark(choice: str) -> bool:
    return choice == "dark" or (choice == "system" and system_is_dark())


def apply_theme(choice: str) -> bool:
    """Apply ``choice`` (system, light or dark) to the running app; returns True if dark.

    Fusion draws with the palette on every platform, so both schemes look the same
    everywhere. With "system", the palette follows the desktop when it switches.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    dark = is_dark(choice)
    app.setPalette(palette(dark))
    app.setProperty("leaddesk_dark", dark)
    app.setProperty("leaddesk_theme", choice)
    hints = QGuiApplication.styleHints()
    if not app.property("leaddesk_follows_scheme"):
        app.setProperty("leaddesk_follows_scheme", True)
        hints.colorSchemeChanged.connect(_scheme_changed)
    return dark


def _scheme_changed(_scheme: Qt.ColorScheme) -> None:
    app = QApplication.instance()
    if app is not None and app.property("leaddesk_theme") == "system":
        apply_theme("system")


def current_is_dark() -> bool:
    """Whether the palette in use is the dark one (for charts and painted cards)."""
    app = QApplication.instance()
    if app is None:
        return False
    return app.palette().color(_Role.Window).lightness() < 128
