"""Wires it together: config → storage → services → main window. Sees every layer."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from leaddesk.core.demo import generate_demo
from leaddesk.core.services import LeadService, utc_now
from leaddesk.core.workspace import Workspace
from leaddesk.storage.db import Database, default_database_path, open_database, sqlite_url
from leaddesk.storage.demo_loader import load_demo
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
        load_demo(db, generate_demo(utc_now()))
    return workspace


def run_gui(url: str, *, demo: bool = False) -> int:
    """Start the application window; returns the exit code."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from leaddesk.core.errors import DatabaseOpenError
    from leaddesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("LeadDesk")
    app.setApplicationName("LeadDesk")
    try:
        workspace = open_workspace(url, demo=demo)
    except DatabaseOpenError as err:
        print(f"leaddesk: {err}", file=sys.stderr)
        QMessageBox.critical(None, "LeadDesk", str(err))
        return 2
    window = MainWindow(workspace, open_database=lambda u: open_workspace(u))
    _install_safety_nets(window)
    window.show()
    code = app.exec()
    workspace.close()
    return code


def _install_safety_nets(window: object) -> None:
    """Unexpected errors are logged and shown (the app keeps running); backups run."""
    from leaddesk.ui.backups import install_auto_backup
    from leaddesk.ui.crash import install_crash_handler

    window.crash_handler = install_crash_handler(lambda: window)  # type: ignore[attr-defined]
    window.auto_backup = install_auto_backup(window)  # type: ignore[attr-defined]


def default_path_hint() -> Path:
    return default_database_path()
