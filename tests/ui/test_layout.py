"""Every screen at 1366×768 (the most common laptop) in English, Spanish and Czech on the demo
pipeline: no clipped text, all seven board columns in sight, the window no wider than the
screen."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QDialog, QStyleOptionViewItem, QWidget

from leaddesk import app as app_module
from leaddesk.core.stages import BOARD_ORDER, Stage
from leaddesk.ui.board.card_delegate import LATE_COLOUR, MARGIN_Y, PAD
from leaddesk.ui.board.stage_model import CardRole, LateRole
from leaddesk.ui.dialogs import NewLeadDialog
from leaddesk.ui.importing.wizard import open_import_wizard
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.qualification.form import QualificationForm, open_qualification_form
from leaddesk.ui.scoring.editor import open_rules_editor
from leaddesk.ui.settings.preferences import PreferencesDialog
from leaddesk.ui.tasks import wait_for_background_work
from tests.ui.i18n_helpers import language
from tests.ui.layout_helpers import (
    clipped_texts,
    columns_out_of_sight,
    cramped_form_labels,
    elided_line_edits,
)
from tests.ui.test_menu_crawl import demo_database  # noqa: F401  (the demo pipeline, made once)

SCREEN = QSize(1366, 768)
LONG_ADDRESS = "https://www.studio-dentistico-aurora.example.it/contatti/richiesta-preventivo"


@pytest.fixture
def window(qtbot: Any, demo_database: Path, tmp_path: Path) -> Iterator[MainWindow]:  # noqa: F811
    database = tmp_path / demo_database.name
    shutil.copy(demo_database, database)
    workspace = app_module.open_workspace(str(database), actor="tester")
    window = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    settle()
    yield window
    workspace.close()


def settle() -> None:
    for _ in range(3):
        wait_for_background_work(10_000)
        QApplication.processEvents()


def on_laptop(dialog: QWidget) -> QWidget:
    """The size a window takes on a 1366×768 screen: the size it asks for (else its size
    hint, at most 2/3 of the screen, what Qt gives a new window), never below its minimum."""
    least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized):
        size = dialog.size().boundedTo(SCREEN)
    else:
        size = dialog.sizeHint().boundedTo(QSize(SCREEN.width() * 2 // 3, SCREEN.height() * 2 // 3))
    dialog.resize(size.expandedTo(least))
    settle()
    return dialog


def sal_lead(window: MainWindow) -> int:
    return window.board.columns[Stage.SAL].model.ids[0]


def leads_file(tmp_path: Path) -> str:
    path = tmp_path / "leads.csv"
    with path.open("w", newline="") as fh:
        csv.writer(fh).writerows([["Nombre", "Correo", "Empresa"], ["Ana", "ana@x.es", "Ruiz"]])
    return str(path)


def dialog_of(window: MainWindow, kind: type[QDialog]) -> QDialog:
    found = [d for d in window.findChildren(kind) if d.isVisible()]
    assert found, f"no {kind.__name__} open"
    return found[-1]


def screens(tmp_path: Path, problems: list[str]) -> dict[str, Callable[[MainWindow], QWidget]]:
    """Each screen, opened the way the user opens it; pages are shown in the main window."""

    def page(show: str) -> Callable[[MainWindow], QWidget]:
        return lambda w: (getattr(w, show)(), w)[1]

    def lead_panel(w: MainWindow) -> QWidget:
        w.show_board()
        lead_id = sal_lead(w)
        w.workspace.leads.edit_lead(lead_id, {"website": LONG_ADDRESS}, None)
        w.open_lead(lead_id)
        for tab in range(w.detail_dock.widget().tabs.count()):  # each tab, whole
            w.detail_dock.widget().tabs.setCurrentIndex(tab)
            settle()
            problems.extend(clipped_texts(w.detail_dock))
        w.detail_dock.widget().tabs.setCurrentIndex(1)  # the fields
        return w

    def rules_editor(w: MainWindow) -> QWidget:
        editor = on_laptop(open_rules_editor(w))
        hidden = columns_out_of_sight(editor.table.horizontalHeader())
        problems.extend(f"rules column {name!r} out of sight" for name in hidden)
        return editor

    def opened(open_it: Callable[[MainWindow], Any], kind: type[QDialog]) -> Callable:
        return lambda w: on_laptop((open_it(w), dialog_of(w, kind))[1])

    return {
        "board": page("show_board"),
        "my day": page("show_my_day"),
        "reports": page("show_reports"),
        "lead panel": lead_panel,
        "rules editor": rules_editor,
        "call form": opened(lambda w: open_qualification_form(w, sal_lead(w)), QualificationForm),
        "new lead": opened(lambda w: w.new_lead(), NewLeadDialog),
        "import wizard": lambda w: on_laptop(open_import_wizard(w, leads_file(tmp_path))),
        "preferences": opened(lambda w: w.show_preferences(), PreferencesDialog),
    }


def walk(window: MainWindow, tmp_path: Path) -> dict[str, list[str]]:
    problems: dict[str, list[str]] = {}
    for name, opener in screens(tmp_path, found := []).items():
        widget = opener(window)
        settle()
        found += clipped_texts(widget) + elided_line_edits(widget) + cramped_form_labels(widget)
        if widget is window:
            tabs = getattr(window.pages.currentWidget(), "tab_widget", None)
            for i in range(tabs.count() if tabs is not None else 0):  # every report
                tabs.setCurrentIndex(i)
                settle()
                found += clipped_texts(window)
        if found:
            problems[name], found[:] = list(found), []
        if widget is not window:
            widget.close()
            settle()
        assert window.width() <= SCREEN.width(), f"{name} widened the window"
    return problems


@pytest.mark.parametrize("code", ["en", "es", "cs"])
def test_no_text_is_clipped_at_1366x768(window, tmp_path, code) -> None:
    with language(code):
        window.close()  # a new window in the language, as the app starts in it
        workspace = window.workspace
        fresh = MainWindow(workspace, settings=QSettings())
        fresh.resize(SCREEN)
        fresh.show()
        settle()
        try:
            problems = walk(fresh, tmp_path)
        finally:
            fresh.close()
            fresh.deleteLater()
            settle()
    assert not problems, "\n".join(f"{k}: {p}" for k, v in problems.items() for p in v)


@pytest.mark.parametrize("size", [SCREEN, QSize(1920, 1080)], ids=["1366", "1920"])
@pytest.mark.parametrize("panel", [False, True], ids=["panel-closed", "panel-open"])
def test_all_seven_columns_are_on_screen(window, panel, size) -> None:
    window.resize(size)
    if panel:
        window.open_lead(sal_lead(window))
    else:
        window.detail_dock.close()
    settle()
    board = window.board
    for stage in BOARD_ORDER:
        column = board.columns[stage]
        shown = column.visibleRegion().boundingRect()
        assert shown.width() == column.width(), f"{stage.value} is cut or off-screen"
        assert column.list_view.viewport().width() >= 100, f"{stage.value} is too narrow"


def test_the_new_lead_dialog_has_room_for_an_email_address(window) -> None:
    window.actions["new_lead"].trigger()
    dialog = on_laptop(dialog_of(window, NewLeadDialog))
    assert dialog.width() >= 400
    assert dialog.edits["email"].width() >= 250


def test_the_call_form_is_as_wide_for_every_lead(window) -> None:
    widths = set()
    for lead_id in window.board.columns[Stage.SAL].model.ids[:4]:
        form = open_qualification_form(window, lead_id)
        assert form is not None
        settle()
        widths.add(form.width())
        form.reject()
        settle()
    assert len(widths) == 1, widths


def test_a_narrow_card_elides_with_a_tooltip_and_the_late_badge_leaves_the_company(window):
    window.open_lead(sal_lead(window))  # the side panel open: the narrowest cards
    settle()
    view = window.board.columns[Stage.SAL].list_view
    model = view.model()
    rows = [model.index(r) for r in range(min(model.rowCount(), 30))]
    late = next(i for i in rows if i.data(LateRole))
    card = late.data(CardRole)
    tip = late.data(Qt.ItemDataRole.ToolTipRole)
    assert card.name in tip and card.company in tip and card.job_title in tip
    rect = view.visualRect(late)
    image = QImage(rect.size(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(QPoint(0, 0), rect.size())
    view.itemDelegate().paint(painter, option, late)
    painter.end()
    line = view.fontMetrics().height()
    top = MARGIN_Y + PAD - 2
    badge = {LATE_COLOUR.rgb()}
    rows_with_badge = {
        (y - top) // line
        for y in range(top, top + 3 * line)
        for x in range(image.width())
        if image.pixel(x, y) in badge
    }
    assert rows_with_badge == {2}, "the late badge belongs beside the days, not over the company"
