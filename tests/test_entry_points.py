"""The entry points: a console ``leaddesk`` that prints everywhere, a windowed ``leaddesk-gui``
for the desktop shortcut, and the bundle's build tool kept out of the runtime dependencies."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from leaddesk import __version__, cli, desktop

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_leaddesk_is_a_console_command_and_leaddesk_gui_the_windowed_one() -> None:
    # A gui-script on Windows has no console: `leaddesk --version` would print nothing.
    assert PROJECT["scripts"]["leaddesk"] == "leaddesk.cli:main"
    assert "leaddesk" not in PROJECT["gui-scripts"]
    assert PROJECT["gui-scripts"]["leaddesk-gui"] == "leaddesk.cli:gui_main"


def test_pyinstaller_is_a_build_extra_not_a_dependency() -> None:
    assert any(
        req.lower().startswith("pyinstaller") for req in PROJECT["optional-dependencies"]["bundle"]
    )
    assert not any("pyinstaller" in req.lower() for req in PROJECT["dependencies"])


def test_version_prints_from_the_command_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "leaddesk", "--version"],
        capture_output=True, text=True, timeout=120, cwd=ROOT, check=True,
    )  # fmt: skip
    assert done.stdout.startswith(f"LeadDesk {__version__}\n")


def test_the_windowed_entry_survives_having_no_console(monkeypatch) -> None:
    """pythonw and a windowed bundle on Windows give no stdout/stderr: None, not a file."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "argv", ["leaddesk-gui", "--version"])
    with pytest.raises(SystemExit) as ended:
        cli.gui_main()
    assert ended.value.code == 0
    assert sys.stdout is not None and sys.stdout.writable()


def test_the_menu_entry_starts_the_bundle_when_run_from_it(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/Lead Desk 100%/LeadDesk")
    entry, _icon = desktop.install_desktop_entry(tmp_path)
    assert 'Exec="/opt/Lead Desk 100%%/LeadDesk" %f\n' in entry.read_text(encoding="utf-8")


def test_the_menu_entry_prefers_the_windowed_script(tmp_path, monkeypatch) -> None:
    scripts = {"leaddesk-gui": "/venv/bin/leaddesk-gui", "leaddesk": "/venv/bin/leaddesk"}
    monkeypatch.setattr(desktop.shutil, "which", scripts.get)
    entry, _icon = desktop.install_desktop_entry(tmp_path)
    assert "Exec=/venv/bin/leaddesk-gui %f\n" in entry.read_text(encoding="utf-8")


def test_the_startup_probe_reports_the_window_then_the_board_and_quits(tmp_path) -> None:
    """benchmarks/startup.py times the bundle and the virtualenv alike through this."""
    env = {
        **os.environ,
        "LEADDESK_STARTUP_PROBE": "1",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "leaddesk", "--db", str(tmp_path / "probe.sqlite"), "--lang", "en"],
        capture_output=True, text=True, timeout=120, cwd=ROOT, env=env, check=True,
    )  # fmt: skip
    assert done.stdout.split() == ["ready", "board"]
