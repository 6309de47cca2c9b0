"""The activity wizard, driven through its real widgets."""

from __future__ import annotations

import csv

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWizard

from leaddesk.core.activity.column_roles import Role
from leaddesk.core.leads import InteractionKind
from leaddesk.ui.activity.wizard import ActivityWizard, open_activity_wizard
from leaddesk.ui.main_window import MainWindow


def test_walk_the_wizard_test_import_and_undo(qtbot, workspace, tmp_path) -> None:
    lead = workspace.leads.create_lead({"first_name": "Ana", "email": "ana@talleres.es"}).value
    path = tmp_path / "activity.csv"
    with path.open("w", newline="") as fh:
        csv.writer(fh).writerows(
            [
                ["Recipient", "Sent", "Event", "Notes"],
                ["ana@talleres.es", "2026-02-03 10:00", "open", "x"],
                ["ana@talleres.es", "2026-02-03 10:05", "Solicitó llamada", "y"],
            ]
        )
    window = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(window)
    wizard = open_activity_wizard(window, str(path))
    assert isinstance(wizard, ActivityWizard)
    # Preview → columns: "Sent" is not a known date header; the user says it is "when".
    wizard.next()
    columns = wizard.columns_page
    assert not columns.isComplete() and "date" in columns.problem.text()
    combo = columns.role_combos[1]
    combo.setCurrentIndex(combo.findData(Role.WHEN.value))
    assert columns.isComplete()
    # Values: "Solicitó llamada" is corrected to a contact request.
    wizard.next()
    values = wizard.values_page
    row = values.values.index("Solicitó llamada")
    kind_combo = values.grid.cellWidget(row, 1)
    kind_combo.setCurrentIndex(kind_combo.findData(InteractionKind.CONTACT_REQUEST.value))
    wizard.next()
    run = wizard.run_page
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled() is False
    run.test_button.click()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=10_000)
    assert wizard.report.dry_run and wizard.report.count("added") == 2
    assert workspace.leads.interactions(lead.id) == []
    run.import_button.click()
    qtbot.waitUntil(lambda: run.done_, timeout=10_000)
    kinds = sorted(i.kind.value for i in workspace.leads.interactions(lead.id))
    assert kinds == ["contact_request", "email_open"]
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    # Edit → Undo takes the import back.
    window.actions["undo"].trigger()
    assert workspace.leads.interactions(lead.id) == []
    wizard.close()


def test_people_file_resolves_the_tools_ids(qtbot, workspace, tmp_path) -> None:
    lead = workspace.leads.create_lead({"first_name": "Ana", "email": "ana@talleres.es"}).value
    members = tmp_path / "members.csv"
    members.write_text("id,email_address\nm-1,ana@talleres.es\n")
    events = tmp_path / "events.csv"
    events.write_text("member_id,timestamp,action\nm-1,2026-02-03 10:00,open\n")
    window = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(window)
    wizard = open_activity_wizard(window, str(events))
    wizard.next()
    columns = wizard.columns_page
    combo = columns.role_combos[0]
    combo.setCurrentIndex(combo.findData(Role.PERSON_REF.value))
    assert not columns.isComplete() and "people file" in columns.problem.text()
    columns.choose_people_file(str(members), "id")
    assert columns.isComplete() and "1 people" in columns.people_label.text()
    report = wizard.service.run_import(wizard.table, wizard.current_mapping())
    assert report.count("added") == 1
    assert workspace.leads.interactions(lead.id)[0].kind is InteractionKind.EMAIL_OPEN
    wizard.close()


def test_people_file_button_asks_for_the_file(qtbot, workspace, tmp_path, monkeypatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    events = tmp_path / "events.csv"
    events.write_text("member_id,timestamp,action\nm-1,2026-02-03 10:00,open\n")
    window = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(window)
    wizard = open_activity_wizard(window, str(events))
    wizard.next()
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda _p, title, *_a: asked.append(title) or ("", "")
    )
    qtbot.mouseClick(wizard.columns_page.people_button, Qt.MouseButton.LeftButton)
    assert asked == ["People file"]  # cancelled: nothing read, nothing raised
    assert wizard.columns_page.people_label.text() == ""
    wizard.close()
