"""One stage on the board: a header (name, count, budget, WIP, collapse) over a list of cards."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.core.stages import SIDE_STAGES
from leaddesk.ui.board.card_delegate import CardDelegate
from leaddesk.ui.board.stage_model import LeadIdRole, StageModel
from leaddesk.ui.i18n import stage_name

WIP_EXCEEDED = "#c62828"
#: Seven columns and the side panel fit a 1366-pixel laptop screen.
EXPANDED_MIN_WIDTH = 120
COLLAPSED_WIDTH = 40
LAYOUT_BATCH = 60


def number_locale() -> QLocale:
    """The user's locale for numbers; the bare C locale gets thousands separators too."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


class StageListView(QListView):
    """The cards of one stage; keys move, open and archive, as the board decides."""

    step_requested = Signal(int, int)  # direction (-1/+1), row: move the focus to a neighbour
    move_requested = Signal(int)  # direction: move the selected leads to the next stage
    open_requested = Signal(int)  # lead id: show it beside the board
    window_requested = Signal(int)  # lead id: show it in its own window
    archive_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            direction = -1 if key == Qt.Key.Key_Left else 1
            if ctrl:
                self.move_requested.emit(direction)
            else:
                self.step_requested.emit(direction, max(self.currentIndex().row(), 0))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().data(LeadIdRole))
            return
        if key == Qt.Key.Key_Delete:
            self.archive_requested.emit()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid():
            self.window_requested.emit(index.data(LeadIdRole))
            return
        super().mouseDoubleClickEvent(event)


class ElidedLabel(QLabel):
    """One line that ends in "…" when the column is narrow; the whole text in its tooltip."""

    elides = True

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance("…") * 3, super().minimumSizeHint().height()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        painter.drawText(rect, int(self.alignment()), text)


class VerticalTitle(QWidget):
    """A collapsed column's name, written bottom to top."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.height() + 6, metrics.horizontalAdvance(self._text) + 12)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.translate(0, self.height())
        painter.rotate(-90)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(
            6, 0, self.height() - 12, self.width(), Qt.AlignmentFlag.AlignVCenter, self._text
        )


class StageColumn(QFrame):
    """Header plus card list for one stage."""

    collapse_toggled = Signal(bool)

    def __init__(self, model: StageModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = model.stage
        self.model = model
        self.setObjectName(f"column_{self.stage.value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        if self.stage in SIDE_STAGES:
            self.setProperty("side", True)
        self.wip_limit: int | None = None
        self._count = 0
        self._budget: Decimal | None = None  # None: still being added up
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 4, 2, 2)
        layout.setSpacing(2)
        head = QHBoxLayout()
        head.setSpacing(4)
        self.collapse_button = QToolButton(self)
        self.collapse_button.setAutoRaise(True)
        self.collapse_button.setCheckable(True)
        self.collapse_button.setArrowType(Qt.ArrowType.DownArrow)
        self.collapse_button.setToolTip(self.tr("Collapse or expand this column"))
        self.collapse_button.setAccessibleName(
            self.tr("Collapse {stage}").format(stage=stage_name(self.stage))
        )
        self.collapse_button.toggled.connect(self.set_collapsed)
        head.addWidget(self.collapse_button)
        self.title = ElidedLabel(self)
        self.title.setText(stage_name(self.stage))
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        head.addWidget(self.title, 1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        head.addWidget(self.count_label)
        layout.addLayout(head)
        self.budget_label = ElidedLabel(self)
        self.budget_label.setObjectName("budget")
        self.budget_label.setContentsMargins(6, 0, 0, 2)
        layout.addWidget(self.budget_label)
        self.vertical_title = VerticalTitle(stage_name(self.stage), self)
        self.vertical_title.hide()
        layout.addWidget(self.vertical_title, 1, Qt.AlignmentFlag.AlignHCenter)
        self.list_view = self._make_list()
        layout.addWidget(self.list_view, 1)
        self.setMinimumWidth(EXPANDED_MIN_WIDTH)

    def _make_list(self) -> StageListView:
        view = StageListView(self)
        view.setObjectName(f"cards_{self.stage.value}")
        view.setAccessibleName(self.tr("{stage} leads").format(stage=stage_name(self.stage)))
        view.setModel(self.model)
        view.setItemDelegate(CardDelegate(view))
        view.setUniformItemSizes(True)
        # Laying out calls the model once per row; in batches the first screenful shows at
        # once and a newer filter simply restarts the rest. Small batches: a keystroke waits
        # for one batch of each column, not for a long one.
        view.setLayoutMode(QListView.LayoutMode.Batched)
        view.setBatchSize(LAYOUT_BATCH)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setFrameShape(QFrame.Shape.NoFrame)
        return view

    # -- header --------------------------------------------------------------------------
    def show_count(self, count: int) -> None:
        """The count alone, while the budget sum is still being added up."""
        self.show_totals(count, None)

    def show_totals(self, count: int, budget: Decimal | None) -> None:
        """Count (red over the WIP limit) and the budget sum in the header."""
        self._count = count
        self._budget = budget
        locale = number_locale()
        text = locale.toString(count)
        exceeded = self.wip_limit is not None and count > self.wip_limit
        if self.wip_limit is not None:
            text = f"{text} / {locale.toString(self.wip_limit)}"
        self.count_label.setText(text)
        if exceeded != self.wip_exceeded:  # restyling is slow: only when it flips
            self.count_label.setStyleSheet(
                f"color: {WIP_EXCEEDED}; font-weight: bold" if exceeded else ""
            )
            self.count_label.setProperty("exceeded", exceeded)
            self.count_label.setToolTip(
                self.tr("Over the WIP limit of {limit}").format(limit=self.wip_limit)
                if exceeded
                else ""
            )
        self.budget_label.setText(
            self.tr("Budget …")
            if budget is None
            else self.tr("Budget {amount}").format(amount=locale.toString(round(budget)))
        )

    @property
    def wip_exceeded(self) -> bool:
        return bool(self.count_label.property("exceeded"))

    def set_wip_limit(self, limit: int | None) -> None:
        self.wip_limit = limit
        self.show_totals(self._count, self._budget)

    # -- collapsing ----------------------------------------------------------------------
    @property
    def collapsed(self) -> bool:
        return self.collapse_button.isChecked()

    def set_collapsed(self, collapsed: bool) -> None:
        if self.collapse_button.isChecked() != collapsed:
            self.collapse_button.setChecked(collapsed)  # comes back here through toggled
            return
        self.list_view.setVisible(not collapsed)
        self.title.setVisible(not collapsed)
        self.budget_label.setVisible(not collapsed)
        self.vertical_title.setVisible(collapsed)
        self.collapse_button.setArrowType(
            Qt.ArrowType.RightArrow if collapsed else Qt.ArrowType.DownArrow
        )
        if collapsed:
            self.setMinimumWidth(COLLAPSED_WIDTH)
            self.setMaximumWidth(COLLAPSED_WIDTH + 20)
        else:
            self.setMinimumWidth(EXPANDED_MIN_WIDTH)
            self.setMaximumWidth(16777215)
        self.collapse_toggled.emit(collapsed)

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.list_view.selectionModel().selectedIndexes())
        return [self.model.ids[row] for row in rows if row < len(self.model.ids)]

    def select_lead(self, lead_id: int) -> bool:
        row = self.model.row_of(lead_id)
        if row is None:
            return False
        index = self.model.index(row)
        self.list_view.setCurrentIndex(index)
        self.list_view.scrollTo(index)
        return True

    def current_index(self) -> QModelIndex:
        return self.list_view.currentIndex()
