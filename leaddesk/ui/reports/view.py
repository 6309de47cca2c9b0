"""The reports page (View → Reports): a filter bar and five tabs, each a chart and tables.

Everything is computed in the background by the reports service; the page only shows it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leaddesk.core.changes import Changes
from leaddesk.core.reports.funnel import GroupBy, ReportFilter
from leaddesk.core.reports.service import ReportOptions, ReportService, ReportSet
from leaddesk.core.reports.tables import ReportTable
from leaddesk.ui.dialogs import show_error
from leaddesk.ui.formatting import date_edit_format, format_number, format_period
from leaddesk.ui.reports.charts import ChartCanvas
from leaddesk.ui.reports.paint import TAB_KEYS, chart_for
from leaddesk.ui.reports.table_model import ReportTableView, translated
from leaddesk.ui.tasks import Task, start_task

PERIODS = ("30d", "90d", "12m", "year", "all", "custom")
RECOMPUTE_DELAY_MS = 150


class ReportTab(QWidget):
    """A chart above its tables, with the tab's export buttons."""

    def __init__(self, page: ReportsPage, key: str, tables: int) -> None:
        super().__init__(page)
        self.key = key
        self.controls = QHBoxLayout()
        self.export_button = QPushButton(
            QCoreApplication.translate("ReportsPage", "Export to Excel…"), self
        )
        self.png_button = QPushButton(
            QCoreApplication.translate("ReportsPage", "Save chart as PNG…"), self
        )
        self.export_button.clicked.connect(lambda: page.export_tab(key))
        self.png_button.clicked.connect(lambda: page.save_chart(key))
        self.controls.addStretch(1)
        self.controls.addWidget(self.export_button)
        self.controls.addWidget(self.png_button)
        self.canvas = ChartCanvas(self)
        self.tables = [ReportTableView(self) for _ in range(tables)]
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.canvas)
        below = QSplitter(Qt.Orientation.Horizontal, split)
        for table in self.tables:
            below.addWidget(table)
        split.addWidget(below)
        split.setSizes([320, 280])
        layout = QVBoxLayout(self)
        layout.addLayout(self.controls)
        layout.addWidget(split, 1)


#: The width of the owner, source, campaign and batch boxes, in characters.
FILTER_CHARS = 16


