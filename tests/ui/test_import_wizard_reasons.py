"""The wizard's mapping page says why each column goes where it goes, and warns about
sensitive columns it proposes to ignore."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from leaddesk.core.stages import Stage
from leaddesk.ui.importing.wizard import open_import_wizard
from leaddesk.ui.main_window import MainWindow


@pytest.fixture
def workspace(sqlite_url: str, clock):
    from leaddesk.app import build_workspace
    from leaddesk.storage.db import open_database

    ws = build_workspace(open_database(sqlite_url), actor="tester")
    ws.leads.clock = clock
    yield ws
    ws.close()


def wizard_at_columns(qtbot, workspace, path: Path):
    """The import wizard on ``path``, at its Columns page."""
    window = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(window)
    wizard = open_import_wizard(window, str(path))
    qtbot.waitUntil(lambda: wizard.table is not None, timeout=10_000)
    wizard.next()
    return wizard


def test_mapping_page_shows_each_reason_and_the_sensitive_warning(
    qtbot,
    workspace,
    tmp_path: Path,
) -> None:
    path = tmp_path / "compras.csv"
    path.write_text(
        "Correo electrónico de contacto:,Enlace,Cargo que ocupa,Tarjeta\n"
        "ana@acme.es,https://acme.es,Directora comercial,4111 1111 1111 1111\n"
        "luis@beta.es,www.beta.es,Jefe de ventas,5500 0055 5555 5559\n",
        encoding="utf-8",
    )
    wizard = wizard_at_columns(qtbot, workspace, path)
    page = wizard.mapping_page
    assert page.mapping().targets == ("email", "website", "job_title", "ignore")
    assert page.grid.horizontalHeaderItem(3).text() == "Why"
    assert page.reason_shown("Enlace") == "values are web addresses"
    assert page.reason_shown("Cargo que ocupa").startswith("header ")
    assert page.reason_shown("Tarjeta").startswith("sensitive: values are payment card")
    assert "Tarjeta" in page.sensitive_label.text()
    page.set_target("Tarjeta", "custom")  # the user insists
    assert page.reason_shown("Tarjeta") == "chosen by you"
    wizard.close()


def test_an_outcome_column_is_shown_and_puts_won_leads_in_customer(
    qtbot, workspace, tmp_path: Path
) -> None:
    path = tmp_path / "deals 2025.csv"
    path.write_text(
        "Email,Deal\nana@acme.es,Closed Won\nluis@beta.es,Closed Lost\nmia@gamma.it,Open\n",
        encoding="utf-8",
    )
    wizard = wizard_at_columns(qtbot, workspace, path)
    page = wizard.mapping_page
    assert page.mapping().targets == ("email", "outcome")
    assert page.reason_shown("Deal") == "values are outcomes or stages (won, lost, customer …)"
    for _ in range(3):
        wizard.next()
    qtbot.mouseClick(wizard.import_page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10_000)
    stages = {lead.email: lead.stage for lead in workspace.leads.repo.iter_leads()}
    assert stages == {
        "ana@acme.es": Stage.CUSTOMER,
        "luis@beta.es": Stage.DISQUALIFIED,
        "mia@gamma.it": Stage.LEAD,
    }
    wizard.close()
