"""Formula cells of a workbook: their saved value used, each one reported by row and column."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import xlsxwriter

from leaddesk.cli import main
from leaddesk.core.importing.formula_cells import FORMULA_CACHED, FORMULA_EMPTY
from leaddesk.core.importing.options import ImportOptions
from leaddesk.core.source_table import FormulaCell
from leaddesk.storage.reading import read_table


def calculated_workbook(path: Path) -> Path:
    """As Excel saves it: every formula with its value (a title row above the header)."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Leads")
    sheet.write_row(0, 0, ["Fair leads 2026"])
    sheet.write_row(2, 0, ["Email", "Company", "Budget", "Seats"])
    sheet.write_row(3, 0, ["ana@acme.es", "Acme SL", None, 4])
    sheet.write_formula(3, 2, "=D4*300", None, 1200)
    sheet.write_row(4, 0, ["luis@beta.es", "Beta SA", 900, 3])
    sheet.write_formula(4, 1, '=PROPER("gamma srl")', None, "Gamma Srl")
    book.close()
    return path


def test_formula_cells_are_found_with_their_table_row_and_column(tmp_path: Path) -> None:
    table = read_table(calculated_workbook(tmp_path / "fair.xlsx"))
    assert table.headers == ("Email", "Company", "Budget", "Seats")
    assert table.formulas == (FormulaCell(4, 2, True), FormulaCell(5, 1, True))


def test_a_sheet_without_formulas_has_none(tmp_path: Path) -> None:
    book = xlsxwriter.Workbook(str(tmp_path / "plain.xlsx"))
    book.add_worksheet().write_row(0, 0, ["Email"])
    book.worksheets()[0].write_row(1, 0, ["ana@acme.es"])
    book.close()
    assert read_table(tmp_path / "plain.xlsx").formulas == ()


def test_saved_values_are_imported_and_each_formula_reported(workspace, tmp_path: Path) -> None:
    service = workspace.importer
    table = service.read(calculated_workbook(tmp_path / "fair.xlsx"))
    result = service.run_import(table, service.suggest_mapping(table), ImportOptions())
    leads = {lead.email: lead for lead in workspace.leads.repo.iter_leads()}
    assert leads["ana@acme.es"].budget == 1200
    assert leads["luis@beta.es"].company == "Gamma Srl"
    found = [(p.row, p.column, p.reason, p.kept) for p in result.report.problems]
    assert found == [(4, "Budget", FORMULA_CACHED, False), (5, "Company", FORMULA_CACHED, False)]
    assert result.report.count("values_cleared") == 0
    errors = openpyxl.load_workbook(result.error_workbook).active
    assert [row[-1] for row in errors.iter_rows(min_row=2, values_only=True)] == [
        f"row 4: column 'Budget': {FORMULA_CACHED}",
        f"row 5: column 'Company': {FORMULA_CACHED}",
    ]


def test_a_formula_without_a_saved_value_is_empty_and_reported(tmp_path: Path, capsys) -> None:
    path = tmp_path / "never calculated.xlsx"
    book = openpyxl.Workbook()  # openpyxl saves formulas without their values
    sheet = book.active
    sheet.append(["Email", "Company"])
    sheet.append(["ana@acme.es", '=UPPER("acme sl")'])
    sheet.append(["luis@beta.es", "Beta SA"])
    book.save(path)
    db = str(tmp_path / "leads.sqlite")
    assert main(["import", str(path), "--db", db, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"row 2: column 'Company': {FORMULA_EMPTY}; left empty, the lead was imported" in out
    assert "values left empty, the lead imported (see the error workbook): 1" in out
    assert "new leads: 2" in out