class ReportsPage(QWidget):
    """Funnel, by group, time in stage, calls and score quality, for the chosen filters."""

    #: emitted when a computation's results are on screen
    reports_shown = Signal()

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("reportsPage")
        self._window = window
        self.result: ReportSet | None = None
        self._task: Task | None = None
        self._generation = 0
        self._dirty = True
        self._stale_charts: set[str] = set()
        self._timer = QTimer(self, singleShot=True, interval=RECOMPUTE_DELAY_MS)
        self._timer.timeout.connect(self.recompute)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filter_bar())
        self.status = QLabel(self)
        layout.addWidget(self.status)
        self.tab_widget = QTabWidget(self)
        self.tabs: dict[str, ReportTab] = {}
        titles = {
            "funnel": self.tr("Funnel"),
            "groups": self.tr("By group"),
            "timing": self.tr("Time in stage"),
            "calls": self.tr("Qualification calls"),
            "score": self.tr("Score quality"),
        }
        for key in TAB_KEYS:
            tables = 1 if key in ("funnel", "groups") else 2
            self.tabs[key] = ReportTab(self, key, tables)
            self.tab_widget.addTab(self.tabs[key], titles[key])
        self.group_by = QComboBox(self)
        for by, label in (
            (GroupBy.SOURCE, self.tr("Source channel")),
            (GroupBy.CAMPAIGN, self.tr("Campaign")),
            (GroupBy.BATCH, self.tr("Import batch (purchased list)")),
            (GroupBy.OWNER, self.tr("Owner")),
        ):
            self.group_by.addItem(label, by)
        self.group_by.currentIndexChanged.connect(lambda _i: self._show_tab("groups"))
        self.tab_widget.currentChanged.connect(lambda _i: self._draw_stale_chart())
        controls = self.tabs["groups"].controls
        controls.insertWidget(0, QLabel(self.tr("Split by:"), self))
        controls.insertWidget(1, self.group_by)
        layout.addWidget(self.tab_widget, 1)
        self.refresh_options()
        self._set_period("12m")

    # -- the filter bar ------------------------------------------------------------------
    def _build_filter_bar(self) -> QVBoxLayout:
        """Two rows — when, then who and where from — so that the page fits a laptop screen."""
        rows = QVBoxLayout()
        when, who = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(when)
        rows.addLayout(who)
        self.period = QComboBox(self)
        for key, label in zip(
            PERIODS,
            (
                self.tr("Last 30 days"),
                self.tr("Last 90 days"),
                self.tr("Last 12 months"),
                self.tr("This year"),
                self.tr("All time"),
                self.tr("Custom"),
            ),
            strict=True,
        ):
            self.period.addItem(label, key)
        self.date_from = QDateEdit(self, calendarPopup=True, displayFormat=date_edit_format())
        self.date_to = QDateEdit(self, calendarPopup=True, displayFormat=date_edit_format())
        self.owner = QComboBox(self)
        self.source = QComboBox(self)
        self.campaign = QComboBox(self)
        self.batch = QComboBox(self)
        for label, widget in (
            (self.tr("Leads created:"), self.period),
            (self.tr("from"), self.date_from),
            (self.tr("to"), self.date_to),
            (self.tr("Owner:"), self.owner),
            (self.tr("Source:"), self.source),
            (self.tr("Campaign:"), self.campaign),
            (self.tr("Batch:"), self.batch),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            row = when if widget in (self.period, self.date_from, self.date_to) else who
            row.addWidget(caption)
            row.addWidget(widget)
        when.addStretch(1)
        who.addStretch(1)
        self.period.currentIndexChanged.connect(
            lambda _i: self._set_period(self.period.currentData())
        )
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._dates_edited)
        for combo in (self.owner, self.source, self.campaign, self.batch):
            # A long file name or campaign must not widen the window past the screen: the
            # box keeps a readable width, its list shows whole entries, its tooltip the choice.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(FILTER_CHARS)
            combo.currentIndexChanged.connect(lambda _i: self.schedule())
            combo.currentTextChanged.connect(combo.setToolTip)
        return rows

    def _set_period(self, key: str) -> None:
        today = QDate.currentDate()
        starts = {
            "30d": today.addDays(-29),
            "90d": today.addDays(-89),
            "12m": today.addYears(-1).addDays(1),
            "year": QDate(today.year(), 1, 1),
        }
        self.period.blockSignals(True)
        self.period.setCurrentIndex(PERIODS.index(key))
        self.period.blockSignals(False)
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
        if key in starts:
            self.date_from.setDate(starts[key])
            self.date_to.setDate(today)
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(key != "all")
            edit.blockSignals(False)
        self.schedule()

    def _dates_edited(self) -> None:
        self.period.blockSignals(True)
        self.period.setCurrentIndex(PERIODS.index("custom"))
        self.period.blockSignals(False)
        self.schedule()

    def refresh_options(self) -> None:
        """Fill the filter combos from the database, keeping what is chosen."""
        service = self.service
        options = service.options() if service is not None else ReportOptions()
        everyone = self.tr("All")
        for combo, values in (
            (self.owner, [(v, v) for v in options.owners]),
            (self.source, [(v, v) for v in options.sources]),
            (self.campaign, [(v, v) for v in options.campaigns]),
            (self.batch, [(label, batch_id) for batch_id, label in options.batches]),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for label, data in values:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)
            combo.setToolTip(combo.currentText())
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)

    def current_filter(self) -> ReportFilter:
        """The filter bar as a :class:`ReportFilter` (dates are local days, end inclusive)."""
        start = end = None
        if self.period.currentData() != "all":
            start = _local_midnight(self.date_from.date())
            end = _local_midnight(self.date_to.date()) + timedelta(days=1)
        return ReportFilter(
            start=start,
            end=end,
            owner=self.owner.currentData() or "",
            source_channel=self.source.currentData() or "",
            campaign=self.campaign.currentData() or "",
            import_batch_id=self.batch.currentData(),
        )

    # -- computing -----------------------------------------------------------------------
    @property
    def service(self) -> ReportService:
        return self._window.workspace.reports

    def schedule(self) -> None:
        """Recompute soon (typing dates or flicking through combos computes once)."""
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def recompute(self) -> None:
        """Compute every report for the current filter in the background."""
        service = self.service
        if service is None:
            self.status.setText(self.tr("Reports are not available for this database."))
            return
        if self._task is not None:
            self._task.cancel()
        self._dirty = False
        self._generation += 1
        generation, flt = self._generation, self.current_filter()
        self.status.setText(self.tr("Computing…"))
        self._task = start_task(
            lambda progress: service.compute(flt, progress),
            on_done=lambda result: self._computed(generation, result),
            on_error=lambda err, details: self._failed(generation, err, details),
            on_cancel=lambda: None,
            parent=self,
            label=self.tr("Computing the reports…"),
        )

    def _computed(self, generation: int, result: ReportSet) -> None:
        if generation != self._generation:
            return  # a newer filter is already on its way
        self._task = None
        self.result = result
        self.status.setText(self._summary(result))
        self._stale_charts = set(TAB_KEYS)
        for key in TAB_KEYS:
            self._show_tab(key)
        self.reports_shown.emit()

    def _failed(self, generation: int, err: BaseException, details: str) -> None:
        if generation == self._generation:
            self._task = None
            self.status.setText(self.tr("The reports could not be computed."))
            show_error(self, err, details)

    def _summary(self, result: ReportSet) -> str:
        flt = result.filter
        if flt.start is None or flt.end is None:
            period = self.tr("all time")
        else:
            last = flt.end - timedelta(days=1)
            period = format_period(flt.start, last)
        return self.tr(
            "{leads} leads created in {period}. Calls and disqualifications are those dated "
            "in the period."
        ).format(leads=format_number(result.funnel.leads), period=period)

    def _show_tab(self, key: str) -> None:
        if self.result is None:
            return
        tab = self.tabs[key]
        for view, table in zip(tab.tables, self.tables_for(key), strict=True):
            view.set_table(table)
        self._stale_charts.add(key)
        self._draw_stale_chart()

    def _draw_stale_chart(self) -> None:
        """Draw the shown tab's chart if it is out of date (hidden tabs wait: drawing costs)."""
        tab = self.tab_widget.currentWidget()
        if self.result is None or not isinstance(tab, ReportTab):
            return
        if tab.key in self._stale_charts:
            self._stale_charts.discard(tab.key)
            painter = chart_for(tab.key, self.result, self.group_by.currentData())
            tab.canvas.draw_chart(painter)

    def tables_for(self, key: str) -> list[ReportTable]:
        """The tables a tab shows (and exports), untranslated."""
        assert self.result is not None
        return {
            "funnel": self.result.funnel_tables,
            "groups": lambda: self.result.group_tables(self.group_by.currentData()),  # type: ignore[union-attr]
            "timing": self.result.timing_tables,
            "calls": self.result.call_tables,
            "score": self.result.score_tables,
        }[key]()

    # -- exporting -----------------------------------------------------------------------
    def export_tab(self, key: str) -> None:
        """Ask for a file and write the tab's tables to it as .xlsx."""
        service = self.service
        if self.result is None or service is None:
            return
        path = self._ask_path(
            self.tr("Export report"), f"{key}.xlsx", self.tr("Excel workbook (*.xlsx)"), ".xlsx"
        )
        if path is None:
            return
        tables = [translated(t) for t in self.tables_for(key)]
        if self._window.run_guarded(lambda: service.export(path, tables) or True):
            self._window.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 5000)

    def save_chart(self, key: str) -> None:
        """Ask for a file and save the tab's chart to it as PNG."""
        path = self._ask_path(
            self.tr("Save chart"), f"{key}.png", self.tr("PNG image (*.png)"), ".png"
        )
        if path is None:
            return
        if key in self._stale_charts:
            self.tab_widget.setCurrentWidget(self.tabs[key])  # the chart saved is the one seen
        try:
            self.tabs[key].canvas.save_png(path)
        except OSError as err:
            show_error(self, err, str(err))
            return
        self._window.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 5000)

    def _ask_path(self, title: str, name: str, filter_text: str, suffix: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, title, name, filter_text)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    # -- following the rest of the app ---------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        """Any write may move the funnel: recompute (now if shown, else when next shown)."""
        if not changes:
            return
        if changes.everything or changes.batches or changes.added or changes.leads:
            self.refresh_options()
        self.schedule()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._timer.start()


def _local_midnight(day: QDate) -> datetime:
    return datetime(day.year(), day.month(), day.day()).astimezone()
