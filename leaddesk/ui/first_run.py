"""The first run: what an empty database shows instead of empty columns.

Three ways in (import a spreadsheet, the demo pipeline, a team server) and the lead
lifecycle in one picture, painted with Qt so that its labels are translated like any text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from leaddesk.core.stages import Stage
from leaddesk.ui import icons
from leaddesk.ui.i18n import stage_name

#: the funnel, left to right, and the two side stages drawn under it
FUNNEL = (Stage.LEAD, Stage.MQL, Stage.SAL, Stage.SQL, Stage.CUSTOMER)
SIDE = (Stage.NURTURE, Stage.DISQUALIFIED)
BOX_W, BOX_H, GAP, ROW_GAP = 118.0, 44.0, 34.0, 52.0
ACTION_WIDTH = 260
CAPTION_SCALE = 0.85


class LifecyclePicture(QWidget):
    """Lead → MQL → SAL → SQL → Customer, with Nurture and Disqualified beside the funnel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lifecyclePicture")
        self.setAccessibleName(self.tr("The lead lifecycle"))
        self.setAccessibleDescription(self.description())
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

    def description(self) -> str:
        """The picture in words (screen readers, tooltips)."""
        return self.tr(
            "{lead} → {mql} (the score reaches the threshold) → {sal} (sales accepts) → "
            "{sql} (a qualification call) → {customer}; on the way, {nurture} (not yet) or "
            "{disq} (not a fit)."
        ).format(
            lead=stage_name(Stage.LEAD),
            mql=stage_name(Stage.MQL),
            sal=stage_name(Stage.SAL),
            sql=stage_name(Stage.SQL),
            customer=stage_name(Stage.CUSTOMER),
            nurture=stage_name(Stage.NURTURE),
            disq=stage_name(Stage.DISQUALIFIED),
        )

    def captions(self) -> dict[Stage, str]:
        """What moves a lead into each stage, under its box."""
        return {
            Stage.MQL: self.tr("score"),
            Stage.SAL: self.tr("accepted"),
            Stage.SQL: self.tr("call"),
            Stage.CUSTOMER: self.tr("won"),
        }

    def _box_width(self) -> float:
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(stage_name(s)) for s in (*FUNNEL, *SIDE))
        return max(BOX_W, widest + 24.0)

    def _caption_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * CAPTION_SCALE)
        return small

    def _gap(self) -> float:
        """Room between the boxes for the longest caption (in the reader's language)."""
        metrics = QFontMetrics(self._caption_font())
        return max(GAP, max(metrics.horizontalAdvance(c) for c in self.captions().values()) + 16)

    def _geometry(self) -> tuple[float, float, float]:
        """The boxes' width, the gap between them and the funnel's left edge: measured
        once for a whole paint, not once for every box."""
        width, gap = self._box_width(), self._gap()
        return width, gap, (self.width() - _funnel_width(width, gap)) / 2 + 4

    def sizeHint(self) -> QSize:
        return QSize(_funnel_width(self._box_width(), self._gap()), int(2 * BOX_H + ROW_GAP + 8))

    def funnel_rect(
        self, position: int, geometry: tuple[float, float, float] | None = None
    ) -> QRectF:
        width, gap, left = geometry or self._geometry()
        return QRectF(left + position * (width + gap), 4, width, BOX_H)

    def side_rect(
        self, position: int, geometry: tuple[float, float, float] | None = None
    ) -> QRectF:
        """Nurture under MQL–SAL, Disqualified under SAL–SQL: where leads leave the funnel."""
        geometry = geometry or self._geometry()
        first, second = self.funnel_rect(1, geometry), self.funnel_rect(3, geometry)
        centre = (first.center().x(), second.center().x())[position]
        width = geometry[0]
        return QRectF(centre - width / 2, 4 + BOX_H + ROW_GAP, width, BOX_H)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        line = QPen(pal.color(pal.ColorRole.Mid), 1.6)
        bold = QFont(self.font())
        bold.setBold(True)
        small = self._caption_font()
        captions = self.captions()
        geometry = self._geometry()
        for position, stage in enumerate(FUNNEL):
            rect = self.funnel_rect(position, geometry)
            if position:
                start = QPointF(self.funnel_rect(position - 1, geometry).right(), rect.center().y())
                end = QPointF(rect.left(), rect.center().y())
                self._arrow(painter, line, start, end)
                painter.setFont(small)
                painter.setPen(pal.color(pal.ColorRole.PlaceholderText))
                painter.drawText(
                    QRectF(start.x(), rect.top() - 2, end.x() - start.x(), rect.height() / 2),
                    Qt.AlignmentFlag.AlignCenter,
                    captions[stage],
                )
            self._box(painter, rect, stage_name(stage), bold, highlight=stage is Stage.CUSTOMER)
        for position, stage in enumerate(SIDE):
            rect = self.side_rect(position, geometry)
            # From the funnel stages a lead leaves from, down to the side stage.
            for source in (1, 2) if position == 0 else (2, 3):
                top = self.funnel_rect(source, geometry)
                self._arrow(
                    painter,
                    line,
                    QPointF(top.center().x(), top.bottom()),
                    QPointF(
                        rect.center().x() + (top.center().x() - rect.center().x()) / 3, rect.top()
                    ),
                )
            self._box(painter, rect, stage_name(stage), bold, dashed=True)

    def _box(
        self,
        painter: QPainter,
        rect: QRectF,
        text: str,
        font: QFont,
        *,
        dashed: bool = False,
        highlight: bool = False,
    ) -> None:
        pal = self.palette()
        pen = QPen(pal.color(pal.ColorRole.Highlight if highlight else pal.ColorRole.Mid), 1.5)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(pal.color(pal.ColorRole.Midlight if dashed else pal.ColorRole.Base))
        painter.drawRoundedRect(rect, 8, 8)
        painter.setFont(font)
        painter.setPen(pal.color(pal.ColorRole.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    @staticmethod
    def _arrow(painter: QPainter, pen: QPen, start: QPointF, end: QPointF) -> None:
        painter.setPen(pen)
        painter.setBrush(pen.color())
        path = QPainterPath(start)
        path.lineTo(end)
        painter.drawPath(path)
        direction = end - start
        length = max((direction.x() ** 2 + direction.y() ** 2) ** 0.5, 1.0)
        unit = QPointF(direction.x() / length, direction.y() / length)
        normal = QPointF(-unit.y(), unit.x())
        head = QPolygonF([end, end - unit * 9 + normal * 4.5, end - unit * 9 - normal * 4.5])
        painter.drawPolygon(head)


class FirstRunPage(QScrollArea):
    """In the board's place while the database holds no lead (the side panel hidden).

    Scrolls rather than widen the window on a small screen."""

    import_requested = Signal()
    demo_requested = Signal()
    server_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(self)
        title = QLabel(self.tr("Welcome to LeadDesk"), self)
        title.setObjectName("firstRunTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro = QLabel(self.tr("This database has no leads yet. Start with one of these:"), self)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro.setWordWrap(True)

        self.import_button = self._action(
            "import",
            self.tr("Import a spreadsheet…"),
            self.tr("Excel, OpenDocument or CSV: the columns are recognised for you."),
            self.import_requested,
        )
        self.demo_button = self._action(
            "board",
            self.tr("Open the demo pipeline"),
            self.tr("500 made-up leads in a separate database, to try everything safely."),
            self.demo_requested,
        )
        self.server_button = self._action(
            "database",
            self.tr("Connect to a team server…"),
            self.tr("Work on your team's shared PostgreSQL database."),
            self.server_requested,
        )
        actions = QHBoxLayout()
        actions.addStretch(1)
        buttons = (self.import_button, self.demo_button, self.server_button)
        # One width for the three, as wide as the longest text in the reader's language.
        width = max(ACTION_WIDTH, *(b.sizeHint().width() for b in buttons))
        for button in buttons:
            button.setFixedWidth(width)
            actions.addLayout(self._with_detail(button))
            actions.addSpacing(12)
        actions.addStretch(1)

        heading = QLabel(self.tr("How a lead travels"), self)
        heading_font = heading.font()
        heading_font.setBold(True)
        heading.setFont(heading_font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture = LifecyclePicture(self)
        hint = QLabel(self.tr("You can also drop a spreadsheet anywhere on this window."), self)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setEnabled(False)

        layout = QVBoxLayout(content)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(16)
        layout.addLayout(actions)
        layout.addSpacing(28)
        layout.addWidget(heading)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addWidget(hint)
        layout.addStretch(2)
        self.setWidget(content)

    def _action(self, icon: str, text: str, detail: str, signal: Signal) -> QPushButton:
        button = QPushButton(icons.icon(icon), text, self)
        button.setAccessibleDescription(detail)
        button.setToolTip(detail)
        button.setIconSize(QSize(28, 28))
        button.setMinimumSize(ACTION_WIDTH, 56)
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        button.setFont(font)
        button.clicked.connect(signal.emit)
        return button

    def _with_detail(self, button: QPushButton) -> QVBoxLayout:
        """The button over a sentence that says what it leads to."""
        column = QVBoxLayout()
        column.addWidget(button)
        detail = QLabel(button.accessibleDescription(), self)
        detail.setWordWrap(True)
        detail.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        detail.setFixedWidth(button.maximumWidth())
        column.addWidget(detail)
        column.addStretch(1)
        return column


class FirstRun:
    """Shows the first-run page in the board's place while the window's database is empty,
    and the board again once the first leads arrive (an import, the demo, a new lead)."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.page: FirstRunPage | None = None
        self._panel_was_shown = False

    def update(self, *, empty: bool) -> None:
        window = self.window
        current = window.pages.currentWidget()
        if empty and current is window.board:
            window.pages.setCurrentWidget(self._page())
            # No lead to show beside it: the side panel waits for the board.
            self._panel_was_shown = not window.detail_dock.isHidden()
            window.detail_dock.hide()
        elif not empty and current is not None and current is self.page:
            window.pages.setCurrentWidget(window.board)
            if self._panel_was_shown:
                window.detail_dock.show()

    @property
    def hides_panel(self) -> bool:
        """True while the page is up and the side panel was hidden for it."""
        page = self.page
        return (
            page is not None and self.window.pages.currentWidget() is page and self._panel_was_shown
        )

    def _page(self) -> FirstRunPage:
        if self.page is None:
            window = self.window
            self.page = FirstRunPage(window)
            self.page.import_requested.connect(lambda: window.import_file())
            self.page.demo_requested.connect(window.open_demo)
            self.page.server_requested.connect(lambda: connect_to_server(window))
            window.pages.addWidget(self.page)
        return self.page


def connect_to_server(window: Any) -> Any:
    """Database settings with the shared server chosen, its host to type first."""
    from leaddesk.ui.settings.database import open_settings_dialog

    dialog = open_settings_dialog(window)
    dialog.use_server.setChecked(True)
    dialog.host.setFocus()
    return dialog


def open_demo(window: Any, opener: Callable[[], tuple[str, Any]] | None) -> tuple | None:
    """Open the demo pipeline's database (a wait cursor meanwhile): its URL and workspace,
    or None when there is nothing to open it with or it failed (the error shown)."""
    if opener is None or window.workspace is None:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return window.run_guarded(opener)
    finally:
        QApplication.restoreOverrideCursor()


def _funnel_width(box: float, gap: float) -> int:
    """The picture's width: the funnel's boxes, the gaps between them and a margin."""
    return int(len(FUNNEL) * box + (len(FUNNEL) - 1) * gap + 8)
