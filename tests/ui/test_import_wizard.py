"""The import wizard end to end on a real file: preview → mapping corrected → test → import
→ undo, driven through its real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from leaddesk.ui.importing.wizard import open_import_wizard
from leaddesk.ui.main_window import MainWindow


@pytest.fixture
def workspace(sqlite_url: str, clock):
    """SQLite only: these tests are about files and screens; test_importer.py runs the
    database side on PostgreSQL too."""
    from leaddesk.app import build_workspace
    from leaddesk.storage.db import open_database

    ws = build_workspace(open_database(sqlite_url), actor="tester")
    ws.leads.clock = clock
    yield ws
    ws.close()


FILE = "odoo_crm_lead_import_template.xls"  # 8 leads; 'Name' is the deal, 'Contact Name' the person


def make_window(qtbot, workspace) -> MainWindow:
    window = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(window)
    return window


def test_wizard_imports_a_real_file_and_undo_takes_it_back(
    qtbot, workspace, shared_data: Path, tmp_path: Path
) -> None:
    window = make_window(qtbot, workspace)
    wizard = open_import_wizard(window, str(shared_data / FILE))
    wizard.error_dir = tmp_path  # never write beside the shared test data
    qtbot.waitUntil(lambda: wizard.table is not None, timeout=10_000)

    # 1. preview of the first rows as read
    preview = wizard.preview_page.grid
    assert preview.rowCount() == 8 and preview.columnCount() == 16
    assert preview.horizontalHeaderItem(4).text() == "Email"
    assert preview.item(0, 4).text() == "henry@elight.com"
    assert wizard.preview_page.sheet.currentText() == "Template"  # not "Import FAQ"

    # 2. the mapping: the person's name is "Contact Name" (the deal title stays a custom
    # field); the user corrects "Mobile", which would otherwise be a custom field, to phone
    wizard.next()
    page = wizard.mapping_page
    assert page.mapping().as_dict()["Email"] == "email"
    assert page.mapping().as_dict()["Contact Name"] == "full_name"
    assert page.mapping().as_dict()["Name"] == "custom"
    page.set_target("Phone", "custom")
    page.set_target("Mobile", "phone")
    assert page.mapping().as_dict()["Mobile"] == "phone"
    assert page.isComplete()

    # 3. options: fill empty fields, stamp a campaign
    wizard.next()
    wizard.options_page.policy_buttons["fill"].setChecked(True)
    wizard.options_page.campaign.setText("Odoo migration")

    # 4. the dry run
    wizard.next()
    qtbot.mouseClick(wizard.test_page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=10_000)
    report = wizard.report
    assert workspace.leads.count_leads() == 0
    # crm_lead_2 names no person, company or email once 'Name' is not the person
    assert report.counts["new"] == 7 and report.counts["invalid"] == 1
    assert "New leads: 7" in wizard.test_page.counts.text()
    assert wizard.test_page.problems.item(0, 2).text() == "has no name, email, phone or company"

    # 5. the import, in the background
    wizard.next()
    qtbot.mouseClick(wizard.import_page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=20_000)
    assert workspace.leads.count_leads() == 7
    henry = next(x for x in workspace.leads.repo.iter_leads() if x.email == "henry@elight.com")
    assert (henry.first_name, henry.last_name, henry.campaign) == (
        "Henry",
        "Jordan",
        "Odoo migration",
    )
    assert henry.custom["Name"] == "Need to customize the solution"
    assert wizard.result.error_workbook is not None
    assert wizard.result.error_workbook.parent == tmp_path
    assert "href" in wizard.import_page.errors_link.text()
    assert window.count_label.text() == "7 leads"

    # 6. Edit → Undo takes the whole import back
    assert window.undo_stack.canUndo()
    window.actions["undo"].trigger()
    assert workspace.leads.count_leads() == 0
    assert window.count_label.text() == "0 leads"
    assert "Import undone: 7 lead(s) removed" in window.statusBar().currentMessage()

    # the mapping is offered again for the same headers next time
    again = open_import_wizard(window, str(shared_data / FILE))
    qtbot.waitUntil(lambda: again.table is not None, timeout=10_000)
    assert again.mapping_page.mapping().as_dict()["Contact Name"] == "full_name"
    again.close()
    wizard.close()


def test_undo_import_button_reports_leads_edited_since(qtbot, workspace, tmp_path: Path) -> None:
    path = tmp_path / "lista.csv"
    path.write_text("Nome,Cognome,Posta elettronica\nGiulia,Rossi,g@rossi.it\nUgo,Neri,u@neri.it\n")
    window = make_window(qtbot, workspace)
    wizard = open_import_wizard(window, str(path))
    qtbot.waitUntil(lambda: wizard.table is not None, timeout=10_000)
    for _ in range(4):
        wizard.next()
    qtbot.mouseClick(wizard.import_page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10_000)
    giulia = next(x for x in workspace.leads.repo.iter_leads() if x.first_name == "Giulia")
    workspace.leads.edit_lead(giulia.id, {"job_title": "Titolare"}, giulia.version)
    qtbot.mouseClick(wizard.import_page.undo_button, Qt.MouseButton.LeftButton)
    assert workspace.leads.count_leads() == 1
    assert (
        "1 lead(s) touched since the import were kept as they are: Giulia Rossi (edited)."
        in wizard.import_page.counts.text()
    )
    assert not window.undo_stack.canUndo()
    wizard.close()


def test_undo_names_leads_with_a_call_or_a_note_since_and_says_so_in_spanish_too(
    qtbot, workspace, tmp_path: Path
) -> None:
    """A call attempt and a note change no field of the lead, yet undo keeps both leads and
    names them with why, in words the translations cover."""
    from leaddesk.core.leads import InteractionKind
    from leaddesk.ui.importing.command import undo_summary

    from .i18n_helpers import language

    path = tmp_path / "lista.csv"
    path.write_text(
        "Nome,Cognome,Posta elettronica\nGiulia,Rossi,g@rossi.it\nUgo,Neri,u@neri.it\n"
        "Ada,Neri,a@neri.it\n"
    )
    window = make_window(qtbot, workspace)
    wizard = open_import_wizard(window, str(path))
    qtbot.waitUntil(lambda: wizard.table is not None, timeout=10_000)
    for _ in range(4):
        wizard.next()
    qtbot.mouseClick(wizard.import_page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10_000)
    leads = {x.first_name: x for x in workspace.leads.repo.iter_leads()}
    workspace.qualification.record_attempt(leads["Ugo"].id, "voicemail")
    workspace.leads.log_interaction(leads["Giulia"].id, InteractionKind.NOTE, "Wants a demo")
    qtbot.mouseClick(wizard.import_page.undo_button, Qt.MouseButton.LeftButton)
    assert workspace.leads.count_leads() == 2
    text = wizard.import_page.counts.text()
    assert "Import undone: 1 lead(s) removed" in text
    assert "2 lead(s) touched since the import were kept as they are:" in text
    assert "Ugo Neri (a call was logged)" in text
    assert "Giulia Rossi (a note or other activity was logged)" in text
    with language("es"):
        spanish = undo_summary(wizard.import_page.wizard_.command.undone)
    assert "Ugo Neri (se registró una llamada)" in spanish
    assert "conservaron como están (2)" in spanish
    wizard.close()


def test_a_bad_file_shows_the_reason_and_cannot_go_on(qtbot, workspace, tmp_path: Path) -> None:
    path = tmp_path / "leads.xlsx"
    path.write_text("not a workbook")
    window = make_window(qtbot, workspace)
    wizard = open_import_wizard(window, str(path))
    qtbot.waitUntil(lambda: "leads.xlsx" in wizard.preview_page.info.text() and
                    "Reading" not in wizard.preview_page.info.text(), timeout=10_000)  # fmt: skip
    assert "not a valid spreadsheet" in wizard.preview_page.info.text()
    assert not wizard.preview_page.isComplete()
    wizard.close()


def test_past_imports_can_be_undone_later(qtbot, workspace, tmp_path: Path) -> None:
    from leaddesk.core.importing.options import ImportOptions

    path = tmp_path / "old.csv"
    path.write_text("Email,Company\nann@lee.com,Lee Ltd\nbob@roe.com,Roe Inc\n")
    service = workspace.importer
    table = service.read(path)
    service.run_import(table, service.suggest_mapping(table), ImportOptions(), error_dir=tmp_path)
    window = make_window(qtbot, workspace)
    window.actions["import_history"].trigger()
    from leaddesk.ui.importing.history import ImportHistoryDialog

    dialog = window.findChild(ImportHistoryDialog)
    assert dialog.grid.rowCount() == 1 and dialog.grid.item(0, 1).text() == "old.csv"
    assert not dialog.undo_button.isEnabled()
    dialog.grid.selectRow(0)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert workspace.leads.count_leads() == 0
    assert dialog.grid.item(0, 4).text() == "undone" and not dialog.undo_button.isEnabled()
    assert "2 lead(s) removed" in dialog.message.text()


def board_lead_ids(window: MainWindow) -> set[int]:
    return {i for column in window.board.columns.values() for i in column.model.ids}


def test_show_these_leads_puts_only_the_imported_leads_on_the_board(
    qtbot, workspace, tmp_path: Path
) -> None:
    earlier = workspace.leads.create_lead({"first_name": "Zdeněk", "email": "z@pivo.cz"})
    path = tmp_path / "fair.csv"
    path.write_text("Name,Email\nGiulia Rossi,g@rossi.it\nUgo Neri,u@neri.it\n")
    window = make_window(qtbot, workspace)
    window.actions["view_reports"].trigger()  # the user was looking at the reports
    qtbot.keyClicks(window.board.filter_bar.text_edit, "pivo")  # a filter left from before
    wizard = open_import_wizard(window, str(path))
    wizard.error_dir = tmp_path
    qtbot.waitUntil(lambda: wizard.table is not None, timeout=10_000)
    for _ in range(4):
        wizard.next()
    qtbot.mouseClick(wizard.import_page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10_000)
    imported = {x.id for x in workspace.leads.repo.iter_leads() if x.email != "z@pivo.cz"}
    assert len(imported) == 2 and earlier.value.id not in imported

    qtbot.mouseClick(wizard.import_page.show_batch, Qt.MouseButton.LeftButton)

    assert window.pages.currentWidget() is window.board
    assert board_lead_ids(window) == imported
    bar = window.board.filter_bar
    assert bar.batch.currentData() == wizard.result.batch_id and bar.text_edit.text() == ""
    assert bar.batch.currentText().endswith("fair.csv")
    wizard.close()
