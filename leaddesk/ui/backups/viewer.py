"""A read-only look at the leads inside an old backup."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leaddesk.core.backups.retention import BackupInfo
from leaddesk.core.leads import Lead
from leaddesk.ui.formatting import format_datetime
from leaddesk.ui.i18n import stage_name

Index = QModelIndex | QPersistentModelIndex


class BackupLeadsModel(QAbstractTableModel):
    """Leads as rows: name, company, email, stage, score. Nothing is editable."""

    def __init__(self, leads: Sequence[Lead], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.leads = list(leads)
        self.headers = (
            self.tr("Name"),
            self.tr("Company"),
            self.tr("Email"),
            self.tr("Stage"),
            self.tr("Score"),
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.leads)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        lead = self.leads[index.row()]
        values = (lead.name, lead.company, lead.email, stage_name(lead.stage), lead.score)
        return values[index.column()]


class BackupLeadsDialog(QDialog):
    """The backup's leads in a filterable table; the backup file is never written."""

    def __init__(self, parent: QWidget | None, info: BackupInfo, leads: Sequence[Lead]) -> None:
        super().__init__(parent)
        self.setObjectName("backupLeadsDialog")
        when = format_datetime(info.created_at)
        self.setWindowTitle(self.tr("Backup from {when} (read-only)").format(when=when))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "%n lead(s) in {file}. Nothing here can be changed.", "", len(leads)
                ).replace("{file}", info.path.name),
                self,
            )
        )
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        self.model = BackupLeadsModel(leads, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((160, 160, 220, 90)):
            self.view.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
