"""Screenshots of every screen, in English and Spanish, at 1366×768, for the README.

    python tools/screenshots.py                 # both languages, into docs/screenshots/
    python tools/screenshots.py --lang es       # one language
    python tools/screenshots.py --out /tmp/shots --only board first-run

Runs on a virtual X screen: with no ``DISPLAY`` it starts ``Xvfb`` itself (Debian:
``apt-get install xvfb``); with one (``xvfb-run -s "-screen 0 1366x768x24" …``) it uses it.
Each language runs in a process of its own with temporary XDG folders and settings, over the
demo pipeline (generated from a fixed seed), the light palette and Qt's Fusion style, so a
run gives the same pictures (the demo is dated midnight UTC today: its dates follow the day;
times the run itself writes — a backup's, a changed lead's, an error workbook's name — are
the run's own). Writes ``<out>/<lang>/<screen>.png``; takes about a minute per language.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("en", "es")
SCREEN = (1366, 768)
ACTOR = "Ana García"  # the user the screenshots show


# -- the parent: a virtual screen, then one process per language -------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", action="append", choices=LANGUAGES, help="default: all")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--only", nargs="*", help="screen names (default: every screen)")
    parser.add_argument("--child", help=argparse.SUPPRESS)  # one language, in this process
    args = parser.parse_args(argv)
    if args.child:
        return take_all(args.child, args.out / args.child, set(args.only or ()))
    started = time.monotonic()
    with virtual_screen() as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        for lang in args.lang or LANGUAGES:
            folder = args.out / lang
            shutil.rmtree(folder, ignore_errors=True)  # no picture of a screen that is gone
            command = [sys.executable, __file__, "--child", lang, "--out", str(args.out)]
            if args.only:
                command += ["--only", *args.only]
            subprocess.run(command, env=env, check=True)
    print(f"screenshots in {args.out} ({time.monotonic() - started:.0f} s)")
    return 0


@contextlib.contextmanager
def virtual_screen() -> Iterator[str]:
    """``DISPLAY`` if set (e.g. under xvfb-run), else an Xvfb of 1366×768 started here."""
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    if shutil.which("Xvfb") is None:
        raise SystemExit("screenshots: Xvfb is not installed (apt-get install xvfb)")
    width, height = SCREEN
    read_end, write_end = os.pipe()  # Xvfb writes the display number it found free
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{width}x{height}x24",
         "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_end,),
    )  # fmt: skip
    os.close(write_end)
    try:
        with os.fdopen(read_end) as answer:
            number = answer.readline().strip()
        if not number:
            raise SystemExit("screenshots: Xvfb could not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def conflict_dialog(window: Any, lead_id: int) -> Any:
    """What a save meets when a colleague changed the same lead meanwhile."""
    from dataclasses import replace

    from leaddesk.core.edit_merge import merge_edits
    from leaddesk.ui.team.conflict_dialog import ConflictDialog

    theirs = window.workspace.leads.lead(lead_id)
    base = replace(theirs, job_title="Office Manager", phone="+34 600 000 000")
    mine = {"job_title": "Managing Director", "phone": theirs.phone}
    return ConflictDialog(window, merge_edits(base, mine, theirs))


# -- the child: one language, every screen -----------------------------------------------------
def isolate(home: Path) -> None:
    """Temporary data, config and settings: the user's own are never read nor written."""
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(home / name.lower())
    os.environ["LANG"] = os.environ["LC_ALL"] = "C.UTF-8"  # the language comes from --lang


def take_all(lang: str, out: Path, only: set[str]) -> int:
    # The same folder each run: paths on screen (database, backups) read the same.
    home = Path(tempfile.gettempdir()) / f"leaddesk-screenshots-{lang}"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    isolate(home)
    # The demo as of midnight UTC today: the same leads, ages and scores in every run of the day.
    now = datetime.datetime.now(datetime.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    try:
        from PySide6.QtCore import QCoreApplication, QSettings
        from PySide6.QtWidgets import QApplication

        from leaddesk.ui.i18n import install_language
        from leaddesk.ui.theme import apply_theme

        app = QApplication([sys.argv[0], "-platform", "xcb"])
        QCoreApplication.setOrganizationName("LeadDeskScreenshots")
        QCoreApplication.setApplicationName("LeadDeskScreenshots")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "qs"))
        install_language(lang)
        apply_theme("light")
        Shooter(app, lang, out, home, only, now).run()
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return 0


