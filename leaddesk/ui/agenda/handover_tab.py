"""Reports → Hand-over: how fast MQLs are accepted and accepted leads called, against the
limits, by owner and by month (computed in the background)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leaddesk.core.agenda.handover import HandOver, HandOverRow
from leaddesk.core.changes import Changes
from leaddesk.ui.tasks import start_task


class HandOverTab(QWidget):
    """Two tables over ``workspace.agenda.hand_over()``; recomputed when shown after a change."""

    shown = Signal()  # the figures are on screen

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handOverTab")
        self.window_ = window
        self.result: HandOver | None = None
        self._stale = True
        self._busy = False
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.by_owner = self._table(self.tr("Owner"))
        self.by_month = self._table(self.tr("Month"))
        for title, table in (
            (self.tr("By owner"), self.by_owner),
            (self.tr("By month of acceptance"), self.by_month),
        ):
            layout.addWidget(QLabel("<b>" + title + "</b>", self))
            layout.addWidget(table, 1)

    def title(self) -> str:
        return self.tr("Hand-over")

    def _table(self, first: str) -> QTableWidget:
        table = QTableWidget(0, 7, self)
        table.setHorizontalHeaderLabels(
            [
                first,
                self.tr("Accepted"),
                self.tr("Median MQL → SAL (h)"),
                self.tr("Within limit"),
                self.tr("Called"),
                self.tr("Median SAL → call (h)"),
                self.tr("Within limit"),
            ]
        )
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # titles whole
        header.setStretchLastSection(True)
        return table

    def recompute(self) -> None:
        if self._busy:
            return
        self._busy, self._stale = True, False
        agenda = self.window_.workspace.agenda
        start_task(
            lambda _progress: agenda.hand_over(),
            on_done=self._computed,
            on_error=lambda err, _details: self._failed(err),
            owner=self,
        )

    def _computed(self, result: HandOver) -> None:
        self._busy = False
        self.result = result
        limits = result.limits
        self.note.setText(
            self.tr(
                "Each acceptance (entry into SAL): the wait since the lead became an MQL, and "
                "until its first call or call attempt. Limits: {mql} h and {call} h."
            ).format(mql=limits.mql_to_sal_hours, call=limits.sal_to_call_hours)
        )
        _fill(self.by_owner, result.by_owner)
        _fill(self.by_month, result.by_month)
        self.shown.emit()

    def _failed(self, err: BaseException) -> None:
        self._busy = False
        self.note.setText(
            self.tr("The hand-over figures could not be computed: {error}").format(error=err)
        )

    def apply_changes(self, changes: Changes) -> None:
        if changes:
            self._stale = True
            if self.isVisible():
                self.recompute()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.recompute()


def _fill(table: QTableWidget, rows: tuple[HandOverRow, ...]) -> None:
    table.setRowCount(len(rows))
    for n, row in enumerate(rows):
        values = (
            row.group,
            str(row.accepted),
            _hours(row.median_mql_to_sal),
            _percent(row.within_mql_to_sal),
            str(row.called),
            _hours(row.median_sal_to_call),
            _percent(row.within_sal_to_call),
        )
        for column, text in enumerate(values):
            table.setItem(n, column, QTableWidgetItem(text))


def _hours(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def add_hand_over_tab(window: Any, page: Any) -> HandOverTab:
    """Reports gains a Hand-over tab (after the others)."""
    tab = HandOverTab(window, page)
    page.tab_widget.addTab(tab, tab.title())
    window.changes_applied.connect(tab.apply_changes)
    page.hand_over_tab = tab
    return tab
