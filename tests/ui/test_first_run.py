"""The first run: an empty database guides to a first imported list, the demo or a server."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from leaddesk.core.stages import Stage
from leaddesk.ui.first_run import FirstRunPage, LifecyclePicture
from leaddesk.ui.importing.wizard import ImportWizard
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.settings.database import DatabaseSettingsDialog
from tests.ui.board_helpers import add_lead, shown_window
from tests.ui.test_journeys import LEADS_FILE, TIMEOUT, FileDialogs, next_page

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot: Any, workspace: Any) -> MainWindow:
    return shown_window(qtbot, workspace)


def test_an_empty_database_shows_the_first_run_page_not_empty_columns(window) -> None:
    page = window.pages.currentWidget()
    assert isinstance(page, FirstRunPage) and page.isVisible()
    texts = [b.text() for b in (page.import_button, page.demo_button, page.server_button)]
    assert texts == [
        "Import a spreadsheet…",
        "Open the demo pipeline",
        "Connect to a team server…",
    ]
    # Ctrl+1 (View → Board) on an empty database keeps the guide on screen.
    window.actions["view_board"].trigger()
    assert window.pages.currentWidget() is page


@pytest.mark.parametrize("other", ["view_reports", "view_my_day"])
def test_view_board_from_another_page_of_an_empty_database_shows_the_guide(window, other) -> None:
    """Ctrl+2 / Ctrl+3, then Ctrl+1: back to the first-run page, not left where it was."""
    window.actions[other].trigger()
    assert not isinstance(window.pages.currentWidget(), FirstRunPage)
    window.actions["view_board"].trigger()
    assert isinstance(window.pages.currentWidget(), FirstRunPage)
    assert window.detail_dock.isHidden()


def test_a_database_with_leads_opens_on_the_board(qtbot, workspace) -> None:
    add_lead(workspace, first_name="Ana")
    win = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(win)
    assert win.pages.currentWidget() is win.board and win.first_run_page is None


def test_the_lifecycle_picture_names_every_stage_in_order(window, qtbot) -> None:
    picture = window.findChild(LifecyclePicture)
    text = picture.accessibleDescription()
    names = ["Lead", "MQL", "SAL", "SQL", "Customer", "Nurture", "Disqualified"]
    positions = [text.find(name) for name in names]
    assert -1 not in positions and positions[:5] == sorted(positions[:5])
    image = picture.grab().toImage()
    assert picture.width() >= picture.sizeHint().width()
    # Painted, not blank: the boxes' edges differ from the background somewhere in each box.
    for position in range(5):
        rect = picture.funnel_rect(position).toRect()
        colours = {image.pixel(x, rect.center().y()) for x in range(rect.left(), rect.right())}
        assert len(colours) > 2, f"the box of stage {position} is not painted"


def test_connect_to_a_team_server_opens_the_settings_on_the_server(window, qtbot) -> None:
    qtbot.mouseClick(window.first_run_page.server_button, CLICK)
    dialog = window.findChild(DatabaseSettingsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.use_server.isChecked() and dialog.host.isEnabled()
    dialog.reject()


def test_open_the_demo_pipeline_switches_to_the_filled_demo(qtbot, workspace, tmp_path) -> None:
    from leaddesk.app import open_workspace

    demo_url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    win = MainWindow(
        workspace,
        settings=QSettings(),
        open_demo=lambda: (demo_url, open_workspace(demo_url, demo=True, actor="t")),
    )
    qtbot.addWidget(win)
    qtbot.mouseClick(win.first_run_page.demo_button, CLICK)
    assert win.workspace is not workspace and win.workspace.leads.count_leads() == 500
    assert win.pages.currentWidget() is win.board
    assert sum(c.model.rowCount() for c in win.board.columns.values()) > 0
    win.workspace.close()


def test_the_first_run_leads_to_a_first_imported_list_in_a_few_clicks(
    qtbot, window, shared_data: Path, monkeypatch, tmp_path
) -> None:
    """Import a spreadsheet… → the wizard on the chosen file → Next ×3 → Test → Next →
    Import: the board shows the new leads. Counted: 7 clicks and one file chosen."""
    dialogs = FileDialogs(monkeypatch)
    dialogs.open_paths.append(shared_data / LEADS_FILE)
    started = time.monotonic()
    clicks = 0

    def click(widget: Any) -> None:
        nonlocal clicks
        clicks += 1
        qtbot.mouseClick(widget, CLICK)

    assert not window.detail_dock.isVisible()  # no lead to show beside the guide
    click(window.first_run_page.import_button)
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.error_dir = tmp_path
    qtbot.waitUntil(lambda: wizard.table is not None, timeout=TIMEOUT)
    for _page in range(3):  # preview → columns → options → test
        clicks += 1
        next_page(wizard)
    click(wizard.test_page.test_button)
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=TIMEOUT)
    clicks += 1
    next_page(wizard)
    click(wizard.import_page.import_button)
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=TIMEOUT)

    assert window.pages.currentWidget() is window.board and window.board.isVisible()
    assert window.board.columns[Stage.LEAD].model.rowCount() == 100
    assert window.count_label.text() == "100 leads"
    assert window.detail_dock.isVisible()  # back beside the board
    assert clicks <= 7 and dialogs.asked == ["Import leads"]
    assert time.monotonic() - started < 60


def test_the_first_run_actions_fit_their_texts_in_spanish(qtbot, workspace) -> None:
    from tests.ui.i18n_helpers import language

    with language("es"):
        page = shown_window(qtbot, workspace).first_run_page
        for button in (page.import_button, page.demo_button, page.server_button):
            needed = button.fontMetrics().horizontalAdvance(button.text())
            needed += button.iconSize().width()
            assert needed < button.width(), button.text()


def test_the_panel_hidden_for_the_first_run_comes_back_next_time(qtbot, window, workspace) -> None:
    assert not window.detail_dock.isVisible()
    window.close()  # saves the layout
    add_lead(workspace, first_name="Ana")
    again = shown_window(qtbot, workspace)
    assert again.pages.currentWidget() is again.board and again.detail_dock.isVisible()
