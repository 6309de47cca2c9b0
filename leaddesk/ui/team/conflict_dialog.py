"""When a save is refused because someone else changed the lead: both versions, field by field."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leaddesk.core.leads import Lead
from leaddesk.core.team.service import FieldDifference, field_differences
from leaddesk.ui.i18n import core_tr

RELOAD = "reload"
REAPPLY = "reapply"
#: a soft amber that reads on light and dark palettes alike
CHANGED = QColor(255, 193, 7, 70)


class ConflictDialog(QDialog):
    """Your unsaved values beside the stored ones; choose to reload or to reapply yours."""

    def __init__(self, parent: QWidget | None, mine: Mapping[str, Any], theirs: Lead) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Someone else changed this lead"))
        self.choice = RELOAD  # closing the dialog overwrites nothing
        self.differences = field_differences(mine, theirs)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self._intro(theirs), self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.only_differences = QCheckBox(self.tr("Show only the fields that differ"), self)
        self.only_differences.setChecked(True)
        self.only_differences.toggled.connect(self._filter_rows)
        layout.addWidget(self.only_differences)
        self.table = self._make_table()
        layout.addWidget(self.table, 1)
        layout.addWidget(self._make_buttons())
        self._filter_rows(True)
        self.resize(680, 420)

    def _intro(self, theirs: Lead) -> str:
        changed = sum(d.differs for d in self.differences)
        when = (
            theirs.updated_at.astimezone().strftime("%Y-%m-%d %H:%M") if theirs.updated_at else ""
        )
        return self.tr(
            "<b>{name}</b> was changed by someone else while you were editing it (saved at "
            "{when}; it is now in {stage}). {count} field(s) differ from what you typed.<br>"
            "<b>Reload</b> shows the saved version and drops your unsaved edits. "
            "<b>Reapply mine</b> saves your values over theirs for the fields you edited."
        ).format(
            name=theirs.name or self.tr("This lead"),
            when=when,
            stage=core_tr(theirs.stage.label),
            count=changed,
        )

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(len(self.differences), 3, self)
        table.setAccessibleName(self.tr("Your version and the saved version"))
        table.setObjectName("conflictTable")
        table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Your version"), self.tr("Saved version")]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, difference in enumerate(self.differences):
            self._fill_row(table, row, difference)
        return table

    def _fill_row(self, table: QTableWidget, row: int, difference: FieldDifference) -> None:
        cells = (core_tr(difference.label), difference.mine, difference.theirs)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if difference.differs:
                item.setBackground(QBrush(CHANGED))
                if column:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
            item.setData(Qt.ItemDataRole.UserRole, difference.name)
            table.setItem(row, column, item)

    def _make_buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(self)
        self.reload_button: QPushButton = box.addButton(
            self.tr("&Reload"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.reapply_button: QPushButton = box.addButton(
            self.tr("Reapply &mine"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reload_button.setDefault(True)
        self.reload_button.clicked.connect(lambda: self._choose(RELOAD))
        self.reapply_button.clicked.connect(lambda: self._choose(REAPPLY))
        return box

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.done(QDialog.DialogCode.Accepted if choice == REAPPLY else QDialog.DialogCode.Rejected)

    def _filter_rows(self, only_differences: bool) -> None:
        anything_differs = any(d.differs for d in self.differences)
        for row, difference in enumerate(self.differences):
            hidden = only_differences and anything_differs and not difference.differs
            self.table.setRowHidden(row, hidden)

    def visible_fields(self) -> list[str]:
        """The field names whose rows are shown (for tests and accessibility checks)."""
        return [d.name for row, d in enumerate(self.differences) if not self.table.isRowHidden(row)]


def resolve_conflict(parent: QWidget | None, mine: dict[str, Any], theirs: Lead) -> str:
    """Ask what to do after a save was refused: ``"reload"`` or ``"reapply"``.

    ``mine`` holds the form's unsaved values (field name → value, ``custom`` a dict);
    ``theirs`` is the lead as stored now. To reapply, save ``mine`` with ``theirs.version``.
    """
    dialog = ConflictDialog(parent, mine, theirs)
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    return choice
