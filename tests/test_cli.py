"""The command line: help, version, the database options and their errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from leaddesk.cli import main


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "leaddesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[1],
    )


def test_help_explains_the_options() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert "--db URL" in result.stdout and "--demo" in result.stdout


def test_info_on_a_new_file_creates_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "fresh.sqlite"
    assert main(["info", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "leads: 0" in out and path.exists()


def test_demo_database_holds_a_realistic_pipeline(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", "--demo"]) == 0
    assert "leads: 500" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_text("hello"), "not a LeadDesk database"),
        (lambda p: None, "does not exist"),
    ],
)
def test_bad_database_gives_one_line_and_nonzero_exit(tmp_path: Path, make, message) -> None:
    path = tmp_path / "x.sqlite" if message != "does not exist" else tmp_path / "no" / "x.sqlite"
    make(path)
    before = path.read_bytes() if path.exists() else None
    result = run_cli("info", "--db", str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.stderr
    if before is not None:
        assert path.read_bytes() == before


def test_gui_with_a_bad_database_says_so_and_exits(tmp_path: Path, monkeypatch) -> None:
    """The window path: a dialog (here recorded) and the same line on stderr."""
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database")
    assert main(["--db", str(bad)]) == 2
    assert shown and "not a LeadDesk database" in shown[0]


def test_refused_postgres_server_is_one_line() -> None:
    result = run_cli("info", "--db", "postgresql+psycopg://nobody@127.0.0.1:9/none")
    assert result.returncode == 2
    assert "Cannot open" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("order", ["before", "after"])
def test_db_option_counts_before_or_after_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], order: str
) -> None:
    """`leaddesk --db X info` (as the README writes it) uses X, not the default database."""
    path = tmp_path / "chosen.sqlite"
    argv = ["--db", str(path), "info"] if order == "before" else ["info", "--db", str(path)]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert f"database: {path}" in out and path.exists()


def test_demo_option_before_the_command_opens_the_demo(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--demo", "info"]) == 0
    assert "leads: 500" in capsys.readouterr().out


def test_output_cut_short_by_a_pipe_is_not_a_traceback(tmp_path: Path) -> None:
    """`leaddesk info | head -0`: the reader leaves early; no traceback on stderr."""
    import os

    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    result = subprocess.run(
        f"{sys.executable} -m leaddesk info --db {tmp_path / 'p.sqlite'} | head -c 0",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr
