"""User journeys through the real main window, driven as a user drives them: menus and
shortcuts, wizard pages through their buttons and fields, dialogs through their widgets.

Only the native file dialogs are stood in for: they return a real file from the shared test
data (or a temporary file to write). Whatever the journey shows the user (board counts,
the timeline, status messages, the file written) is what the tests check.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWizard

from leaddesk.core.activity.column_roles import Role
from leaddesk.core.changes import Changes
from leaddesk.core.leads import InteractionKind, Offer
from leaddesk.core.qualification.outcomes import Outcome
from leaddesk.core.stages import Stage
from leaddesk.ui.activity.wizard import ActivityWizard
from leaddesk.ui.board.stage_model import CardRole
from leaddesk.ui.detail.view import LeadDetailView
from leaddesk.ui.exporting.dialog import ExportDialog
from leaddesk.ui.importing.wizard import ImportWizard
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.qualification.form import QualificationForm
from tests.ui.board_helpers import add_lead

LEADS_FILE = "oro_crm_demo_leads.csv"  # 100 fake US leads; birthdays written 1/29/1933
CONTACTS_FILE = "activity/mautic_demo_contacts_for_hits.csv"  # 50 contacts (+4 anonymous)
FORM_RESULTS_FILE = "activity/mautic_demo_form_results_es.csv"  # 50 sign-ups, no dates
TIMEOUT = 20_000


@pytest.fixture
def workspace(sqlite_url: str) -> Iterator[Any]:
    """SQLite, on the real clock: activity dated today must count fully in the score."""
    from leaddesk.app import build_workspace
    from leaddesk.storage.db import open_database

    ws = build_workspace(open_database(sqlite_url), actor="tester")
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot: Any, workspace: Any) -> MainWindow:
    window = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


@pytest.fixture
def untouched_shared_data(shared_data: Path) -> Iterator[Path]:
    """The shared test data: a journey never writes beside the files it reads (a rejected-rows
    workbook, say). Only names taken from those files are watched: other runs share the folder."""
    stems = tuple(Path(name).stem for name in (LEADS_FILE, CONTACTS_FILE, FORM_RESULTS_FILE))
    before = set(shared_data.rglob("*"))
    yield shared_data
    written = [p for p in set(shared_data.rglob("*")) - before if p.name.startswith(stems)]
    assert written == []


class FileDialogs:
    """Stands in for the native file dialogs: answers with a path, remembers the captions."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.open_paths: list[Path] = []
        self.save_path: Path | None = None
        self.asked: list[str] = []
        self.started_in: list[str] = []  # the folder each dialog opened in
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(self._open))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(self._save))

    def _open(
        self, _parent: Any = None, caption: str = "", folder: str = "", *_a: Any, **k: Any
    ) -> Any:
        self.asked.append(caption)
        self.started_in.append(k.get("dir", folder))
        return (str(self.open_paths.pop(0)), "") if self.open_paths else ("", "")

    def _save(self, _parent: Any = None, caption: str = "", *_a: Any, **_k: Any) -> Any:
        self.asked.append(caption)
        return (str(self.save_path), "") if self.save_path else ("", "")


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> FileDialogs:
    return FileDialogs(monkeypatch)


# -- what the user sees ---------------------------------------------------------------------
def menu_command(window: MainWindow, *path: str) -> QAction:
    """The command at ``path`` in the menu bar, found by the texts the user reads there."""
    actions = window.menuBar().actions()
    for step in path:
        found = [a for a in actions if _plain(a.text()) == step]
        assert found, f"no {step!r} in {[_plain(a.text()) for a in actions]}"
        action = found[0]
        actions = action.menu().actions() if action.menu() is not None else []
    assert action.isEnabled(), f"{' → '.join(path)} is disabled"
    return action


def _plain(text: str) -> str:
    return text.replace("&", "")


def board_counts(window: MainWindow) -> dict[Stage, int]:
    """Cards per column, as the column models hold them; each header must say the same."""
    counts = {}
    for stage, column in window.board.columns.items():
        counts[stage] = column.model.rowCount()
        assert column.count_label.text() == str(counts[stage]), stage
    return counts


def card_stage(window: MainWindow, lead_id: int) -> Stage | None:
    return window.board.displayed_stage(lead_id)


