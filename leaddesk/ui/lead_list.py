"""A plain table of leads: the central view until the board takes its place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from leaddesk.core.changes import Changes
from leaddesk.core.leads import CardSort, LeadCard, LeadFilter
from leaddesk.core.services import LeadService
from leaddesk.core.stages import BOARD_ORDER
from leaddesk.ui.i18n import core_tr

Index = QModelIndex | QPersistentModelIndex


class LeadTableModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("LeadTableModel", "Name"),
        QT_TRANSLATE_NOOP("LeadTableModel", "Company"),
        QT_TRANSLATE_NOOP("LeadTableModel", "Job title"),
        QT_TRANSLATE_NOOP("LeadTableModel", "Stage"),
        QT_TRANSLATE_NOOP("LeadTableModel", "Score"),
    )

    def __init__(self, service: LeadService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._cards: list[LeadCard] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        by_stage = self._service.board_ids(LeadFilter(), CardSort.SCORE)
        ids = [i for stage in BOARD_ORDER for i in by_stage[stage]]
        self._cards = self._service.cards(ids[:5000])
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        card = self._cards[index.row()]
        return (card.name, card.company, card.job_title, core_tr(card.stage.label), card.score)[
            index.column()
        ]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def lead_id(self, row: int) -> int:
        return self._cards[row].id


class LeadListView(QTableView):
    def __init__(self, service: LeadService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadList")
        self.setAccessibleName(self.tr("Leads"))
        self.lead_model = LeadTableModel(service, self)
        self.setModel(self.lead_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()

    def apply_changes(self, changes: Changes) -> None:
        if changes:
            self.lead_model.reload()

    def selected_lead_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [self.lead_model.lead_id(row) for row in rows]
