"""A report table in a Qt view: formatted for reading, sorted by the raw values."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from leaddesk.core.reports.tables import Column, ColumnKind, ReportTable
from leaddesk.ui.formatting import format_date
from leaddesk.ui.i18n import outcome_name, translate_message

SORT_ROLE = Qt.ItemDataRole.UserRole
NUMERIC = frozenset({ColumnKind.INT, ColumnKind.PERCENT, ColumnKind.DAYS})
Index = QModelIndex | QPersistentModelIndex


def translated(table: ReportTable) -> ReportTable:
    """The table with its title and column labels in the user's language."""

    return ReportTable(
        translate_message(table.title),
        tuple(Column(outcome_name(c.label), c.kind) for c in table.columns),
        table.rows,
    )


class ReportTableModel(QAbstractTableModel):
    """Shows a :class:`ReportTable`; ``SORT_ROLE`` gives values that sort correctly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = ReportTable("", (), ())
        self._locale = QLocale()

    def set_table(self, table: ReportTable) -> None:
        self.beginResetModel()
        self.table = translated(table)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.table.columns[section].label
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.table.columns[index.column()]
        value = self.table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.shown(column.kind, value)
        if role == SORT_ROLE:
            if value is None:
                return float("-inf") if column.kind in NUMERIC else ""
            return value.isoformat() if isinstance(value, date) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def shown(self, kind: ColumnKind, value: Any) -> str:
        """A value as the table shows it, in the user's locale."""
        if value is None:
            return "–"
        if kind is ColumnKind.PERCENT:
            return self._locale.toString(value * 100, "f", 1) + " %"
        if kind is ColumnKind.DAYS:
            return self._locale.toString(float(value), "f", 1)
        if kind is ColumnKind.INT:
            return self._locale.toString(int(value))
        if isinstance(value, date):
            return format_date(value)
        # Stage names, reasons and outcomes come from core in English; names stay as they are.
        return translate_message(str(value))


class ReportTableView(QTableView):
    """A sortable, read-only table over a :class:`ReportTableModel`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Report table"))
        self.source_model = ReportTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the report's own order first
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def set_table(self, table: ReportTable) -> None:
        self.source_model.set_table(table)

    def shown_column(self, label: str) -> list[str]:
        """The texts of a column as the user sees them, in the current sort order."""
        col = [c.label for c in self.source_model.table.columns].index(label)
        return [
            str(self.proxy.data(self.proxy.index(row, col))) for row in range(self.proxy.rowCount())
        ]