def card_of(window: MainWindow, lead_id: int) -> Any:
    """The card the board paints for the lead (name, score, grade…)."""
    stage = card_stage(window, lead_id)
    assert stage is not None, "the card is not on the board"
    model = window.board.columns[stage].model
    return model.data(model.index(model.row_of(lead_id)), CardRole)


def lead_by_email(workspace: Any, email: str) -> Any:
    return next(x for x in workspace.leads.repo.iter_leads() if x.email == email)


def click_card(qtbot: Any, window: MainWindow, lead_id: int) -> None:
    """Click the lead's card on the board, as a user selects it."""
    stage = card_stage(window, lead_id)
    assert stage is not None, "the card is not on the board"
    view = window.board.columns[stage].list_view
    index = view.model().index(window.board.columns[stage].model.row_of(lead_id))
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert window.selected_lead_ids() == [lead_id]


def open_card(qtbot: Any, window: MainWindow, lead_id: int) -> LeadDetailView:
    """Select the card and press Enter: the lead opens in the detail dock."""
    click_card(qtbot, window, lead_id)
    stage = card_stage(window, lead_id)
    qtbot.keyClick(window.board.columns[stage].list_view, Qt.Key.Key_Return)
    detail = window.detail_dock.widget()
    assert isinstance(detail, LeadDetailView) and detail.lead_id == lead_id
    return detail


