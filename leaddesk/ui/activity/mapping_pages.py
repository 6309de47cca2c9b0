"""The activity wizard's first pages: the file as read, what each column says, what each
event means."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from leaddesk.core.activity.column_roles import Role
from leaddesk.core.activity.event_types import EventType
from leaddesk.core.activity.mapping import ActivityMapping
from leaddesk.core.errors import LeadDeskError
from leaddesk.core.leads import InteractionKind, Offer
from leaddesk.core.values import cell_text
from leaddesk.ui.activity.session import ActivitySession
from leaddesk.ui.i18n import core_tr, translate_error

ROLE_LABELS = {
    Role.EMAIL: QT_TRANSLATE_NOOP("_ColumnsPage", "Email (who)"),
    Role.LEAD_ID: QT_TRANSLATE_NOOP("_ColumnsPage", "LeadDesk ID (who)"),
    Role.PERSON_REF: QT_TRANSLATE_NOOP(
        "_ColumnsPage", "The tool's person id (who, via a people file)"
    ),
    Role.WHEN: QT_TRANSLATE_NOOP("_ColumnsPage", "When"),
    Role.WHAT: QT_TRANSLATE_NOOP("_ColumnsPage", "What happened"),
    Role.DETAIL: QT_TRANSLATE_NOOP("_ColumnsPage", "Detail (page, link, form)"),
    Role.CAMPAIGN: QT_TRANSLATE_NOOP("_ColumnsPage", "Campaign"),
    Role.OPENS: QT_TRANSLATE_NOOP("_ColumnsPage", "Number of opens"),
    Role.CLICKS: QT_TRANSLATE_NOOP("_ColumnsPage", "Number of clicks"),
    Role.VISITS: QT_TRANSLATE_NOOP("_ColumnsPage", "Number of visits"),
    Role.FORMS: QT_TRANSLATE_NOOP("_ColumnsPage", "Number of form submissions"),
    Role.FIRST_NAME: QT_TRANSLATE_NOOP("_ColumnsPage", "First name (for new leads)"),
    Role.LAST_NAME: QT_TRANSLATE_NOOP("_ColumnsPage", "Last name (for new leads)"),
    Role.COMPANY: QT_TRANSLATE_NOOP("_ColumnsPage", "Company (for new leads)"),
    Role.IGNORE: QT_TRANSLATE_NOOP("_ColumnsPage", "(ignore)"),
}
FILTER = QT_TRANSLATE_NOOP(
    "ActivityWizard",
    "Activity exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;All files (*)",
)
PREVIEW_ROWS = 8


def _combo(parent: QWidget, items: list[tuple[str, Any]], current: Any) -> QComboBox:
    """A combo over enum members; Qt keeps their plain values, ``_chosen`` turns them back."""
    combo = QComboBox(parent)
    for text, member in items:
        combo.addItem(text, None if member is None else member.value)
    index = combo.findData(None if current is None else current.value)
    combo.setCurrentIndex(max(index, 0))
    return combo


def _chosen(combo: QComboBox, enum: Any) -> Any:
    value = combo.currentData()
    return None if value is None else enum(value)


class _PreviewPage(QWizardPage):
    def __init__(self, wizard: ActivitySession) -> None:
        super().__init__(wizard)
        table = wizard.table
        self.setTitle(self.tr("The file as read"))
        where = f", sheet {table.sheet}" if table.sheet else ""
        self.setSubTitle(
            self.tr("{file}{where}: header on row {row}, {count} columns.").format(
                file=table.file_name, where=where, row=table.header_row, count=len(table.headers)
            )
        )
        grid = QTableWidget(min(PREVIEW_ROWS, len(table.preview)), len(table.headers), self)
        grid.setAccessibleName(self.tr("The file as read"))
        grid.setHorizontalHeaderLabels(list(table.headers))
        for r, row in enumerate(table.preview[:PREVIEW_ROWS]):
            for c, value in enumerate(row[: len(table.headers)]):
                grid.setItem(r, c, QTableWidgetItem(cell_text(value)))
        grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid = grid
        layout = QVBoxLayout(self)
        layout.addWidget(grid)


class _ColumnsPage(QWizardPage):
    """What each column says; the kind of every row when no column says it."""

    def __init__(self, wizard: ActivitySession) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("What each column says"))
        self.setSubTitle(
            self.tr(
                "Who (email), when, what happened, and details. Files with "
                "counts (opens, clicks) give one interaction per count."
            )
        )
        table, mapping = wizard.table, wizard.mapping
        self.grid = QTableWidget(len(table.headers), 3, self)
        self.grid.setAccessibleName(self.tr("What each column says"))
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Means"), self.tr("Example")]
        )
        self.grid.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.role_combos: list[QComboBox] = []
        roles = [(self.tr(ROLE_LABELS[r]), r) for r in Role]
        for row, (header, role) in enumerate(zip(table.headers, mapping.roles, strict=True)):
            self.grid.setItem(row, 0, QTableWidgetItem(header))
            combo = _combo(self.grid, roles, role)
            combo.setAccessibleName(self.tr("Meaning of column {name}").format(name=header))
            combo.currentIndexChanged.connect(self.completeChanged)
            self.grid.setCellWidget(row, 1, combo)
            sample = next(
                (cell_text(r[row]) for r in table.preview if row < len(r) and cell_text(r[row])), ""
            )
            self.grid.setItem(row, 2, QTableWidgetItem(sample))
            self.role_combos.append(combo)
        self.grid.resizeColumnToContents(0)
        self.grid.setColumnWidth(
            1, max(self.role_combos[0].sizeHint().width() + 24, 320) if self.role_combos else 320
        )
        kinds = [(self.tr("(from the 'what' column)"), None)] + [
            (core_tr(k.value.replace("_", " ")), k) for k in InteractionKind
        ]
        self.fixed_kind = _combo(self, kinds, mapping.fixed_kind)
        self.fixed_kind.currentIndexChanged.connect(self.completeChanged)
        self.use_date = QCheckBox(self.tr("The file has no dates; these events happened on:"), self)
        self.date = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.date.setCalendarPopup(True)
        self.use_date.toggled.connect(self.completeChanged)
        self.people_button = QPushButton(self.tr("&People file…"), self)
        self.people_button.setToolTip(
            self.tr("A members or contacts export that says whose each id is")
        )
        # No arguments: `clicked(checked)` would be taken for the file's path.
        self.people_button.clicked.connect(lambda: self.choose_people_file())
        self.people_label = QLabel(self)
        self.people: dict[str, str] = dict(mapping.people)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c0392b")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Every row is"), self.fixed_kind)
        date_row = QHBoxLayout()
        date_row.addWidget(self.use_date)
        date_row.addWidget(self.date)
        form.addRow(date_row)
        people_row = QHBoxLayout()
        people_row.addWidget(self.people_button)
        people_row.addWidget(self.people_label, 1)
        form.addRow(people_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        layout.addLayout(form)
        layout.addWidget(self.problem)

    def apply(self, mapping: ActivityMapping) -> ActivityMapping:
        roles = tuple(_chosen(combo, Role) for combo in self.role_combos)
        fixed_time = None
        if self.use_date.isChecked():
            fixed_time = self.date.dateTime().toPython().astimezone(UTC)
        return replace(
            mapping,
            roles=roles,
            fixed_kind=_chosen(self.fixed_kind, InteractionKind),
            fixed_time=fixed_time,
            people=self.people,
        )

    def choose_people_file(self, path: str | None = None, key_column: str | None = None) -> None:
        """Read a people file and index it by the column (or row order) the user picks."""
        from PySide6.QtWidgets import QInputDialog

        from leaddesk.core.activity.mapping import people_index

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("People file"),
                "",
                QCoreApplication.translate("ActivityWizard", FILTER),
            )
            if not path:
                return
        service = self.wizard_.service
        table = self.wizard_.window_.run_guarded(lambda: service.read(path))
        if table is None:
            return
        if key_column is None:
            choices = [self.tr("(row order: id 1 is the first person)"), *table.headers]
            picked, ok = QInputDialog.getItem(
                self,
                self.tr("People file"),
                self.tr("Which column holds the id?"),
                choices,
                0,
                False,
            )
            if not ok:
                return
            key_column = "#row" if picked == choices[0] else picked
        people = self.wizard_.window_.run_guarded(
            lambda: people_index(table.headers, table.rows(), key_column)
        )
        if people is None:
            return
        self.people = people
        self.people_label.setText(
            self.tr("{count} people from {file}").format(count=len(people), file=table.file_name)
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        from leaddesk.core.activity.mapping import check_mapping

        try:
            check_mapping(self.apply(self.wizard_.mapping))
        except LeadDeskError as err:
            self.problem.setText(translate_error(err))
            return False
        self.problem.setText("")
        return True


class _ValuesPage(QWizardPage):
    """What each value of the 'what' column means (remembered for next time)."""

    def __init__(self, wizard: ActivitySession) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("What each event means"))
        self.setSubTitle(
            self.tr("LeadDesk guessed the meaning of the tool's words; correct any that are wrong.")
        )
        self.grid = QTableWidget(0, 3, self)
        self.grid.setAccessibleName(self.tr("What each event means"))
        self.grid.setHorizontalHeaderLabels(
            [self.tr("In the file"), self.tr("Interaction"), self.tr("Offer")]
        )
        self.grid.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.values: list[str] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)

    def initializePage(self) -> None:
        wizard = self.wizard_
        mapping = wizard.columns_page.apply(wizard.mapping)
        meanings = wizard.service.value_table(wizard.table, mapping)
        meanings.update({k: v for k, v in wizard.mapping.values.items() if k in meanings})
        self.values = sorted(meanings)
        self.grid.setRowCount(len(self.values))
        kinds = [(self.tr("(not an interaction)"), None)] + [
            (core_tr(k.value.replace("_", " ")), k) for k in InteractionKind
        ]
        offers = [(self.tr("—"), None)] + [(core_tr(o.value.replace("_", " ")), o) for o in Offer]
        for row, value in enumerate(self.values):
            meaning = meanings[value]
            self.grid.setItem(row, 0, QTableWidgetItem(value))
            self.grid.setCellWidget(row, 1, _combo(self.grid, kinds, meaning.kind))
            self.grid.setCellWidget(row, 2, _combo(self.grid, offers, meaning.offer))

    def apply(self, mapping: ActivityMapping) -> ActivityMapping:
        if not self.values:
            return mapping
        values = dict(mapping.values)
        for row, value in enumerate(self.values):
            kind = _chosen(self.grid.cellWidget(row, 1), InteractionKind)
            offer = _chosen(self.grid.cellWidget(row, 2), Offer)
            values[value] = EventType(kind, offer)
        return replace(mapping, values=values)
