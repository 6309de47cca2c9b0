"""Every field of a lead, custom ones included, editable and validated as you leave them."""

from __future__ import annotations

import contextlib
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leaddesk.core.errors import FieldInvalid
from leaddesk.core.fields import clean_date_text, clean_fields, is_date_value
from leaddesk.core.leads import FIELD_LABELS, LEAD_FIELDS, Lead
from leaddesk.core.values import DateOrder
from leaddesk.ui.i18n import core_tr
from leaddesk.ui.theme import LABEL_GAP

INVALID_STYLE = "QLineEdit { border: 2px solid #c62828; }"
INVALID_CELL = QColor("#f8d7da")


def locale_date_order() -> DateOrder:
    """How the user writes 3/2/2026: from the locale's short date format."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    first = next((c for c in pattern if c in "dM"), "d")
    return DateOrder.MONTH_FIRST if first == "M" else DateOrder.DAY_FIRST


def shown(value: Any) -> str:
    """A stored value as the form shows it."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    return str(value)


class FieldsForm(QWidget):
    """Standard fields in a form; custom fields as key/value rows. ``edited`` on any change."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setHorizontalSpacing(LABEL_GAP)
        self.edits: dict[str, QLineEdit] = {}
        self._date_keys: set[str] = set()  # custom fields that hold a date: kept dates
        for name in LEAD_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"field_{name}")
            edit.setAccessibleName(core_tr(FIELD_LABELS[name]))
            edit.textEdited.connect(self.edited)
            edit.editingFinished.connect(lambda n=name: self.check_field(n))
            form.addRow(core_tr(FIELD_LABELS[name]), edit)
            self.edits[name] = edit
        self.edits["budget"].setPlaceholderText(QLocale().toString(12500.5, "f", 2))
        self.edits["email"].setPlaceholderText("name@example.com")
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Custom fields"), self))
        self.custom = QTableWidget(0, 2, self)
        self.custom.setObjectName("customFields")
        self.custom.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.custom.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.custom.verticalHeader().hide()
        self.custom.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.custom.setMinimumHeight(110)
        self.custom.itemChanged.connect(self._custom_changed)
        layout.addWidget(self.custom)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add field"), self)
        # No arguments: `clicked(checked)` would be taken for the key.
        self.add_button.clicked.connect(lambda: self.add_custom_row())
        self.remove_button = QPushButton(self.tr("Remove field"), self)
        self.remove_button.clicked.connect(self.remove_custom_row)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def show_lead(self, lead: Lead) -> None:
        for name, edit in self.edits.items():
            edit.setText(shown(getattr(lead, name)))
            edit.setCursorPosition(0)  # a long value (a web address) shows its start
            edit.setStyleSheet("")
            edit.setToolTip(edit.text())  # and whole in the tooltip
        self._date_keys = {k for k, v in lead.custom.items() if is_date_value(v)}
        self.custom.blockSignals(True)
        self.custom.setRowCount(0)
        for key, value in sorted(lead.custom.items()):
            self._append_row(key, value)
        self.custom.blockSignals(False)

    def _append_row(self, key: str, value: str) -> None:
        row = self.custom.rowCount()
        self.custom.insertRow(row)
        self.custom.setItem(row, 0, QTableWidgetItem(key))
        item = QTableWidgetItem(value)
        item.setToolTip(value)
        if key in self._date_keys:
            example = QLocale().toString(date(2026, 3, 15), QLocale.FormatType.ShortFormat)
            item.setToolTip(self.tr("A date: {example}").format(example=example))
        self.custom.setItem(row, 1, item)

    def _custom_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 1:
            with contextlib.suppress(FieldInvalid):  # the cell is marked; Save names it
                self._check_date_cell(item.row())
        self.edited.emit()

    def _check_date_cell(self, row: int) -> str | None:
        """A date field's cell as YYYY-MM-DD (marked when it is not a date); None if no date."""
        key_item, value_item = self.custom.item(row, 0), self.custom.item(row, 1)
        key = key_item.text().strip() if key_item else ""
        if key not in self._date_keys or value_item is None:
            return None
        self.custom.blockSignals(True)  # marking the cell is no edit
        try:
            cleaned = clean_date_text(key, value_item.text(), locale_date_order())
            value_item.setData(Qt.ItemDataRole.BackgroundRole, None)
            return cleaned
        except FieldInvalid:
            value_item.setBackground(QBrush(INVALID_CELL))
            raise
        finally:
            self.custom.blockSignals(False)

    def add_custom_row(self, key: str = "", value: str = "") -> None:
        """A new key/value row, ready to type in."""
        self._append_row(key, value)
        row = self.custom.rowCount() - 1
        self.custom.setCurrentCell(row, 0)
        if not key:
            self.custom.editItem(self.custom.item(row, 0))
        self.edited.emit()

    def remove_custom_row(self) -> None:
        row = self.custom.currentRow()
        if row >= 0:
            self.custom.removeRow(row)
            self.edited.emit()

    def custom_values(self) -> dict[str, str]:
        values: dict[str, str] = {}
        for row in range(self.custom.rowCount()):
            key_item, value_item = self.custom.item(row, 0), self.custom.item(row, 1)
            key = key_item.text().strip() if key_item else ""
            if key:
                values[key] = value_item.text().strip() if value_item else ""
        return values

    def values(self) -> dict[str, Any]:
        """What is typed, as raw text (cleaned by the service on save)."""
        values: dict[str, Any] = {name: edit.text().strip() for name, edit in self.edits.items()}
        values["custom"] = self.custom_values()
        return values

    def changed_fields(self, lead: Lead) -> dict[str, Any]:
        """Only the fields whose cleaned value differs from ``lead``; raises FieldInvalid."""
        cleaned = self.validate()
        changed = {
            name: value
            for name, value in cleaned.items()
            if name != "custom" and shown(value) != shown(getattr(lead, name))
        }
        if cleaned["custom"] != dict(lead.custom):
            changed["custom"] = cleaned["custom"]
        return changed

    def validate(self) -> dict[str, Any]:
        """Clean every field; mark the first bad one and raise its FieldInvalid.

        A custom field that held a date must still hold one: typed as the user writes
        dates (15/3/2026, 15 marzo 2026), kept as 2026-03-15.
        """
        for name in self.edits:
            self.check_field(name, raise_error=True)
        values = self.values()
        for row in range(self.custom.rowCount()):
            try:
                day = self._check_date_cell(row)
            except FieldInvalid:
                self.custom.setCurrentCell(row, 1)
                raise
            if day is not None:
                values["custom"][self.custom.item(row, 0).text().strip()] = day
        return clean_fields(values)

    def check_field(self, name: str, raise_error: bool = False) -> bool:
        edit = self.edits[name]
        try:
            clean_fields({name: edit.text()})
        except FieldInvalid as err:
            edit.setStyleSheet(INVALID_STYLE)
            edit.setToolTip(str(err))
            if raise_error:
                edit.setFocus()
                raise
            return False
        edit.setStyleSheet("")
        edit.setToolTip(edit.text())
        return True
