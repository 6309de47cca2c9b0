"""Desktop conventions: preferences, palettes, shortcuts list, recent databases, icons,
locale formats, the Linux menu entry, and a start-up that leaves heavy modules alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QApplication

from leaddesk.desktop import install_desktop_entry
from leaddesk.ui import recent
from leaddesk.ui.formatting import format_date, format_datetime, format_days, format_money
from leaddesk.ui.icons import ICONS_DIR, app_icon, icon
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.settings.preferences import PreferencesDialog
from leaddesk.ui.shortcuts_dialog import ShortcutsDialog, shortcut_rows
from leaddesk.ui.theme import apply_theme, palette
from tests.ui.i18n_helpers import language

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot, workspace):
    settings = QSettings()
    settings.clear()
    win = MainWindow(workspace, settings=settings)
    qtbot.addWidget(win)
    yield win
    settings.clear()  # the next test starts in English, light, with no recent files


@pytest.fixture
def restore_look():
    yield
    apply_theme("light")


def test_shortcuts_dialog_lists_every_menu_action_with_its_keys(qtbot, window) -> None:
    rows = shortcut_rows(window.menuBar())
    commands = {command: keys for _menu, command, keys in rows}
    assert commands["New lead"] == QKeySequence(QKeySequence.StandardKey.New).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert commands["Qualification call"] == "Ctrl+Q"
    assert commands["Preferences"] == "Ctrl+,"
    assert commands["Keyboard shortcuts"] == "F1"
    # Every action of every menu is listed, none twice.
    actions = [a for a in window.actions.values() if a.text()]
    assert len(rows) >= len(actions) - 1  # the dock's toggle has no key, and is listed too
    window.actions["shortcuts"].trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    assert dialog.table.rowCount() == len(rows) + len(dialog.board_rows())
    assert dialog.table.item(0, 0).text() == "File"


def test_preferences_store_language_and_apply_theme_now(qtbot, window, restore_look) -> None:
    window.actions["preferences"].trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None
    dialog.language.setCurrentIndex(dialog.language.findData("cs"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.accept()
    assert window.qsettings.value("ui/language") == "cs"
    assert window.qsettings.value("ui/theme") == "dark"
    window_colour = QApplication.instance().palette().color(QPalette.ColorRole.Window)
    assert window_colour.lightness() < 80
    assert QApplication.instance().style().baseStyle().name().lower() == "fusion"


def test_both_palettes_keep_text_readable() -> None:
    def contrast(a, b) -> float:
        def lum(c) -> float:
            def ch(v: float) -> float:
                return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

            return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

        hi, lo = sorted((lum(a), lum(b)), reverse=True)
        return (hi + 0.05) / (lo + 0.05)

    role = QPalette.ColorRole
    for dark in (False, True):
        pal = palette(dark)
        for text, back in (
            (role.Text, role.Base),
            (role.WindowText, role.Window),
            (role.ButtonText, role.Button),
            (role.HighlightedText, role.Highlight),
        ):
            assert contrast(pal.color(text), pal.color(back)) >= 4.5, (dark, text)


def test_system_theme_follows_the_color_scheme(monkeypatch, restore_look) -> None:
    from leaddesk.ui import theme

    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    assert apply_theme("system") is True
    monkeypatch.setattr(theme, "system_is_dark", lambda: False)
    assert apply_theme("system") is False
    assert apply_theme("dark") is True


def test_open_recent_lists_databases_and_reopens_them(qtbot, window, tmp_path, monkeypatch):
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    first.touch()
    second.touch()
    recent.remember_database(window.qsettings, str(first))
    recent.remember_database(window.qsettings, str(second))
    recent.remember_database(window.qsettings, str(first))
    assert recent.recent_databases(window.qsettings) == [str(first), str(second)]
    window.recent_menu.aboutToShow.emit()  # the user opens File → Open recent
    entries = [a for a in window.recent_menu.actions() if a.data()]
    assert [a.data() for a in entries] == [str(first), str(second)]
    opened = []
    monkeypatch.setattr(window, "switch_database", opened.append)
    entries[1].trigger()
    assert opened == [str(second)]
    second.unlink()  # a file that is gone is not offered
    assert recent.recent_databases(window.qsettings) == [str(first)]


def test_file_dialogs_start_in_the_last_folder(tmp_path) -> None:
    settings = QSettings()
    folder = tmp_path / "exports"
    folder.mkdir()
    recent.remember_folder(settings, "export", str(folder / "leads.xlsx"))
    assert recent.last_folder(settings, "export") == str(folder)
    assert recent.last_folder(settings, "never-used") != str(folder)


def test_icons_are_svg_and_the_window_has_one(window) -> None:
    assert not app_icon().isNull()
    assert app_icon().pixmap(256, 256).width() == 256  # sharp at any size
    for path in ICONS_DIR.glob("*.svg"):
        assert not icon(path.stem).isNull(), path.name
    assert not window.windowIcon().isNull()
    assert not window.actions["new_lead"].icon().isNull()


def test_desktop_entry_is_installed_for_the_user(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    entry, icon_path = install_desktop_entry()
    assert entry == tmp_path / "applications" / "leaddesk.desktop"
    assert icon_path == tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "leaddesk.svg"
    text = entry.read_text(encoding="utf-8")
    assert "[Desktop Entry]" in text and "Icon=leaddesk" in text and "Exec=" in text
    assert "Comment[cs]=" in text
    assert icon_path.read_bytes().startswith(b"<svg")


def test_install_desktop_entry_from_the_command_line(tmp_path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "leaddesk", "--install-desktop-entry"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "leaddesk.desktop" in done.stdout
    assert (tmp_path / "applications" / "leaddesk.desktop").exists()


def test_money_dates_and_ages_in_the_locale() -> None:
    when = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    with language("cs"):
        QLocale.setDefault(QLocale("cs_CZ"))
        assert format_money(Decimal("12500"), "Kč") == "12\u00a0500\u00a0Kč"
        assert format_date(date(2026, 3, 2)) == QLocale().toString(
            QLocale().toDate("02.03.2026", "dd.MM.yyyy"), QLocale.FormatType.ShortFormat
        )
        assert "2026" in format_date(date(2026, 3, 2)) or "26" in format_date(date(2026, 3, 2))
        assert format_days(1) == "1 den" and format_days(3) == "3 dny" and format_days(5) == "5 dní"
        assert format_datetime(when)
    with language("es"):
        QLocale.setDefault(QLocale("es_ES"))
        assert format_money(Decimal("12500.5"), "€", 2) == "12.500,50\u00a0€"
        assert format_date(date(2026, 3, 2)).startswith("2/3/")
        assert format_days(2) == "2 días"
    QLocale.setDefault(QLocale("en_US"))
    assert format_money(Decimal("12500"), "$") == "$12,500"
    assert format_days(1) == "1 day(s)" or format_days(1).startswith("1 day")


def test_opening_an_up_to_date_database_leaves_heavy_modules_alone(tmp_path) -> None:
    """Opening the workspace (not only importing the window) skips Alembic and readers."""
    url = f"sqlite:///{tmp_path / 'leads.sqlite'}"
    code = (
        "import sys, json\n"
        "from leaddesk.app import open_workspace\n"
        "open_workspace(sys.argv[1]).close()\n"  # the first open creates and migrates
        "for m in [m for m in sys.modules if m.startswith(('alembic', 'mako'))]:\n"
        "    del sys.modules[m]\n"
        "ws = open_workspace(sys.argv[1])\n"
        "heavy = ['alembic', 'openpyxl', 'matplotlib', 'xlsxwriter', 'numpy',"
        " 'leaddesk.core.importing.service', 'leaddesk.core.scoring.service',"
        " 'leaddesk.core.scoring.learn', 'leaddesk.core.scoring.suggestion']\n"
        "print(json.dumps([m for m in heavy if m in sys.modules]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, url], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_window_and_app_import_no_heavy_modules() -> None:
    """Start-up stays fast: spreadsheets, charts and pandas load when first needed.

    SQLAlchemy too: the window shows first, the thread that opens the database imports it.
    """
    code = (
        "import sys, json\n"
        "import leaddesk.app, leaddesk.ui.main_window\n"
        "heavy = ['openpyxl', 'xlsxwriter', 'matplotlib', 'pandas', 'python_calamine',"
        " 'clevercsv', 'alembic', 'leaddesk.storage.repositories.imports', 'leaddesk.core.importing.service',"
        " 'sqlalchemy', 'numpy']\n"
        "print(json.dumps([m for m in heavy if m in sys.modules]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_recent_databases_never_keep_a_password(tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from leaddesk.ui import recent

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    recent.remember_database(settings, "postgresql+psycopg://ana:s3cret@db.lan:5432/leads")
    assert recent.recent_databases(settings) == ["postgresql+psycopg://ana@db.lan:5432/leads"]
    settings.sync()
    assert "s3cret" not in (tmp_path / "s.ini").read_text()
