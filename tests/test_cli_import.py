"""``leaddesk import``: counts on stdout, the error workbook, one clear line for bad files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from leaddesk.cli import main

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "leaddesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def write_list(path: Path) -> Path:
    path.write_text(
        "Ragione sociale;Posta elettronica;Nome;Cognome;Telefono\n"
        "Forno Rossi;giulia@forno.it;Giulia;Rossi;+39 02 1234 5678\n"
        "Bar Sport;sport@bar.it;Marco;Bianchi;\n"
        "Bar Sport;SPORT@bar.it;Marco;Bianchi;\n"
        "Senza;non-email;Ugo;Neri;\n",
        encoding="utf-8",
    )
    return path


def test_import_prints_counts_and_writes_the_error_workbook(tmp_path: Path, capsys) -> None:
    path = write_list(tmp_path / "lista.csv")
    db = tmp_path / "leads.sqlite"
    assert main(["import", str(path), "--db", str(db), "--errors-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    for line in (
        "rows read: 4",
        "new leads: 3",  # Ugo Neri's broken email is left empty; the lead is kept
        "duplicates within the file: 1",
        "invalid rows: 0",
        "values left empty, the lead imported (see the error workbook): 1",
    ):
        assert line in out
    workbook = out.split("rejected rows were written to: ")[1].strip()
    assert Path(workbook).exists() and Path(workbook).parent == tmp_path
    assert main(["info", "--db", str(db)]) == 0
    assert "leads: 3" in capsys.readouterr().out


def test_dry_run_changes_nothing(tmp_path: Path, capsys) -> None:
    path = write_list(tmp_path / "lista.csv")
    db = tmp_path / "leads.sqlite"
    assert main(["import", str(path), "--db", str(db), "--dry-run", "--errors-dir",
                 str(tmp_path)]) == 0  # fmt: skip
    assert "new leads: 3" in capsys.readouterr().out
    main(["info", "--db", str(db)])
    assert "leads: 0" in capsys.readouterr().out


def test_second_import_with_overwrite_updates(tmp_path: Path, capsys) -> None:
    path = write_list(tmp_path / "lista.csv")
    db = str(tmp_path / "leads.sqlite")
    main(["import", str(path), "--db", db, "--errors-dir", str(tmp_path)])
    capsys.readouterr()
    path.write_text(
        "Posta elettronica;Nome;Qualifica\ngiulia@forno.it;Giulia;Titolare\n", encoding="utf-8"
    )
    assert main(["import", str(path), "--db", db, "--on-duplicate", "overwrite"]) == 0
    assert "updated leads: 1" in capsys.readouterr().out


def test_mapping_option_corrects_a_column(tmp_path: Path, capsys) -> None:
    path = tmp_path / "m.csv"
    path.write_text("Who,Where\nAnn Lee,Lee Ltd\n", encoding="utf-8")
    db = str(tmp_path / "leads.sqlite")
    mapping = json.dumps({"Who": "full_name", "Where": "company"})
    assert main(["import", str(path), "--db", db, "--mapping", mapping]) == 0
    assert "new leads: 1" in capsys.readouterr().out


def test_bad_file_is_one_line_on_stderr_and_a_nonzero_exit(tmp_path: Path) -> None:
    bad = tmp_path / "lista.xlsx"
    bad.write_text("this is text, not a workbook")
    result = run_cli("import", str(bad), "--db", str(tmp_path / "leads.sqlite"))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("leaddesk: lista.xlsx: ")
    assert "Traceback" not in result.stderr


def test_unknown_mapping_column_names_the_column(tmp_path: Path) -> None:
    path = write_list(tmp_path / "lista.csv")
    result = run_cli("import", str(path), "--db", str(tmp_path / "l.sqlite"),
                     "--mapping", '{"Fax": "phone"}')  # fmt: skip
    assert result.returncode == 2
    assert (
        "lista.csv, column 'Fax': the mapping names a column the file does not have"
        in result.stderr
    )


def test_unknown_sheet_names_the_sheets(tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "book.xlsx"
    book = xlsxwriter.Workbook(str(path))
    book.add_worksheet("Leads").write_row(0, 0, ["Email", "Name"])
    book.close()
    result = run_cli("import", str(path), "--db", str(tmp_path / "l.sqlite"), "--sheet", "Data")
    assert result.returncode == 2
    assert "book.xlsx: has no sheet named 'Data'; its sheets: Leads" in result.stderr


SPANISH_LIST = (
    "Nombre;Apellidos;Ciudad;Empresa;Notas\n"
    "Begoña;Muñoz;A Coruña;Construcciones Ibáñez S.L.;El señor Ibáñez pidió una llamada.\n"
)


def test_the_encoding_read_with_is_printed(tmp_path: Path, capsys) -> None:
    path = tmp_path / "clientes.csv"
    path.write_bytes(SPANISH_LIST.encode("cp1252"))
    db = str(tmp_path / "leads.sqlite")
    assert main(["import", str(path), "--db", db]) == 0
    assert "clientes.csv, header on row 1, encoding cp1252" in capsys.readouterr().out
    lead = _only_lead(db)
    assert (lead["first_name"], lead["last_name"], lead["city"]) == ("Begoña", "Muñoz", "A Coruña")


def test_encoding_option_reads_the_file_in_that_encoding(tmp_path: Path, capsys) -> None:
    path = tmp_path / "clientes.csv"
    path.write_bytes(SPANISH_LIST.encode("cp1252"))
    db = str(tmp_path / "leads.sqlite")
    assert main(["import", str(path), "--db", db, "--encoding", "windows-1250"]) == 0
    assert "encoding cp1250" in capsys.readouterr().out
    assert _only_lead(db)["first_name"] == "Begońa"  # what the user asked for


def test_encoding_option_is_refused_for_a_workbook(tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "book.xlsx"
    book = xlsxwriter.Workbook(str(path))
    book.add_worksheet("Leads").write_row(0, 0, ["Email", "Name"])
    book.close()
    result = run_cli(
        "import", str(path), "--db", str(tmp_path / "l.sqlite"), "--encoding", "cp1252"
    )
    assert result.returncode == 2
    assert "book.xlsx: --encoding applies only to text files" in result.stderr


def _only_lead(db: str) -> dict:
    from leaddesk.storage.db import open_database

    database = open_database(f"sqlite:///{db}")
    try:
        with database.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT first_name, last_name, city FROM leads").all()
    finally:
        database.close()
    assert len(rows) == 1
    return dict(zip(("first_name", "last_name", "city"), rows[0], strict=True))


def test_dry_run_prints_the_mapping_with_reasons_and_writes_the_error_workbook(
    tmp_path: Path, capsys
) -> None:
    path = tmp_path / "compras.csv"
    path.write_text(
        "Razón social del cliente;Correo electrónico de contacto:;Enlace;Cargo que ocupa\n"
        "Acme S.L.;ana@acme.es;https://acme.es;Directora comercial\n"
        "Acme S.L.;ana@acme.es;https://acme.es;Directora comercial\n",
        encoding="utf-8",
    )
    db = tmp_path / "leads.sqlite"
    assert main(["import", str(path), "--db", str(db), "--dry-run", "--errors-dir",
                 str(tmp_path)]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "'Enlace'" in out and "→ website [Website]  (values are web addresses)" in out
    assert "→ job_title [Job title]  (header is “cargo que ocupa”)" in out
    assert "→ email [Email]" in out and "→ company [Company]" in out
    assert "duplicates within the file: 1" in out
    workbook = Path(out.split("the rows an import would reject were written to: ")[1].strip())
    assert workbook.exists() and workbook.parent == tmp_path
    main(["info", "--db", str(db)])
    assert "leads: 0" in capsys.readouterr().out


def test_show_mapping_prints_only_the_mapping(tmp_path: Path, capsys) -> None:
    path = write_list(tmp_path / "lista.csv")
    db = tmp_path / "leads.sqlite"
    assert main(["import", str(path), "--db", str(db), "--show-mapping"]) == 0
    out = capsys.readouterr().out
    assert "'Posta elettronica'" in out and "→ email [Email]" in out
    assert "rows read" not in out and "new leads" not in out
    assert not list(tmp_path.glob("*rejected rows*"))


def test_one_column_lists_import(tmp_path: Path, capsys) -> None:
    emails = tmp_path / "emails.csv"
    emails.write_text("Email\nana@acme.es\nluis@beta.es\nmia@gamma.it\n", encoding="utf-8")
    names = tmp_path / "nombres.csv"
    names.write_text("Asistentes\nAna Ruiz\nLuis Gómez Paz\n", encoding="utf-8")
    db = str(tmp_path / "leads.sqlite")
    assert main(["import", str(emails), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "header on row 1" in out and "new leads: 3" in out
    # an unknown header: --mapping names the one column
    assert main(["import", str(names), "--db", db, "--mapping",
                 '{"Asistentes": "full_name"}']) == 0  # fmt: skip
    assert "new leads: 2" in capsys.readouterr().out
    main(["info", "--db", db])
    assert "leads: 5" in capsys.readouterr().out


def test_headerless_one_column_lists_import_every_row(tmp_path: Path, capsys) -> None:
    import xlsxwriter

    emails = tmp_path / "emails.csv"
    emails.write_text("ana@acme.es\nluis@beta.es\nmia@gamma.it\n", encoding="utf-8")
    names = tmp_path / "names.xlsx"
    book = xlsxwriter.Workbook(str(names))
    sheet = book.add_worksheet()
    for row, name in enumerate(["Ana Ruiz", "Luis Gómez Paz"]):
        sheet.write(row, 0, name)
    book.close()
    db = str(tmp_path / "leads.sqlite")
    assert main(["import", str(emails), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "no header row, the column named 'Email'" in out and "new leads: 3" in out
    assert "→ email [Email]  (no header row: the column is named for its values)" in out
    # --mapping names the column as the mapping shows it
    assert main(["import", str(names), "--db", db, "--mapping", '{"Name": "last_name"}']) == 0
    assert "new leads: 2" in capsys.readouterr().out
    main(["info", "--db", db])
    assert "leads: 5" in capsys.readouterr().out


def test_last_years_leads_with_their_outcome_train_suggest(
    tmp_path: Path, shared_data: Path, capsys
) -> None:
    """The journey of #19: import X Education's file with its Converted column, then ask
    Suggest for a table learnt from those decided leads."""
    db = str(tmp_path / "leads.sqlite")
    path = str(shared_data / "xeducation_Lead_Scoring.csv")
    mapping = '{"Prospect ID": "last_name"}'
    assert main(["import", path, "--db", db, "--mapping", mapping, "--dry-run"]) == 0
    (line,) = [x for x in capsys.readouterr().out.splitlines() if "'Converted'" in x]
    assert "→ outcome [Outcome or stage]  (header is “converted”)" in line
    assert main(["import", path, "--db", db, "--mapping", mapping]) == 0
    assert "new leads: 9240" in capsys.readouterr().out
    assert main(["scoring", "suggest", "--db", db, "--json", "--max-rules", "6"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["learnt_from"] + report["holdout"] == 9240
    assert 1 <= len(report["rules"]) <= 6 and report["auc"] > 0.8
