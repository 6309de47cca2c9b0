"""The import wizard's options page: what the user picks is what the import does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from leaddesk.core.values import DateOrder
from leaddesk.ui.importing.wizard import open_import_wizard
from leaddesk.ui.main_window import MainWindow


@pytest.fixture
def workspace(sqlite_url: str) -> Iterator[Any]:
    from leaddesk.app import build_workspace
    from leaddesk.storage.db import open_database

    ws = build_workspace(open_database(sqlite_url), actor="tester")
    yield ws
    ws.close()


def dry_run_with(qtbot: Any, workspace: Any, path: Path, order_text: str) -> Any:
    """Walk the wizard to the test page with ``order_text`` picked for dates; run the test."""
    window = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(window)
    wizard = open_import_wizard(window, str(path))
    qtbot.waitUntil(lambda: wizard.table is not None, timeout=10_000)
    wizard.next()
    wizard.next()
    combo = wizard.options_page.date_order
    combo.setCurrentIndex(combo.findText(order_text, Qt.MatchFlag.MatchStartsWith))
    wizard.next()
    qtbot.mouseClick(wizard.test_page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=10_000)
    wizard.close()
    return wizard.report


@pytest.fixture
def us_dates(tmp_path: Path) -> Path:
    """Birthdays written month first, as in US exports: 1/29/1933 cannot be day first."""
    path = tmp_path / "us.csv"
    path.write_text("Email,Birthday\nann@lee.com,1/29/1933\nbob@roe.com,10/7/1991\n")
    return path


@pytest.mark.parametrize("order_text", ["Decide from", "Month first"])
def test_month_first_dates_are_read_month_first(
    qtbot: Any, workspace: Any, us_dates: Path, order_text: str
) -> None:
    report = dry_run_with(qtbot, workspace, us_dates, order_text)
    assert report.count("invalid") == 0, report.problems
    assert report.count("new") == 2
    assert report.date_orders["Birthday"] is DateOrder.MONTH_FIRST


def test_day_first_chosen_reads_day_first_and_refuses_what_cannot_be(
    qtbot: Any, workspace: Any, us_dates: Path
) -> None:
    report = dry_run_with(qtbot, workspace, us_dates, "Day first")
    # 1/29/1933: there is no 29th month; the lead is kept, its birthday left empty
    assert report.count("invalid") == 0 and report.count("values_cleared") == 1
    assert report.problems[0].column == "Birthday"


def test_options_page_shows_two_ambiguous_dates_read_both_ways(
    qtbot: Any, workspace: Any, tmp_path: Path
) -> None:
    path = tmp_path / "fair.csv"
    path.write_text("Email,Visit\nann@lee.com,01/09/2008\nbob@roe.com,03/04/2020\n")
    window = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(window)
    wizard = open_import_wizard(window, str(path))
    qtbot.waitUntil(lambda: wizard.table is not None, timeout=10_000)
    wizard.next()
    wizard.next()
    text = wizard.options_page.date_examples.text()
    assert "01/09/2008: day first" in text and "03/04/2020: day first" in text
    assert "September" in text and "January" in text  # 1 September / 9 January 2008
    assert "(your locale's order)" in text
    wizard.close()
