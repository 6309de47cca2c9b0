"""When a save meets someone else's change: only the fields you both changed are asked."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from leaddesk.core.edit_merge import EditMerge, FieldClash, field_label, shown
from leaddesk.ui.formatting import format_datetime
from leaddesk.ui.i18n import core_tr

REAPPLY = "reapply"
KEEP_THEIRS = "theirs"
CANCEL = "cancel"
#: a soft amber that reads on light and dark palettes alike
CHANGED = QColor(255, 193, 7, 70)


class ConflictDialog(QDialog):
    """The fields you and someone else both changed: keep theirs or reapply yours.

    Every other field is merged without asking (yours where only you changed it, theirs
    where only they did); closing the dialog saves nothing.
    """

    def __init__(self, parent: QWidget | None, merge: EditMerge) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Someone else changed this lead"))
        self.choice = CANCEL  # closing the dialog writes nothing
        self.merge = merge
        self.clashes = merge.clashes
        layout = QVBoxLayout(self)
        self.intro = QLabel(self._intro(), self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = self._make_table()
        layout.addWidget(self.table, 1)
        self.merged_note = QLabel(self._merged_note(), self)
        self.merged_note.setObjectName("mergedNote")
        self.merged_note.setWordWrap(True)
        layout.addWidget(self.merged_note)
        layout.addWidget(self._make_buttons())
        self.resize(680, 420)

    def _intro(self) -> str:
        theirs = self.merge.theirs
        when = format_datetime(theirs.updated_at)
        return self.tr(
            "<b>{name}</b> was changed by someone else while you were editing it (saved at "
            "{when}; it is now in {stage}). You both changed {count} field(s): choose whose "
            "values to keep.<br><b>Keep theirs</b> leaves their values in these fields. "
            "<b>Reapply mine</b> saves yours over them. Either way, your other changes are "
            "saved and theirs are kept."
        ).format(
            name=theirs.name or self.tr("This lead"),
            when=when,
            stage=core_tr(theirs.stage.label),
            count=len(self.clashes),
        )

    def _merged_note(self) -> str:
        mine, theirs = _labels(self.merge.mine_only), _labels(self.merge.theirs_only)
        if not (mine or theirs):
            return ""
        return self.tr("Merged without asking: yours: {mine}; theirs: {theirs}.").format(
            mine=mine or "—", theirs=theirs or "—"
        )

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(len(self.clashes), 4, self)
        table.setAccessibleName(self.tr("The fields you both changed"))
        table.setObjectName("conflictTable")
        table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Before"),
                self.tr("Your version"),
                self.tr("Saved version"),
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, clash in enumerate(self.clashes):
            self._fill_row(table, row, clash)
        return table

    def _fill_row(self, table: QTableWidget, row: int, clash: FieldClash) -> None:
        cells = (core_tr(clash.label), shown(clash.base), shown(clash.mine), shown(clash.theirs))
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if column >= 2:  # the two new values, side by side
                item.setBackground(QBrush(CHANGED))
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            item.setData(Qt.ItemDataRole.UserRole, clash.name)
            table.setItem(row, column, item)

    def _make_buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(self)
        self.keep_theirs_button: QPushButton = box.addButton(
            self.tr("Keep &theirs"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reapply_button: QPushButton = box.addButton(
            self.tr("Reapply &mine"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.keep_theirs_button.setDefault(True)
        self.keep_theirs_button.clicked.connect(lambda: self._choose(KEEP_THEIRS))
        self.reapply_button.clicked.connect(lambda: self._choose(REAPPLY))
        return box

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.done(QDialog.DialogCode.Accepted)

    def visible_fields(self) -> list[str]:
        """The field names whose rows are shown (for tests and accessibility checks)."""
        return [c.name for row, c in enumerate(self.clashes) if not self.table.isRowHidden(row)]

    def reapplied(self) -> list[str]:
        """The clashing fields that take my value under the choice made."""
        return [c.name for c in self.clashes] if self.choice == REAPPLY else []


def _labels(names: Iterable[str]) -> str:
    return ", ".join(core_tr(field_label(name)) for name in names)


def resolve_conflict(parent: QWidget | None, merge: EditMerge) -> tuple[str, list[str]]:
    """Ask whose values the clashing fields keep: ``("reapply" | "theirs" | "cancel", names)``.

    ``names`` are the clashing fields to save with my value: pass them to
    ``merge.fields(reapply=names)``. On ``"cancel"`` nothing should be written.
    """
    dialog = ConflictDialog(parent, merge)
    dialog.exec()
    answer = (dialog.choice, dialog.reapplied())
    dialog.deleteLater()
    return answer
