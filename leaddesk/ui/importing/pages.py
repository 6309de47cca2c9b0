"""The import wizard's five pages: preview, columns, options, test, import."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from leaddesk.core.importing.mapping import TARGET_LABELS, TARGETS, ColumnMapping
from leaddesk.core.importing.options import DuplicatePolicy, ImportOptions
from leaddesk.core.importing.service import ImportReport, ImportResult
from leaddesk.core.source_table import SourceTable
from leaddesk.core.values import DateOrder, cell_text
from leaddesk.ui.dialogs import show_error
from leaddesk.ui.i18n import translate_error, ui_tr
from leaddesk.ui.importing.encoding import EncodingBox
from leaddesk.ui.tasks import start_task

if TYPE_CHECKING:
    from leaddesk.ui.importing.wizard import ImportWizard

PREVIEW_ROWS = 20


def tr(text: str) -> str:
    return ui_tr(text)


COUNT_LABELS = {
    "new": QT_TRANSLATE_NOOP("", "New leads"),
    "updated": QT_TRANSLATE_NOOP("", "Updated leads"),
    "duplicates_existing": QT_TRANSLATE_NOOP("", "Duplicates of stored leads (left as they are)"),
    "duplicates_in_file": QT_TRANSLATE_NOOP("", "Duplicates within the file"),
    "invalid": QT_TRANSLATE_NOOP("", "Invalid rows"),
}


# Why an undo kept a lead (core's SinceImport values), in the order they are named.
SINCE_IMPORT = {
    "edited": QT_TRANSLATE_NOOP("", "edited"),
    "moved": QT_TRANSLATE_NOOP("", "moved to another stage"),
    "call": QT_TRANSLATE_NOOP("", "a call was logged"),
    "interaction": QT_TRANSLATE_NOOP("", "a note or other activity was logged"),
}
# Leads named one by one in the undo's message; the rest are counted.
NAMED_KEPT = 10


def undo_summary(result: Any) -> str:
    """What an undo did, naming the leads it kept because they were touched since, and why."""
    text = tr("Import undone: {removed} lead(s) removed, {restored} restored.").format(
        removed=result.removed, restored=result.restored
    )
    kept = list(getattr(result, "kept", ()))
    if not kept and result.kept_edited:  # no reasons given: count them
        kept_text = tr("{n} lead(s) changed since the import were kept as they are.")
        return text + " " + kept_text.format(n=len(result.kept_edited))
    if not kept:
        return text
    named = []
    for lead in kept[:NAMED_KEPT]:
        why = ", ".join(tr(SINCE_IMPORT[w]) for w in SINCE_IMPORT if w in lead.why)
        name = lead.name or tr("Lead {id}").format(id=lead.lead_id)
        named.append(tr("{name} ({why})").format(name=name, why=why))
    listed = "; ".join(named)
    if len(kept) > NAMED_KEPT:
        listed += " " + tr("and {n} more").format(n=len(kept) - NAMED_KEPT)
    kept_text = tr("{n} lead(s) touched since the import were kept as they are: {leads}.")
    return text + " " + kept_text.format(n=len(kept), leads=listed)


def _table_widget(parent: QWidget) -> QTableWidget:
    widget = QTableWidget(parent)
    widget.setAccessibleName(parent.windowTitle() or parent.accessibleName() or tr("Table"))
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    widget.verticalHeader().setDefaultSectionSize(22)
    return widget


class PreviewPage(QWizardPage):
    """Step 1: the first rows as read, and the sheet (or the text encoding) to read."""

    def __init__(self, wizard: ImportWizard) -> None:
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
        self.grid = _table_widget(self)
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
        self.info.setText(
            tr("{file}: header on row {row}, {about}{count} data row(s), {cols} column(s).").format(
                file=table.file_name,
                row=table.header_row,
                about=about,
                count=f"{count:,}",
                cols=len(table.headers),
            )  # fmt: skip
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

    def __init__(self, wizard: ImportWizard) -> None:
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
        self.grid = _table_widget(self)
        self.grid.setColumnCount(3)
        self.grid.setHorizontalHeaderLabels([tr("Column"), tr("Sample"), tr("Goes to")])
        self.grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setVisible(False)
        layout.addWidget(self.grid)
        self.warning = QLabel(self)
        self.warning.setStyleSheet("color: #c0392b")
        layout.addWidget(self.warning)
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
            combo.currentIndexChanged.connect(lambda _: self._changed())
            self.grid.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        self.grid.resizeColumnToContents(0)
        self.grid.setColumnWidth(2, 190)
        self._changed()

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

    def __init__(self, wizard: ImportWizard) -> None:
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
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(tr("e.g. Purchased list"))
        form.addRow(tr("Source channel for every row:"), self.source)
        self.campaign = QLineEdit(self)
        form.addRow(tr("Campaign for every row:"), self.campaign)

    def options(self) -> ImportOptions:
        policy = next(p for p, b in self.policy_buttons.items() if b.isChecked())
        return ImportOptions(
            on_duplicate=policy,
            # Qt gives the enum back as its plain value; the importer compares members.
            date_order=DateOrder(self.date_order.currentData()),
            source_channel=self.source.text().strip(),
            campaign=self.campaign.text().strip(),
        )


def _fill_report(grid: QTableWidget, counts: QLabel, report: ImportReport) -> None:
    lines = [f"{tr(label)}: {report.count(key):,}" for key, label in COUNT_LABELS.items()]
    counts.setText("\n".join(lines))
    problems = report.problems[:1000]
    grid.setRowCount(len(problems))
    for r, problem in enumerate(problems):
        grid.setItem(r, 0, QTableWidgetItem(str(problem.row)))
        grid.setItem(r, 1, QTableWidgetItem(problem.column or ""))
        grid.setItem(r, 2, QTableWidgetItem(problem.reason))


def _problem_grid(parent: QWidget) -> QTableWidget:
    grid = _table_widget(parent)
    grid.setColumnCount(3)
    grid.setHorizontalHeaderLabels([tr("Row"), tr("Column"), tr("Why")])
    grid.verticalHeader().setVisible(False)
    grid.setColumnWidth(0, 70)
    grid.setColumnWidth(1, 180)
    grid.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    return grid


class TestPage(QWizardPage):
    """Step 4: the dry run — the real validation, nothing written."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(tr("Test"))
        self.setSubTitle(tr("Check what the import would do, row by row. Nothing is written."))
        layout = QVBoxLayout(self)
        self.test_button = QPushButton(tr("&Test"), self)
        self.test_button.clicked.connect(self.run_test)
        layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.counts = QLabel(self)
        layout.addWidget(self.counts)
        self.problems = _problem_grid(self)
        layout.addWidget(self.problems)

    def run_test(self) -> None:
        wizard = self.wizard_
        table, mapping, options = wizard.table, wizard.mapping(), wizard.options()
        self.test_button.setEnabled(False)
        self.counts.setText(tr("Testing…"))

        def done(report: ImportReport) -> None:
            wizard.report = report
            self.test_button.setEnabled(True)
            _fill_report(self.problems, self.counts, report)

        def failed(err: BaseException, details: str) -> None:
            self.test_button.setEnabled(True)
            self.counts.setText(translate_error(err))
            show_error(self, err, details)

        start_task(
            lambda progress: wizard.importer.dry_run(table, mapping, options, progress),
            on_done=done,
            on_error=failed,
            on_cancel=lambda: (self.test_button.setEnabled(True), self.counts.setText("")),
            parent=self,
            label=tr("Testing {file}…").format(file=table.file_name if table else ""),
        )