def next_page(wizard: QWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def import_leads_with_wizard(
    qtbot: Any, window: MainWindow, dialogs: FileDialogs, path: Path, error_dir: Path
) -> ImportWizard:
    """File → Import… (Ctrl+I), through every page, up to the finished import."""
    dialogs.open_paths.append(path)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    wizard = window.findChild(ImportWizard)
    assert wizard is not None, "Ctrl+I opened no import wizard"
    wizard.error_dir = error_dir  # the user's own folder would do; never the shared data
    qtbot.waitUntil(lambda: wizard.table is not None, timeout=TIMEOUT)
    next_page(wizard)  # preview → columns
    assert wizard.currentPage() is wizard.mapping_page and wizard.mapping_page.isComplete()
    next_page(wizard)  # columns → options
    next_page(wizard)  # options → test
    qtbot.mouseClick(wizard.test_page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=TIMEOUT)
    next_page(wizard)  # test → import
    qtbot.mouseClick(wizard.import_page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=TIMEOUT)
    return wizard


# -- 1. a purchased list in, then taken back ------------------------------------------------
def test_import_a_real_list_from_the_file_menu_then_undo_it(
    qtbot: Any,
    window: MainWindow,
    workspace: Any,
    dialogs: FileDialogs,
    untouched_shared_data: Path,
    tmp_path: Path,
) -> None:
    # Leads already on the board before the import.
    add_lead(workspace, Stage.LEAD, first_name="Tereza", email="tereza@hotel.cz")
    add_lead(workspace, Stage.MQL, first_name="Marco", email="marco@forno.it")
    add_lead(workspace, Stage.SAL, first_name="Giulia", email="giulia@rossi.it")
    window.apply_changes(Changes(everything=True))  # as a sync would
    before = board_counts(window)
    assert sum(before.values()) == 3 and window.count_label.text() == "3 leads"

    dialogs.open_paths.append(untouched_shared_data / LEADS_FILE)
    menu_command(window, "File", "Import…").trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    assert dialogs.asked == ["Import leads"]
    wizard.error_dir = tmp_path
    qtbot.waitUntil(lambda: wizard.table is not None, timeout=TIMEOUT)
    assert "100 data row(s), 37 column(s)" in wizard.preview_page.info.text()

    # The mapping: the user drops the card numbers and passwords of this demo file.
    next_page(wizard)
    page = wizard.mapping_page
    assert page.mapping().as_dict()["EmailAddress"] == "email"
    assert page.mapping().as_dict()["GivenName"] == "first_name"
    for header in ("Password", "CCNumber", "CVV2", "NationalID"):
        combo = page.combos[page.headers.index(header)]
        combo.setCurrentIndex(combo.findData("ignore"))
    assert page.mapping().as_dict()["CCNumber"] == "ignore"

    # Options: US dates (birthdays like 1/29/1933), said so explicitly.
    next_page(wizard)
    options = wizard.options_page
    options.date_order.setCurrentIndex(
        options.date_order.findText("Month first", Qt.MatchFlag.MatchStartsWith)
    )
    options.campaign.setText("Oro demo list")

    # The dry run: every row is a new lead, nothing written yet.
    next_page(wizard)
    qtbot.mouseClick(wizard.test_page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=TIMEOUT)
    assert "New leads: 100" in wizard.test_page.counts.text()
    assert "Invalid rows: 0" in wizard.test_page.counts.text()
    assert board_counts(window) == before

    # The import: the leads are on the board, in Lead.
    next_page(wizard)
    qtbot.mouseClick(wizard.import_page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=TIMEOUT)
    after = board_counts(window)
    assert sum(after.values()) == 103
    assert after[Stage.LEAD] == before[Stage.LEAD] + 100
    assert window.count_label.text() == "103 leads"
    ramona = lead_by_email(workspace, "RamonaCVenters@gustr.com")
    assert card_stage(window, ramona.id) is Stage.LEAD
    assert (ramona.first_name, ramona.last_name, ramona.campaign) == (
        "Ramona",
        "Venters",
        "Oro demo list",
    )
    assert ramona.custom["Birthday"] == "1933-01-29"
    assert "CCNumber" not in ramona.custom
    assert wizard.result.error_workbook is None

    # "Show these leads on the board": only this list's 100 cards.
    batch_id = wizard.result.batch_id
    qtbot.mouseClick(wizard.import_page.show_batch, Qt.MouseButton.LeftButton)
    batch = window.board.filter_bar.batch
    assert batch.currentData() == batch_id
    assert batch.currentText() == f"#{batch_id} {LEADS_FILE}"
    assert board_counts(window) == {**dict.fromkeys(before, 0), Stage.LEAD: 100}
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()

    # Edit → Undo takes the whole list back; the board is as it was, unfiltered (the list's
    # batch is gone from the choices).
    menu_command(window, "Edit", f"Undo Import {LEADS_FILE}").trigger()
    assert batch.currentData() is None and batch.findData(batch_id) < 0
    assert board_counts(window) == before
    assert window.count_label.text() == "3 leads"
    assert card_stage(window, ramona.id) is None
    assert "Import undone: 100 lead(s) removed" in window.statusBar().currentMessage()


def test_the_import_wizards_undo_button_takes_the_list_back(
    qtbot: Any,
    window: MainWindow,
    workspace: Any,
    dialogs: FileDialogs,
    untouched_shared_data: Path,
    tmp_path: Path,
) -> None:
    add_lead(workspace, Stage.MQL, first_name="Marco", email="marco@forno.it")
    window.apply_changes(Changes(everything=True))  # as a sync would
    before = board_counts(window)
    wizard = import_leads_with_wizard(
        qtbot, window, dialogs, untouched_shared_data / CONTACTS_FILE, tmp_path
    )
    assert sum(board_counts(window).values()) == 51
    qtbot.mouseClick(wizard.import_page.undo_button, Qt.MouseButton.LeftButton)
    assert board_counts(window) == before
    assert "Import undone: 50 lead(s) removed" in wizard.import_page.counts.text()
    assert not wizard.import_page.undo_button.isEnabled()
    assert not window.undo_stack.canUndo()


def test_the_import_dialog_opens_where_the_last_list_came_from(
    qtbot: Any, window: MainWindow, dialogs: FileDialogs, untouched_shared_data: Path
) -> None:
    dialogs.open_paths.append(untouched_shared_data / LEADS_FILE)
    menu_command(window, "File", "Import…").trigger()
    wizard = window.findChild(ImportWizard)
    qtbot.waitUntil(lambda: wizard.table is not None, timeout=TIMEOUT)
    wizard.close()
    first_folder = dialogs.started_in[0]
    assert first_folder != str(untouched_shared_data)

    menu_command(window, "File", "Import…").trigger()  # the next list, from the same folder
    assert dialogs.started_in[1] == str(untouched_shared_data)


# -- 2. activity from a marketing tool -----------------------------------------------------
def test_import_activity_from_the_file_menu_shows_in_the_timeline_and_the_score(
    qtbot: Any,
    window: MainWindow,
    workspace: Any,
    dialogs: FileDialogs,
    untouched_shared_data: Path,
    tmp_path: Path,
) -> None:
    # The contacts come first (File → Import…), then what they did (File → Import activity…).
    wizard = import_leads_with_wizard(
        qtbot, window, dialogs, untouched_shared_data / CONTACTS_FILE, tmp_path
    )
    wizard.close()
    penny = lead_by_email(workspace, "PennyKMoore@dayrep.com")
    detail = open_card(qtbot, window, penny.id)
    assert card_stage(window, penny.id) is Stage.LEAD
    assert detail.timeline.kinds() == ["stage_change"]
    score_before = penny.score
    assert card_of(window, penny.id).score == score_before

    dialogs.open_paths.append(untouched_shared_data / FORM_RESULTS_FILE)
    menu_command(window, "File", "Import activity…").trigger()
    activity = window.findChild(ActivityWizard)
    assert activity is not None, "File → Import activity… opened no wizard"
    assert dialogs.asked[-1] == "Import activity"
    assert "mautic_demo_form_results_es.csv" in activity.windowTitle()

    # Columns: the file has no dates; the "form" column says which form was filled in.
    next_page(activity)
    columns = activity.columns_page
    assert "no date column" in columns.problem.text()
    assert not activity.button(QWizard.WizardButton.NextButton).isEnabled()
    columns.use_date.setChecked(True)  # "these events happened on" today
    form_combo = columns.role_combos[activity.table.headers.index("form")]
    form_combo.setCurrentIndex(form_combo.findData(Role.WHAT.value))
    columns.fixed_kind.setCurrentIndex(0)  # "(from the 'what' column)"
    assert columns.problem.text() == ""

    # Values: form 2 is the conference registration: a form conversion for a webinar.
    next_page(activity)
    values = activity.values_page
    assert values.values == ["2"]
    kind = values.grid.cellWidget(0, 1)
    kind.setCurrentIndex(kind.findData(InteractionKind.FORM_CONVERSION.value))
    offer = values.grid.cellWidget(0, 2)
    offer.setCurrentIndex(offer.findData(Offer.WEBINAR.value))

    # Test, then import.
    next_page(activity)
    run = activity.run_page
    qtbot.mouseClick(run.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: activity.report is not None, timeout=TIMEOUT)
    assert "would add 50" in run.result.toPlainText()
    assert workspace.leads.interactions(penny.id) == []
    qtbot.mouseClick(run.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: run.done_, timeout=TIMEOUT)
    assert "added 50" in run.result.toPlainText()

    # The lead open beside the board shows the sign-up and its new score at once.
    assert detail.timeline.kinds()[0] == InteractionKind.FORM_CONVERSION.value
    assert "Form conversion — Webinar" in detail.timeline.item(0).text()
    penny = workspace.leads.lead(penny.id)
    assert penny.score == score_before + 10  # "Joined a webinar"
    assert f"score {penny.score}" in detail.subtitle.text()
    assert card_of(window, penny.id).score == penny.score
    rules = detail.score_panel.rules
    engagement = [rules.topLevelItem(i) for i in range(rules.topLevelItemCount())][1]
    assert engagement.child(0).text(0) == "Joined a webinar"
    activity.button(QWizard.WizardButton.FinishButton).click()

    # Edit → Undo takes the activity back: timeline and score as before.
    menu_command(window, "Edit", "Undo Import activity").trigger()
    assert detail.timeline.kinds() == ["stage_change"]
    assert workspace.leads.lead(penny.id).score == score_before
    assert card_of(window, penny.id).score == score_before
    assert f"score {score_before}" in detail.subtitle.text()


# -- 3. a qualification call from the board --------------------------------------------------
def test_a_ready_call_from_the_board_moves_the_lead_to_sql_and_shows_in_its_history(
    qtbot: Any, window: MainWindow, workspace: Any
) -> None:
    lead_id = add_lead(
        workspace,
        Stage.SAL,
        first_name="Marco",
        last_name="Ferrari",
        email="marco@studio-aurora.it",
        phone="+39 055 123 4567",
        company="Studio Dentistico Aurora",
    )
    add_lead(workspace, Stage.SAL, first_name="Ugo", email="ugo@neri.it")
    window.apply_changes(Changes(everything=True))  # as a sync would
    before = board_counts(window)
    assert before[Stage.SAL] == 2 and before[Stage.SQL] == 0

    click_card(qtbot, window, lead_id)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # the call
    form = window.findChild(QualificationForm)
    assert form is not None, "Ctrl+Q opened no qualification call"
    assert form.lead_id == lead_id and form.isVisible()
    assert "Marco Ferrari" in form.header.name.text()

    # The answers, as a rep picks and types them.
    answers = form.answer_panel.inputs
    for key, value in (
        ("need", "Yes"),
        ("urgency", "High"),
        ("interest", "High"),
        ("money_available", "Yes"),
        ("decision_maker", "Yes"),
        ("timing", "Within 3 months"),
        ("tone", "Warm"),
    ):
        combo = answers[key]
        index = combo.findText(value)
        assert index >= 0, (key, value)
        combo.setCurrentIndex(index)
    answers["problem"].setFocus()
    QTest.keyClicks(answers["problem"], "Paper schedules, double bookings")
    QTest.keyClicks(answers["notes"], "Wants a demo with the partner")
    # The rep decides: ready → SQL, with the meeting.
    ready = form.outcome_panel.radios[Outcome.READY]
    qtbot.mouseClick(ready, Qt.MouseButton.LeftButton)
    assert ready.isChecked()
    meeting = datetime(2030, 5, 6, 10, 30)
    form.outcome_panel.meeting.setDateTime(meeting)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert not form.isVisible()
    assert "Call saved: Marco Ferrari → SQL" in window.statusBar().currentMessage()
    after = board_counts(window)
    assert after[Stage.SAL] == 1 and after[Stage.SQL] == 1
    assert card_stage(window, lead_id) is Stage.SQL

    # The lead's history: the call with its answers, the meeting, the move SAL → SQL.
    detail = open_card(qtbot, window, lead_id)
    kinds = detail.timeline.kinds()
    assert InteractionKind.CALL.value in kinds and InteractionKind.MEETING.value in kinds
    call_text = detail.timeline.item(kinds.index(InteractionKind.CALL.value)).text()
    assert "Paper schedules, double bookings" in call_text
    history = detail.history
    last = history.topLevelItem(history.topLevelItemCount() - 1)
    assert last.text(0) == "SAL → SQL"
    assert workspace.leads.lead(lead_id).stage is Stage.SQL

    # Ctrl+Z puts the lead back in SAL.
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert board_counts(window) == before


# -- 4. the leads out to Excel -------------------------------------------------------------
def test_export_from_the_file_menu_writes_the_leads_to_a_workbook(
    qtbot: Any, window: MainWindow, workspace: Any, dialogs: FileDialogs, tmp_path: Path
) -> None:
    tereza = add_lead(workspace, Stage.LEAD, first_name="Tereza", email="tereza@hotel.cz")
    marco = add_lead(workspace, Stage.SAL, first_name="Marco", company="Forno Rossi")
    window.apply_changes(Changes(everything=True))  # as a sync would
    dialogs.save_path = tmp_path / "my leads.xlsx"

    menu_command(window, "File", "Export…").trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.all_leads.isChecked() and dialog.all_leads.text() == "All leads (2)"
    assert dialog.xlsx.isChecked()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked == ["Export leads"]

    done = None

    def finished() -> bool:
        nonlocal done
        done = window.findChild(QMessageBox, "exportDone")
        return done is not None

    qtbot.waitUntil(finished, timeout=TIMEOUT)
    assert f"Exported 2 leads to {dialogs.save_path}" in done.text()
    assert window.statusBar().currentMessage() == done.text()
    done.close()

    book = load_workbook(dialogs.save_path, read_only=True)
    assert book.sheetnames[:4] == ["Leads", "Interactions", "Stage history", "Funnel"]
    rows = list(book["Leads"].iter_rows(values_only=True))
    header = list(rows[0])
    by_id = {row[header.index("LeadDesk ID")]: row for row in rows[1:]}
    assert set(by_id) == {tereza, marco}
    assert by_id[tereza][header.index("Email")] == "tereza@hotel.cz"
    assert by_id[marco][header.index("Company")] == "Forno Rossi"
    assert by_id[marco][header.index("Stage")] == "SAL"
    moves = [r for r in book["Stage history"].iter_rows(min_row=2, values_only=True)]
    assert [(r[3], r[4]) for r in moves if r[0] == marco][-1] == ("MQL", "SAL")
    book.close()
