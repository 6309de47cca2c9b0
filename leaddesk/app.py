"""Wires it together: config → storage → services → main window. Sees every layer."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from leaddesk.core.services import LeadService, utc_now
from leaddesk.core.workspace import Workspace
from leaddesk.storage.db import Database, default_database_path, open_database, sqlite_url
from leaddesk.storage.repositories import SqlLeadRepository, SqlSettingsRepository
from leaddesk.wiring import install_features


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some sandboxes: fall back to nobody in particular
        return ""


def resolve_url(db: str | None, demo: bool) -> str:
    """The URL to open: ``--db`` if given, else the (demo) file in the user's data folder."""
    if db:
        return db
    path = default_database_path(demo=demo)
    path.parent.mkdir(parents=True, exist_ok=True)
    return sqlite_url(path)


def build_workspace(db: Database, actor: str | None = None) -> Workspace:
    """The services over an open database."""
    actor = current_user() if actor is None else actor
    repo = SqlLeadRepository(db.session)
    settings = SqlSettingsRepository(db.session)
    leads = LeadService(repo, settings, actor=actor)
    workspace = Workspace(
        leads=leads,
        settings=settings,
        database_name=db.display_name,
        is_sqlite=db.is_sqlite,
        actor=actor,
        close=db.close,
    )
    install_features(db, workspace)
    return workspace


def open_workspace(url: str, *, demo: bool = False, actor: str | None = None) -> Workspace:
    """Open (and migrate) the database at ``url``; fill it with the demo pipeline if asked."""
    db = open_database(url)
    workspace = build_workspace(db, actor)
    if demo and workspace.leads.count_leads() == 0:
        from leaddesk.core.demo import generate_demo
        from leaddesk.storage.demo_loader import load_demo

        load_demo(db, generate_demo(utc_now()))
        scoring = workspace.features.get("scoring")
        if scoring is not None:  # the demo arrives unscored: score it once, like an import
            scoring.rescore_all()
    return workspace


def run_gui(
    url: str,
    *,
    demo: bool = False,
    use_saved: bool = False,
    lang: str | None = None,
    theme: str | None = None,
) -> int:
    """Start the application window; returns the exit code.

    ``use_saved``: open the database chosen in Settings → Database instead of ``url``, if any.
    ``lang`` (es, it, cs, en) and ``theme`` (system, light, dark) override the preferences.
    """
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from leaddesk.core.errors import DatabaseOpenError
    from leaddesk.ui import i18n, icons, recent
    from leaddesk.ui.credentials import open_with_password, saved_database_url, saved_user_name
    from leaddesk.ui.main_window import MainWindow
    from leaddesk.ui.theme import apply_theme, chosen_theme

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("LeadDesk")
    app.setApplicationName("LeadDesk")
    app.setDesktopFileName("leaddesk")
    app.setWindowIcon(icons.app_icon())
    settings = QSettings()
    i18n.install_language(i18n.chosen_language(settings, lang))
    apply_theme(chosen_theme(settings, theme))
    url = (saved_database_url(settings) or url) if use_saved else url

    def open_as_user(u: str, demo: bool = False) -> Workspace:
        # The name from the settings, read each time: it may change while the app runs.
        return open_workspace(u, demo=demo, actor=saved_user_name(settings, current_user()))

    try:
        # A server's password comes from the keyring, or is asked for; never from a file.
        workspace = open_with_password(lambda u: open_as_user(u, demo), url)
    except DatabaseOpenError as err:
        print(f"leaddesk: {err}", file=sys.stderr)
        QMessageBox.critical(None, "LeadDesk", i18n.translate_error(err))
        return 2
    recent.remember_database(settings, url)
    window = MainWindow(
        workspace, open_database=lambda u: open_with_password(open_as_user, u, window)
    )
    _install_safety_nets(window)
    window.show()
    code = app.exec()
    window.workspace.close()  # the one open now: a switch closed the first already
    return code


def _install_safety_nets(window: object) -> None:
    """Unexpected errors are logged and shown (the app keeps running); backups run."""
    from leaddesk.ui.backups import install_auto_backup
    from leaddesk.ui.crash import install_crash_handler

    window.crash_handler = install_crash_handler(lambda: window)  # type: ignore[attr-defined]
    window.auto_backup = install_auto_backup(window)  # type: ignore[attr-defined]


def default_path_hint() -> Path:
    return default_database_path()
