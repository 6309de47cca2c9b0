"""`leaddesk import-activity` from the command line."""

from __future__ import annotations

import csv
from pathlib import Path

from leaddesk.cli import main


def test_import_activity_cli_dry_run_then_import(tmp_path: Path, capsys) -> None:
    db = tmp_path / "cli.sqlite"
    people = tmp_path / "people.csv"
    with people.open("w", newline="") as fh:
        csv.writer(fh).writerows([["Email", "First name"], ["ana@talleres.es", "Ana"]])
    assert main(["import", "--db", str(db), str(people)]) == 0
    events = tmp_path / "events.csv"
    with events.open("w", newline="") as fh:
        csv.writer(fh).writerows(
            [
                ["email", "timestamp", "action"],
                ["ana@talleres.es", "2026-01-05 09:00", "click"],
                ["ghost@x.es", "2026-01-05 09:00", "click"],
            ]
        )
    capsys.readouterr()
    assert main(["import-activity", "--db", str(db), "--dry-run", str(events)]) == 0
    out = capsys.readouterr().out
    assert "would add 1" in out and "1 row for unknown people" in out
    code = main(["import-activity", "--db", str(db), "--errors-dir", str(tmp_path), str(events)])
    out = capsys.readouterr().out
    assert code == 0 and "added 1" in out and "rejected rows written to" in out
    assert len(list(tmp_path.glob("events-rejected-*.xlsx"))) == 1


def test_import_activity_cli_keeps_each_runs_rejected_rows(tmp_path: Path, capsys) -> None:
    """A second import of the same file writes a new workbook; the first one is kept."""
    db = tmp_path / "cli.sqlite"
    events = tmp_path / "events.csv"
    with events.open("w", newline="") as fh:
        csv.writer(fh).writerows(
            [["email", "timestamp", "action"], ["ghost@x.es", "2026-01-05 09:00", "click"]]
        )
    out_dir = tmp_path / "errors"
    out_dir.mkdir()
    argv = ["import-activity", "--db", str(db), "--errors-dir", str(out_dir), str(events)]
    assert main(argv) == 0 and main(argv) == 0
    written = [line for line in capsys.readouterr().out.splitlines() if "rejected rows" in line]
    workbooks = sorted(out_dir.glob("events-rejected-*.xlsx"))
    assert len(written) == 2 and len(workbooks) == 2
    assert {str(w) for w in workbooks} == {line.split(": ", 1)[1] for line in written}


def test_import_activity_cli_refuses_a_file_without_a_person(tmp_path: Path, capsys) -> None:
    events = tmp_path / "anon.csv"
    events.write_text("timestamp,action\n2026-01-05 09:00,open\n")
    code = main(["import-activity", "--db", str(tmp_path / "x.sqlite"), str(events)])
    err = capsys.readouterr().err
    assert code == 2 and "anon.csv" in err and "who did it" in err
