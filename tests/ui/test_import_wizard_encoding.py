"""The import wizard names the encoding a text file was read in and lets the user choose
another: the preview is read again, and the import uses the encoding chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox

from leaddesk.ui.importing.wizard import ImportWizard, open_import_wizard
from leaddesk.ui.main_window import MainWindow

SPANISH = (
    "Nombre;Apellidos;Ciudad;Empresa;Notas\n"
    "Begoña;Muñoz;A Coruña;Construcciones Ibáñez S.L.;"
    "El señor Ibáñez pidió una llamada el miércoles por la mañana.\n"
    "Íñigo;Peña Castaño;Logroño;Viñedos del Año;Quiere información del catálogo.\n"
)


@pytest.fixture
def workspace(sqlite_url: str, clock):
    from leaddesk.app import build_workspace
    from leaddesk.storage.db import open_database

    ws = build_workspace(open_database(sqlite_url), actor="tester")
    ws.leads.clock = clock
    yield ws
    ws.close()


@pytest.fixture
def spanish_csv(tmp_path: Path) -> Path:
    path = tmp_path / "clientes.csv"
    path.write_bytes(SPANISH.encode("cp1252"))  # as Excel on Windows saves it
    return path


def open_wizard(qtbot, workspace, path: Path) -> ImportWizard:
    window = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(window)
    wizard = open_import_wizard(window, str(path))
    assert wizard is not None
    wizard.error_dir = path.parent
    qtbot.waitUntil(lambda: wizard.table is not None, timeout=10_000)
    return wizard


def choose(qtbot, combo: QComboBox, encoding: str) -> None:
    """Pick ``encoding`` the way a keyboard user does: arrow keys on the focused box."""
    combo.setFocus()
    target = combo.findData(encoding)
    assert target >= 0, f"{encoding} is not offered"
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def first_cell(wizard: ImportWizard) -> str:
    item = wizard.preview_page.grid.item(0, 0)
    return item.text() if item is not None else ""


def test_the_preview_names_the_detected_encoding(qtbot, workspace, spanish_csv: Path) -> None:
    wizard = open_wizard(qtbot, workspace, spanish_csv)
    box = wizard.preview_page.encoding
    assert box.isEnabled()
    assert box.currentData() == "cp1252"
    assert box.currentText() == "Windows-1252 (Western European)"
    assert [box.itemData(i) for i in range(box.count())] == [
        "utf-8", "utf-16", "cp1252", "cp1250", "iso8859-1", "iso8859-2"
    ]  # fmt: skip
    assert first_cell(wizard) == "Begoña"
    wizard.close()


def test_choosing_another_encoding_reads_the_preview_again(
    qtbot, workspace, spanish_csv: Path
) -> None:
    wizard = open_wizard(qtbot, workspace, spanish_csv)
    box = wizard.preview_page.encoding
    choose(qtbot, box, "cp1250")
    qtbot.waitUntil(lambda: first_cell(wizard) == "Begońa", timeout=10_000)
    assert wizard.preview_page.grid.item(0, 1).text() == "Muńoz"
    assert wizard.table.encoding == "cp1250"
    assert box.currentText() == "Windows-1250 (Central European)"
    choose(qtbot, box, "cp1252")
    qtbot.waitUntil(lambda: first_cell(wizard) == "Begoña", timeout=10_000)
    wizard.close()


def test_an_encoding_that_cannot_read_the_file_says_so_and_can_be_changed_back(
    qtbot, workspace, spanish_csv: Path
) -> None:
    wizard = open_wizard(qtbot, workspace, spanish_csv)
    box = wizard.preview_page.encoding
    choose(qtbot, box, "utf-8")
    qtbot.waitUntil(
        lambda: "is not valid utf-8 text" in wizard.preview_page.info.text(), timeout=10_000
    )
    assert not wizard.preview_page.isComplete()
    assert box.isEnabled() and box.currentData() == "utf-8"
    choose(qtbot, box, "cp1252")
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=10_000)
    assert first_cell(wizard) == "Begoña"
    wizard.close()


def test_a_workbook_offers_no_encoding(qtbot, workspace, tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "clientes.xlsx"
    book = xlsxwriter.Workbook(str(path))
    book.add_worksheet("Clientes").write_row(0, 0, ["Nombre", "Correo"])
    book.worksheets()[0].write_row(1, 0, ["Begoña", "b@munoz.es"])
    book.close()
    wizard = open_wizard(qtbot, workspace, path)
    assert not wizard.preview_page.encoding.isEnabled()
    assert wizard.preview_page.encoding.count() == 0
    wizard.close()


def run_through(qtbot, wizard: ImportWizard) -> None:
    """Columns, options and test as suggested, then the import."""
    for _ in range(3):
        wizard.next()
    qtbot.mouseClick(wizard.test_page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=10_000)
    assert wizard.report.counts["new"] == 2
    wizard.next()
    qtbot.mouseClick(wizard.import_page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=20_000)


def test_a_windows_spanish_list_imports_begona_munoz(qtbot, workspace, spanish_csv: Path) -> None:
    wizard = open_wizard(qtbot, workspace, spanish_csv)
    wizard.next()
    mapping = wizard.mapping_page.mapping().as_dict()
    assert (mapping["Nombre"], mapping["Apellidos"], mapping["Ciudad"]) == (
        "first_name",
        "last_name",
        "city",
    )
    assert wizard.mapping_page.grid.item(0, 1).text().startswith("Begoña")  # the sample
    wizard.back()
    run_through(qtbot, wizard)
    leads = {lead.first_name: lead for lead in workspace.leads.repo.iter_leads()}
    assert set(leads) == {"Begoña", "Íñigo"}
    begona = leads["Begoña"]
    assert (begona.last_name, begona.city, begona.company) == (
        "Muñoz",
        "A Coruña",
        "Construcciones Ibáñez S.L.",
    )
    assert begona.custom["Notas"].startswith("El señor Ibáñez pidió")
    assert leads["Íñigo"].city == "Logroño"
    wizard.close()


def test_the_import_uses_the_encoding_chosen(qtbot, workspace, spanish_csv: Path) -> None:
    wizard = open_wizard(qtbot, workspace, spanish_csv)
    choose(qtbot, wizard.preview_page.encoding, "cp1250")
    qtbot.waitUntil(lambda: first_cell(wizard) == "Begońa", timeout=10_000)
    run_through(qtbot, wizard)
    names = {lead.first_name for lead in workspace.leads.repo.iter_leads()}
    assert names == {"Begońa", "Íńigo"}  # what the user chose to read
    wizard.close()


def test_the_encoding_box_shows_its_whole_name(qtbot, workspace, spanish_csv) -> None:
    wizard = open_wizard(qtbot, workspace, spanish_csv)
    wizard.resize(900, 600)
    wizard.show()
    qtbot.waitExposed(wizard)
    box = wizard.currentPage().encoding
    assert box.currentText() == "Windows-1252 (Western European)"
    text_width = box.fontMetrics().horizontalAdvance(box.currentText())
    assert box.width() > text_width  # the name and its region, not "Windows"
