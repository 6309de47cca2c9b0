"""The reports page: opens on known histories, follows its filters and the app, exports."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from matplotlib.colors import to_hex
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette

from leaddesk.app import build_workspace
from leaddesk.storage.db import open_database
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.reports.view import PERIODS, ReportsPage
from tests.reports_data import at, insert_histories


@pytest.fixture
def window(qtbot, sqlite_url: str) -> Iterator[MainWindow]:
    db = open_database(sqlite_url)
    insert_histories(db.engine)
    workspace = build_workspace(db, actor="tester")
    workspace.leads.clock = lambda: at(40)
    win = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(win)
    win.show()
    yield win
    workspace.close()


def wait_until_shown(qtbot, page: ReportsPage) -> None:
    """Wait until the results on screen are those of the filter bar as it is now."""
    qtbot.waitUntil(
        lambda: (
            page.result is not None
            and page.result.filter == page.current_filter()
            and page._task is None
            and not page._timer.isActive()
        ),
        timeout=20_000,
    )


def open_reports(qtbot, window: MainWindow) -> ReportsPage:
    window.actions["view_reports"].trigger()
    page = window.reports_page
    assert isinstance(page, ReportsPage)
    page.period.setCurrentIndex(PERIODS.index("all"))
    wait_until_shown(qtbot, page)
    return page


def test_ctrl_2_opens_the_funnel_of_the_known_histories(qtbot, window) -> None:
    assert window.actions["view_reports"].shortcut().toString() == "Ctrl+2"
    page = open_reports(qtbot, window)
    assert window.pages.currentWidget() is page
    table = page.tabs["funnel"].tables[0]
    assert table.shown_column("Stage")[:5] == ["Lead", "MQL", "SAL", "SQL", "Customer"]
    assert table.shown_column("Leads reached") == ["6", "4", "4", "3", "1", "1"]
    assert table.shown_column("Of which skipped it")[2] == "1"  # the lead that skipped SAL
    assert table.shown_column("Conversion from previous")[3] == "75.0 %"
    assert page.tabs["funnel"].canvas.figure.axes  # the chart is drawn


def test_changing_a_filter_changes_the_table(qtbot, window) -> None:
    page = open_reports(qtbot, window)
    page.owner.setCurrentIndex(page.owner.findData("tom"))
    wait_until_shown(qtbot, page)
    table = page.tabs["funnel"].tables[0]
    assert table.shown_column("Leads reached") == ["3", "2", "2", "1", "0", "1"]
    page.owner.setCurrentIndex(0)  # everyone again
    page.source.setCurrentIndex(page.source.findData("Referral"))
    wait_until_shown(qtbot, page)
    assert table.shown_column("Leads reached")[:5] == ["2", "2", "2", "2", "1"]


def test_period_excludes_leads_created_outside_it(qtbot, window) -> None:
    page = open_reports(qtbot, window)
    page.date_from.setDate(page.date_from.date().fromString("2026-02-01", "yyyy-MM-dd"))
    page.date_to.setDate(page.date_to.date().fromString("2026-03-01", "yyyy-MM-dd"))
    assert page.period.currentData() == "custom"
    wait_until_shown(qtbot, page)
    assert page.tabs["funnel"].tables[0].shown_column("Leads reached")[0] == "0"


def test_group_table_is_one_row_per_source_and_sortable(qtbot, window) -> None:
    page = open_reports(qtbot, window)
    page.group_by.setCurrentIndex(0)  # source channel
    table = page.tabs["groups"].tables[0]
    assert sorted(table.shown_column("Source channel")) == [
        "Paid search",
        "Purchased list",
        "Referral",
    ]
    column = [c.label for c in table.source_model.table.columns].index("To SQL")
    table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert table.shown_column("Source channel")[0] == "Referral"
    assert table.shown_column("To SQL") == ["100.0 %", "50.0 %", "0.0 %"]
    page.group_by.setCurrentIndex(page.group_by.findData(page.group_by.itemData(3)))  # owner
    assert sorted(table.shown_column("Owner")) == ["ana", "tom"]


def test_new_leads_show_after_the_app_reports_its_changes(qtbot, window) -> None:
    page = open_reports(qtbot, window)
    done = window.workspace.leads.create_lead({"first_name": "Nora", "owner": "nora"})
    window.apply_changes(done.changes)
    wait_until_shown(qtbot, page)
    qtbot.waitUntil(lambda: page.result is not None and page.result.funnel.leads == 7)
    assert page.owner.findData("nora") > 0  # the filter offers the new owner


def test_export_writes_the_tab_to_xlsx(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    page = open_reports(qtbot, window)
    target = tmp_path / "funnel"  # the suffix is added
    monkeypatch.setattr(
        "leaddesk.ui.reports.view.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    qtbot.mouseClick(page.tabs["funnel"].export_button, Qt.MouseButton.LeftButton)
    path = tmp_path / "funnel.xlsx"
    assert path.exists()
    sheet = openpyxl.load_workbook(path)["Funnel"]
    assert [sheet.cell(row, 2).value for row in range(2, 7)] == [6, 4, 4, 3, 1]
    assert sheet.cell(3, 4).value == pytest.approx(4 / 6)
    assert sheet.cell(1, 1).value == "Stage"


def test_every_tab_exports_its_tables(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    page = open_reports(qtbot, window)
    for key, sheets in (("timing", 2), ("calls", 2), ("score", 2), ("groups", 1)):
        target = tmp_path / f"{key}.xlsx"
        monkeypatch.setattr(
            "leaddesk.ui.reports.view.QFileDialog.getSaveFileName",
            lambda *a, t=target, **k: (str(t), ""),
        )
        page.tabs[key].export_button.click()
        assert len(openpyxl.load_workbook(target).sheetnames) == sheets
    timing = openpyxl.load_workbook(tmp_path / "timing.xlsx").worksheets[0]
    rows = {r[0]: r for r in timing.iter_rows(min_row=2, values_only=True)}
    assert rows["SQL"][2] == pytest.approx(7.5)  # median days in SQL


def test_chart_saves_as_png(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    page = open_reports(qtbot, window)
    target = tmp_path / "chart.png"
    monkeypatch.setattr(
        "leaddesk.ui.reports.view.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    page.tabs["groups"].png_button.click()
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert target.stat().st_size > 5_000


def test_charts_follow_a_dark_palette(qtbot, window) -> None:
    page = open_reports(qtbot, window)
    dark = QPalette(page.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    page.setPalette(dark)
    figure = page.tabs["funnel"].canvas.figure
    qtbot.waitUntil(lambda: to_hex(figure.get_facecolor()) == "#202124")
    ticks = figure.axes[0].get_yticklabels()
    assert to_hex(ticks[0].get_color()) == "#e8eaed"


def test_the_app_starts_without_matplotlib() -> None:
    code = "import sys, leaddesk.app, leaddesk.ui.main_window; print('matplotlib' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "False"


def test_a_long_import_file_name_does_not_widen_the_window(qtbot, window, sqlite_url) -> None:
    from datetime import UTC, datetime

    from sqlalchemy import insert

    from leaddesk.storage.models import ImportBatchRow

    name = "odoo18_res_partner_import_template — lista comprada feria Barcelona 2026 (final).xlsx"
    window.resize(1300, 700)
    width = window.width()
    db = open_database(sqlite_url)  # an import made earlier, e.g. by a colleague
    with db.engine.begin() as conn:
        conn.execute(insert(ImportBatchRow), [{"file_name": name, "created_at": datetime.now(UTC)}])
    db.close()
    page = open_reports(qtbot, window)
    page.refresh_options()
    qtbot.wait(50)
    assert window.width() <= width  # the Batch box no longer sizes itself to its longest entry
    page.batch.setCurrentIndex(page.batch.count() - 1)
    assert name in page.batch.toolTip()  # the whole name is still there to read
