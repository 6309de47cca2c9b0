"""Light and dark palettes: follow the system's colour scheme, or the user's choice."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

THEME_KEY = "ui/theme"
#: Pixels between a form's label and its input (Fusion's 6 reads as touching).
LABEL_GAP = 12
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
#: Fit grades on a card (light, dark): each ≥ 3:1 against the card's ground (Base).
GRADE_COLOURS: dict[str, tuple[str, str]] = {
    "A": ("#2e7d32", "#66bb6a"),
    "B": ("#558b2f", "#9ccc65"),
    "C": ("#8d6e63", "#d7b19d"),
    "D": ("#607d8b", "#a7b8c2"),
}
#: Text that says "late" or "overdue" (light, dark): ≥ 4.5:1 on Base.
LATE_TEXT = ("#c0392b", "#ff8a7a")
#: Fusion draws the edges of boxes, check boxes and radio buttons in the Window colour
#: darkened by 40 %: faint on the light palette, near black on near black on the dark one.
#: These grounds (light, dark) give edges of at least 3:1 against Base and Window instead.
_EDGE_GROUND = ("#a8aeb9", "#c4c9d1")
#: The same for the edge of the focused input (Fusion: the Highlight darkened by 25 %).
_FOCUS_GROUND = ("#2f6fde", "#6f9cf0")
_SP = QStyle.StandardPixmap
_PE = QStyle.PrimitiveElement
_EDGED = (
    _PE.PE_IndicatorCheckBox,
    _PE.PE_IndicatorRadioButton,
    _PE.PE_FrameLineEdit,
    _PE.PE_PanelLineEdit,
    _PE.PE_FrameGroupBox,
)


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


def grade_colour(grade: str, ground: QPalette) -> QColor:
    """The colour of a fit grade, readable on the palette's Base (light or dark)."""
    dark = ground.color(_Role.Base).lightness() < 128
    return QColor(GRADE_COLOURS.get(grade, GRADE_COLOURS["D"])[1 if dark else 0])


def late_colour(ground: QPalette) -> QColor:
    """The colour of late or overdue text, readable on the palette's Base."""
    return QColor(LATE_TEXT[int(ground.color(_Role.Base).lightness() < 128)])


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _is_dark_palette(pal: QPalette) -> bool:
    return pal.color(_Role.Window).lightness() < 128


class ThemeStyle(QProxyStyle):
    """Fusion, with edges and the dock's title buttons that stand out on both palettes."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element in _EDGED:
            saved = QPalette(option.palette)
            edged = QPalette(saved)
            dark = int(_is_dark_palette(saved))
            edged.setColor(_Role.Window, QColor(_EDGE_GROUND[dark]))
            edged.setColor(_Role.Highlight, QColor(_FOCUS_GROUND[dark]))
            option.palette = edged
            try:
                super().drawPrimitive(element, option, painter, widget)
            finally:
                option.palette = saved
            return
        super().drawPrimitive(element, option, painter, widget)

    def standardIcon(
        self,
        icon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        if icon in (_SP.SP_TitleBarCloseButton, _SP.SP_DockWidgetCloseButton):
            return _title_icon(close=True, pal=_palette_of(option, widget))
        if icon == _SP.SP_TitleBarNormalButton:
            return _title_icon(close=False, pal=_palette_of(option, widget))
        return super().standardIcon(icon, option, widget)


def _palette_of(option: QStyleOption | None, widget: QWidget | None) -> QPalette:
    if option is not None:
        return option.palette
    return widget.palette() if widget is not None else QApplication.palette()


def _title_icon(*, close: bool, pal: QPalette, size: int = 10) -> QIcon:
    """A dock title button drawn in the text colour: a cross, or two windows (float)."""
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(pal.color(_Role.WindowText), 1.4))
        if close:
            painter.drawLine(QPointF(1.5, 1.5), QPointF(size - 1.5, size - 1.5))
            painter.drawLine(QPointF(size - 1.5, 1.5), QPointF(1.5, size - 1.5))
        else:
            painter.drawRect(QRectF(0.7, 3.7, size - 4.4, size - 4.4))
            painter.drawPolyline(
                [QPointF(3.7, 3.0), QPointF(3.7, 0.7), QPointF(size - 0.7, 0.7)]
                + [QPointF(size - 0.7, size - 3.7), QPointF(size - 3.0, size - 3.7)]
            )
        painter.end()
        icon.addPixmap(pixmap)
    return icon


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
    if not isinstance(app.style(), ThemeStyle):
        app.setStyle(ThemeStyle("Fusion"))
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