class ImportPage(QWizardPage):
    """Step 5: the import in the background, then its result."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(tr("Import"))
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(tr("&Import"), self)
        self.import_button.clicked.connect(self.run_import)
        buttons.addWidget(self.import_button)
        self.show_batch = QPushButton(tr("Show these leads on the board"), self)
        self.show_batch.clicked.connect(self._show_batch)
        self.undo_button = QPushButton(tr("&Undo import"), self)
        self.undo_button.clicked.connect(self.undo_import)
        for button in (self.show_batch, self.undo_button):
            button.setEnabled(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.counts = QLabel(self)
        layout.addWidget(self.counts)
        self.errors_link = QLabel(self)
        self.errors_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.errors_link.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        layout.addWidget(self.errors_link)
        self.problems = _problem_grid(self)
        layout.addWidget(self.problems)

    def run_import(self) -> None:
        wizard = self.wizard_
        table, mapping, options = wizard.table, wizard.mapping(), wizard.options()
        self.import_button.setEnabled(False)
        self.counts.setText(tr("Importing…"))
        start_task(
            lambda progress: wizard.importer.run_import(
                table, mapping, options, progress, error_dir=wizard.error_dir
            ),
            on_done=self._done,
            on_error=self._failed,
            on_cancel=self._cancelled,
            parent=self,
            label=tr("Importing {file}…").format(file=table.file_name if table else ""),
        )

    def _done(self, result: ImportResult) -> None:
        wizard = self.wizard_
        wizard.result = result
        _fill_report(self.problems, self.counts, result.report)
        if result.error_workbook is not None:
            url = QUrl.fromLocalFile(str(result.error_workbook)).toString()
            self.errors_link.setText(
                tr('Rejected rows, with the reason for each: <a href="{url}">{name}</a>').format(
                    url=url, name=result.error_workbook.name
                )
            )
        wizard.imported(result)
        self.show_batch.setEnabled(True)
        self.undo_button.setEnabled(True)
        self.completeChanged.emit()

    def _failed(self, err: BaseException, details: str) -> None:
        self.import_button.setEnabled(True)
        self.counts.setText(tr("Nothing was imported: {error}").format(error=err))
        show_error(self, err, details)

    def _cancelled(self) -> None:
        self.import_button.setEnabled(True)
        self.counts.setText(tr("Cancelled; nothing was imported."))

    def undo_import(self) -> None:
        stack = self.wizard_.window_.undo_stack
        command = self.wizard_.command
        if command is not None and stack.count() and stack.command(stack.index() - 1) is command:
            stack.undo()
        elif command is not None:
            command.undo()
        self.undo_button.setEnabled(False)
        self.show_batch.setEnabled(False)
        if command is not None and command.undone is not None:
            self.counts.setText(undo_summary(command.undone))

    def _show_batch(self) -> None:
        result = self.wizard_.result
        if result is not None:
            self.wizard_.window_.board.show_import_batch(result.batch_id)

    def isComplete(self) -> bool:
        return self.wizard_.result is not None