class Shooter:
    """Opens each screen the way the user does and saves what the screen shows."""

    def __init__(
        self, app: Any, lang: str, out: Path, home: Path, only: set[str], now: Any
    ) -> None:
        self.app, self.lang, self.out, self.home, self.only = app, lang, out, home, only
        self.now = now
        out.mkdir(parents=True, exist_ok=True)
        self.taken: list[str] = []

    # -- helpers ---------------------------------------------------------------------------
    def settle(self, rounds: int = 4) -> None:
        """Background work done and its results painted."""
        from leaddesk.ui.tasks import wait_for_background_work

        for _ in range(rounds):
            wait_for_background_work(30_000)
            self.app.processEvents()
            time.sleep(0.03)
            self.app.processEvents()

    def wait_for(self, done: Callable[[], object], seconds: float = 60) -> None:
        end = time.monotonic() + seconds
        while not done():
            if time.monotonic() > end:
                raise RuntimeError("screenshots: a screen did not finish loading")
            self.settle(1)

    def wanted(self, name: str) -> bool:
        return not self.only or name in self.only

    def shoot(self, name: str, widget: Any) -> None:
        """Save ``widget`` as it is on screen (a window or a dialog, without the desktop)."""
        if not self.wanted(name):
            return
        widget.show()
        widget.raise_()
        self.settle()
        path = self.out / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise RuntimeError(f"screenshots: could not write {path}")
        self.taken.append(name)
        print(f"  {self.lang}/{name}.png", flush=True)

    def main_window(self, workspace: Any) -> Any:
        from PySide6.QtCore import QSettings

        from leaddesk.ui.main_window import MainWindow
        from leaddesk.ui.team.credentials import USER_KEY

        settings = QSettings()
        settings.setValue(USER_KEY, ACTOR)  # not the login name of the machine it runs on
        window = MainWindow(workspace, settings=settings)
        window.setGeometry(0, 0, *SCREEN)
        window.show()
        self.settle()
        return window

    # -- the screens -----------------------------------------------------------------------
    def run(self) -> None:
        from leaddesk.app import open_workspace

        empty = open_workspace(self.url("empty"), actor=ACTOR)
        window = self.main_window(empty)
        self.shoot("first-run", window)
        window.close()
        empty.close()

        workspace = self.demo_workspace()
        workspace.backups.set_folder(self.home / "backups")
        window = self.main_window(workspace)
        try:
            self.board_screens(window)
            self.dialogs(window)
            self.scoring_screens(window)
            self.import_screens(window)
            self.activity_screens(window)
        finally:
            window.close()
            self.settle()
            workspace.close()

    def demo_workspace(self) -> Any:
        """The demo pipeline as of midnight UTC today: the same pictures all day long."""
        from leaddesk.app import open_workspace

        return open_workspace(self.url("demo"), demo=True, actor=ACTOR, now=self.now)

    def url(self, name: str) -> str:
        return f"sqlite:///{self.home / f'{name}.sqlite'}"

    def board_screens(self, window: Any) -> None:
        from leaddesk.core.stages import Stage

        window.detail_dock.hide()
        self.shoot("board", window)
        sal = window.board.columns[Stage.SAL].model.ids[0]
        window.board.columns[Stage.SAL].select_lead(sal)
        window.open_lead(sal)
        self.shoot("lead-panel", window)
        window.show_my_day()
        self.shoot("my-day", window)
        window.show_reports()
        self.shoot("reports", window)
        page = window.reports_page
        page.tab_widget.setCurrentWidget(page.tabs["groups"])
        self.shoot("reports-groups", window)
        page.tab_widget.setCurrentIndex(0)
        window.show_board()
        from leaddesk.ui.qualification.form import open_qualification_form

        form = open_qualification_form(window, sal)
        self.shoot("call-form", form)
        form.reject()
        self.shoot("conflict-dialog", conflict_dialog(window, sal))

    def dialogs(self, window: Any) -> None:
        from leaddesk.ui.backups.dialog import BackupsDialog
        from leaddesk.ui.settings.database import open_settings_dialog
        from leaddesk.ui.settings.preferences import open_preferences
        from leaddesk.ui.shortcuts_dialog import open_shortcuts

        window.workspace.backups.backup_now("manual")
        opened = [
            ("backups", BackupsDialog(window)),
            ("team-settings", open_settings_dialog(window)),
            ("preferences", open_preferences(window, window.qsettings)),
            ("shortcuts", open_shortcuts(window, window.menuBar())),
        ]
        for name, dialog in opened:
            self.shoot(name, dialog)
            dialog.reject()

    def scoring_screens(self, window: Any) -> None:
        from leaddesk.ui.scoring.editor import open_rules_editor

        editor = open_rules_editor(window)
        editor.resize(*SCREEN)
        self.wait_for(lambda: editor.last_preview is not None)
        self.shoot("rules-editor", editor)
        editor.suggest_rules()
        suggest = editor.suggest_dialog
        self.wait_for(lambda: suggest.result is not None)
        self.shoot("rules-suggest", suggest)
        suggest.reject()
        editor.reject()

    def import_screens(self, window: Any) -> None:
        from PySide6.QtWidgets import QWizard

        from leaddesk.ui.importing.wizard import open_import_wizard

        wizard = open_import_wizard(window, str(self.leads_file()))
        wizard.error_dir = self.home
        self.wait_for(lambda: wizard.table is not None)
        self.shoot("import-1-preview", wizard)
        for name in ("import-2-columns", "import-3-options"):
            wizard.button(QWizard.WizardButton.NextButton).click()
            self.shoot(name, wizard)
        wizard.button(QWizard.WizardButton.NextButton).click()
        wizard.test_page.test_button.click()
        self.wait_for(lambda: wizard.report is not None)
        self.shoot("import-4-test", wizard)
        wizard.button(QWizard.WizardButton.NextButton).click()
        wizard.import_page.import_button.click()
        self.wait_for(lambda: wizard.result is not None)
        self.shoot("import-5-result", wizard)
        wizard.close()

    def activity_screens(self, window: Any) -> None:
        from PySide6.QtCore import QDateTime
        from PySide6.QtWidgets import QDateTimeEdit, QWizard

        from leaddesk.ui.activity.wizard import open_activity_wizard

        wizard = open_activity_wizard(window, str(self.activity_file(window)))
        for edit in wizard.findChildren(QDateTimeEdit):  # "now" would differ from run to run
            edit.setDateTime(QDateTime(self.now.astimezone().replace(tzinfo=None)))
        self.settle()
        self.shoot("activity-1-preview", wizard)
        wizard.button(QWizard.WizardButton.NextButton).click()
        self.shoot("activity-2-columns", wizard)
        wizard.reject()

    # -- the files the wizards read (made up here: the screenshots need no outside data) ----
    def leads_file(self) -> Path:
        path = self.home / "trade-fair-visitors.csv"
        rows = [
            ["First name", "Last name", "E-mail", "Company", "Job title", "Country", "Phone"],
            ["Lucía", "Moreno", "lucia@talleres-moreno.es", "Talleres Moreno", "Owner", "Spain",
             "+34 912 345 678"],
            ["Jakub", "Dvořák", "jakub@pivovar-dvorak.cz", "Pivovar Dvořák", "Manager", "Czechia",
             "+420 601 234 567"],
            ["Giulia", "Ricci", "giulia@forno-ricci.it", "Forno Ricci", "Founder", "Italy",
             "+39 06 1234 5678"],
            ["Oliver", "Hughes", "oliver@hughes-dental.co.uk", "Hughes Dental", "Practice manager",
             "United Kingdom", "+44 20 7946 0958"],
            ["Marta", "Vidal", "not-an-email", "Vidal Arquitectos", "Partner", "Spain", ""],
        ]  # fmt: skip
        with path.open("w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows(rows)
        return path

    def activity_file(self, window: Any) -> Path:
        """Opens and clicks by five of the demo's leads, in a mailing tool's export."""
        leads = [lead for lead in window.workspace.leads.repo.iter_leads() if lead.email][:5]
        path = self.home / "newsletter-activity.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["Email Address", "Action", "Timestamp", "Campaign"])
            for number, lead in enumerate(leads):
                action = "open" if number % 2 else "click"
                writer.writerow([lead.email, action, f"2026-11-0{number + 2} 10:15", "November"])
        return path


if __name__ == "__main__":
    sys.exit(main())
