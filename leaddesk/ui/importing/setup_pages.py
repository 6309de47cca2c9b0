"""The import wizard's first pages: the file as read, where each column goes, options."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from leaddesk.core.importing.mapping import TARGET_LABELS, TARGETS, ColumnMapping
from leaddesk.core.importing.options import DuplicatePolicy, ImportOptions
from leaddesk.core.source_table import SourceTable
from leaddesk.core.values import (
    DateOrder,
    ambiguous_dates,
    cell_text,
    locale_date_order,
    parse_date,
)
from leaddesk.ui.formatting import format_number
from leaddesk.ui.i18n import ui_tr
from leaddesk.ui.importing.encoding import EncodingBox
from leaddesk.ui.importing.reasons import reason_text
from leaddesk.ui.importing.session import ImportSession

PREVIEW_ROWS = 20


def tr(text: str) -> str:
    return ui_tr(text)


def table_widget(parent: QWidget) -> QTableWidget:
    widget = QTableWidget(parent)
    widget.setAccessibleName(parent.windowTitle() or parent.accessibleName() or tr("Table"))
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    widget.verticalHeader().setDefaultSectionSize(22)
    return widget


class PreviewPage(QWizardPage):
    """Step 1: the first rows as read, and the sheet (or the text encoding) to read."""

    def __init__(self, wizard: ImportSession) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(tr("Preview"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        row.addWidget(self.info, 1)
        self.sheet = QComboBox(self)
        self.sheet.setAccessibleName(tr("Sheet"))
        self.sheet.activated.connect(lambda _: wizard.load(self.sheet.currentText()))
        row.addWidget(QLabel(tr("Sheet:"), self))
        row.addWidget(self.sheet)
        self.encoding = EncodingBox(self)
        self.encoding.chosen.connect(wizard.choose_encoding)
        row.addWidget(QLabel(tr("Encoding:"), self))
        row.addWidget(self.encoding)
        layout.addLayout(row)
        self.grid = table_widget(self)
        layout.addWidget(self.grid)

    def show_loading(self) -> None:
        self.info.setText(tr("Reading {file}…").format(file=self.wizard_.path.name))
        self.completeChanged.emit()

    def show_failure(self, message: str) -> None:
        self.info.setText(message)
        self.grid.clear()
        self.completeChanged.emit()

    def show_table(self, table: SourceTable) -> None:
        count = table.row_count or 0
        about = tr("about ") if table.estimated else ""
        if table.headerless:
            text = tr("{file}: no header row, {about}{count} data row(s) in one column.")
        else:
            text = tr("{file}: header on row {row}, {about}{count} data row(s), {cols} column(s).")
        self.info.setText(
            text.format(
                file=table.file_name,
                row=table.header_row,
                about=about,
                count=format_number(count),
                cols=len(table.headers),
            )
        )
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(table.sheets))
        self.sheet.setCurrentText(table.sheet or "")
        self.sheet.setEnabled(len(table.sheets) > 1)
        self.sheet.blockSignals(False)
        self.encoding.show_encoding(table.encoding)
        rows = table.preview[:PREVIEW_ROWS]
        self.grid.clear()
        self.grid.setColumnCount(len(table.headers))
        self.grid.setRowCount(len(rows))
        self.grid.setHorizontalHeaderLabels(list(table.headers))
        for r, cells in enumerate(rows):
            for c in range(len(table.headers)):
                text = cell_text(cells[c]) if c < len(cells) else ""
                self.grid.setItem(r, c, QTableWidgetItem(text))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wizard_.table is not None


class MappingPage(QWizardPage):
    """Step 2: a lead field (or custom field, or ignore) for every column."""

    def __init__(self, wizard: ImportSession) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(tr("Columns"))
        self.setSubTitle(
            tr(
                "Check where each column goes. Columns not mapped to a field are kept as custom "
                "fields unless you choose Ignore."
            )  # fmt: skip
        )
        layout = QVBoxLayout(self)
        self.grid = table_widget(self)
        self.grid.setColumnCount(4)
        self.grid.setHorizontalHeaderLabels([tr("Column"), tr("Sample"), tr("Goes to"), tr("Why")])
        self.grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setVisible(False)
        layout.addWidget(self.grid)
        self.warning = QLabel(self)
        self.warning.setStyleSheet("color: #c0392b")
        layout.addWidget(self.warning)
        self.sensitive_label = QLabel(self)
        self.sensitive_label.setWordWrap(True)
        self.sensitive_label.setStyleSheet("color: #b9770e")
        layout.addWidget(self.sensitive_label)
        self.combos: list[QComboBox] = []
        self.headers: tuple[str, ...] = ()

    def show_mapping(self, table: SourceTable, mapping: ColumnMapping) -> None:
        self.headers = table.headers
        self.combos = []
        self.grid.setRowCount(len(table.headers))
        for i, header in enumerate(table.headers):
            samples = [cell_text(r[i]) for r in table.preview[:5] if i < len(r)]
            self.grid.setItem(i, 0, QTableWidgetItem(header))
            self.grid.setItem(i, 1, QTableWidgetItem(" · ".join(s for s in samples if s)))
            combo = QComboBox(self.grid)
            combo.setAccessibleName(tr("Target of column {name}").format(name=header))
            for target in TARGETS:
                combo.addItem(tr(TARGET_LABELS[target]), target)
            combo.setCurrentIndex(TARGETS.index(mapping.targets[i]))
            combo.currentIndexChanged.connect(lambda _, row=i: self._chosen(row))
            self.grid.setCellWidget(i, 2, combo)
            self.grid.setItem(i, 3, QTableWidgetItem(reason_text(mapping.reason(i))))
            self.combos.append(combo)
        self.grid.resizeColumnToContents(0)
        self.grid.setColumnWidth(2, 190)
        self.grid.resizeColumnToContents(3)
        if mapping.sensitive:
            self.sensitive_label.setText(
                tr(
                    "Sensitive data (card numbers, passwords, ID numbers) is not imported: "
                    "{columns}. Choose a field for a column only if you must keep it."
                ).format(columns=", ".join(mapping.sensitive))
            )
        else:
            self.sensitive_label.setText("")
        self._changed()

    def _chosen(self, row: int) -> None:
        self.grid.setItem(row, 3, QTableWidgetItem(tr("chosen by you")))
        self._changed()

    def reason_shown(self, header: str) -> str:
        """The 'Why' cell of a column, as the user reads it."""
        item = self.grid.item(self.headers.index(header), 3)
        return item.text() if item is not None else ""

    def set_target(self, header: str, target: str) -> None:
        """Map ``header`` to ``target`` as a user picking it in the combo would."""
        self.combos[self.headers.index(header)].setCurrentIndex(TARGETS.index(target))

    def mapping(self) -> ColumnMapping:
        return ColumnMapping(self.headers, tuple(c.currentData() for c in self.combos))

    def _changed(self) -> None:
        mapping = self.mapping()
        taken = [t for t in mapping.targets if t not in ("custom", "ignore")]
        doubled = sorted({t for t in taken if taken.count(t) > 1})
        if doubled:
            self.warning.setText(tr("Two columns go to {field}.").format(
                field=tr(TARGET_LABELS[doubled[0]])))  # fmt: skip
        elif not mapping.has_identity:
            self.warning.setText(tr("Map a column to a name, an email or a company."))
        else:
            self.warning.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.combos) and not self.warning.text()


class OptionsPage(QWizardPage):
    """Step 3: duplicates policy, date order, source channel and campaign to stamp."""

    def __init__(self, wizard: ImportSession) -> None:
        super().__init__(wizard)
        self.setTitle(tr("Options"))
        form = QFormLayout(self)
        self.policy = QButtonGroup(self)
        box = QVBoxLayout()
        texts = {
            DuplicatePolicy.SKIP: tr("Skip them (leave stored leads as they are)"),
            DuplicatePolicy.FILL: tr("Fill only their empty fields"),
            DuplicatePolicy.OVERWRITE: tr("Overwrite their fields with the file's values"),
        }
        self.policy_buttons: dict[DuplicatePolicy, QRadioButton] = {}
        for policy, text in texts.items():
            button = QRadioButton(text, self)
            self.policy.addButton(button)
            self.policy_buttons[policy] = button
            box.addWidget(button)
        self.policy_buttons[DuplicatePolicy.SKIP].setChecked(True)
        form.addRow(
            QLabel(tr("Rows matching a stored lead (same email, phone, or name and company):")),
        )
        form.addRow(box)
        self.date_order = QComboBox(self)
        for order, text in (
            (DateOrder.AUTO, tr("Decide from each column's values")),
            (DateOrder.DAY_FIRST, tr("Day first (01/09/2008 = 1 September)")),
            (DateOrder.MONTH_FIRST, tr("Month first (01/09/2008 = January 9)")),
        ):
            self.date_order.addItem(text, order)
        form.addRow(tr("Dates like 01/09/2008:"), self.date_order)
        self.date_examples = QLabel(self)
        self.date_examples.setWordWrap(True)
        form.addRow(self.date_examples)
        self.locale_order = locale_date_order(QLocale().name())
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(tr("e.g. Purchased list"))
        form.addRow(tr("Source channel for every row:"), self.source)
        self.campaign = QLineEdit(self)
        form.addRow(tr("Campaign for every row:"), self.campaign)

    def show_dates(self, table: SourceTable) -> None:
        """Two ambiguous dates from the file, read both ways, so the user can choose."""
        examples: list[str] = []
        for i in range(len(table.headers)):
            column = [cell_text(r[i]) for r in table.preview if i < len(r)]
            examples += ambiguous_dates(column, 2 - len(examples))
            if len(examples) == 2:
                break
        if not examples:
            self.date_examples.setText("")
            return
        first = tr("day first") if self.locale_order is DateOrder.DAY_FIRST else tr("month first")
        lines = [tr("Read {order} when the values cannot tell (your locale's order):").format(
            order=first)]  # fmt: skip
        for text in examples:
            day = parse_date(text, DateOrder.DAY_FIRST)
            month = parse_date(text, DateOrder.MONTH_FIRST)
            lines.append(
                tr("{text}: day first {day}, month first {month}").format(
                    text=text,
                    day=QLocale().toString(day, QLocale.FormatType.LongFormat),
                    month=QLocale().toString(month, QLocale.FormatType.LongFormat),
                )
            )
        self.date_examples.setText("\n".join(lines))

    def options(self) -> ImportOptions:
        policy = next(p for p, b in self.policy_buttons.items() if b.isChecked())
        return ImportOptions(
            on_duplicate=policy,
            # Qt gives the enum back as its plain value; the importer compares members.
            date_order=DateOrder(self.date_order.currentData()),
            locale_order=self.locale_order,
            source_channel=self.source.text().strip(),
            campaign=self.campaign.text().strip(),
        )
