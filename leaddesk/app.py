"""Wires it together: config → storage → services → main window. Sees every layer."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from leaddesk.core.team.service import without_password
from leaddesk.storage.locations import default_database_path, normalise_url, sqlite_url

if TYPE_CHECKING:  # the database layer is imported by the thread that opens the database
    from leaddesk.core.workspace import Workspace
    from leaddesk.storage.db import Database


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


def opening_label(url: str) -> str:
    """Where the window says it is opening: a file path, or the server URL without password."""
    normal = normalise_url(url)
    if normal.startswith("sqlite:///"):
        return normal.removeprefix("sqlite:///")
    return without_password(normal)


def build_workspace(db: Database, actor: str | None = None) -> Workspace:
    """The services over an open database."""
    from leaddesk.core.services import LeadService
    from leaddesk.core.workspace import Workspace
    from leaddesk.storage.repositories.leads import SqlLeadRepository
    from leaddesk.storage.repositories.settings import SqlSettingsRepository
    from leaddesk.storage.unit import SqlUnitOfWork
    from leaddesk.wiring import SqlServices, wire

    actor = current_user() if actor is None else actor
    repo = SqlLeadRepository(db.session)
    settings = SqlSettingsRepository(db.session)
    leads = LeadService(repo, settings, actor=actor)
    leads.atomic = SqlUnitOfWork(db.engine).atomic
    workspace = Workspace(
        leads=leads,
        settings=settings,
        database_name=db.display_name,
        is_sqlite=db.is_sqlite,
        actor=actor,
        services=SqlServices(db),
        close=db.close,
    )
    wire(db, workspace)
    return workspace


def open_workspace(
    url: str, *, demo: bool = False, actor: str | None = None, now: datetime | None = None
) -> Workspace:
    """Open (and migrate) the database at ``url``; fill it with the demo pipeline if asked,
    as of ``now`` (the present unless given: screenshots take the same day each time)."""
    from leaddesk.core.ports import utc_now
    from leaddesk.storage.db import open_database

    db = open_database(url)
    workspace = build_workspace(db, actor)
    if demo and workspace.leads.count_leads() == 0:
        from leaddesk.core.demo import generate_demo
        from leaddesk.storage.writing.demo import load_demo

        now = now or utc_now()
        load_demo(db, generate_demo(now), now)
        workspace.scoring.rescore_all()  # the demo arrives unscored: score it once, like an import
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
    from PySide6.QtWidgets import QApplication

    from leaddesk.ui import i18n, icons
    from leaddesk.ui.crash import install_crash_handler
    from leaddesk.ui.main_window import MainWindow
    from leaddesk.ui.team.credentials import open_with_password, saved_database_url, saved_user_name
    from leaddesk.ui.terminate import close_on_terminate
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

    demo_url = resolve_url(None, demo=True)  # the first-run page's "Open the demo pipeline"
    # The window comes up at once and says where it is opening; the database (and the
    # SQLAlchemy it needs) opens in the background and the board appears when it is ready.
    window = MainWindow(
        None,
        open_database=lambda u: open_with_password(open_as_user, u, window),
        open_demo=lambda: (demo_url, open_as_user(demo_url, demo=True)),
        opening=opening_label(url),
    )
    window.crash_handler = install_crash_handler(lambda: window)  # type: ignore[attr-defined]
    window.show()
    opened = _open_in_background(window, url, lambda u: open_as_user(u, demo), settings)
    undo_signals = close_on_terminate(window.close, window)
    if os.environ.get("LEADDESK_STARTUP_PROBE"):
        _report_startup(window)
    code = app.exec()
    undo_signals()
    window.close()  # ended by a failed opening: the window goes with the app
    window.opening_pool.wait_for_done()  # closed while opening: let the opening end
    if window.workspace is not None:  # the one open now: a switch closed the first already
        window.workspace.close()
    elif opened:  # opened after the window had gone
        opened[0].close()
    return code


def _open_in_background(
    window: Any, url: str, open_url: Callable[[str], Workspace], settings: Any
) -> list[Workspace]:
    """Open ``url`` off the main thread, then show it in ``window``; a failure ends the app.

    A server that wants a password the keyring does not have is asked on the main thread.
    Returns the list the opened workspace is put in (empty until it is open).
    """
    from PySide6.QtWidgets import QApplication, QMessageBox

    from leaddesk.core.errors import DatabaseOpenError
    from leaddesk.core.team.service import asks_for_password
    from leaddesk.ui import i18n, recent
    from leaddesk.ui.tasks import TaskPool, start_task
    from leaddesk.ui.team.credentials import open_with_password

    def opened(workspace: Workspace) -> None:
        recent.remember_database(settings, url)
        window.attach(workspace)
        _install_auto_backup(window)

    def failed(err: BaseException, details: str) -> None:
        if isinstance(err, DatabaseOpenError) and asks_for_password(err):
            try:
                workspace = open_with_password(open_url, url, window)
            except DatabaseOpenError as again:
                err = again
            else:
                opened(workspace)
                return
        if not isinstance(err, DatabaseOpenError):  # unexpected: the task logged the traceback
            err = DatabaseOpenError(
                f"Cannot open {opening_label(url)}: {type(err).__name__}: {err}"
            )
        print(f"leaddesk: {err}", file=sys.stderr)
        QMessageBox.critical(window, "LeadDesk", i18n.translate_error(err))
        QApplication.exit(2)

    result: list[Workspace] = []

    def work(_progress: object) -> Workspace:
        result.append(open_with_password(open_url, url, ask=lambda *_: None))
        return result[0]

    # A thread of its own: opening never queues behind other background work.
    pool = TaskPool(max_threads=1, name="leaddesk-opening")
    window.opening_pool = pool
    start_task(work, on_done=opened, on_error=failed, owner=window, pool=pool)
    return result


def _report_startup(window: Any) -> None:
    """``LEADDESK_STARTUP_PROBE=1`` (benchmarks/startup.py, for any build of the app): print
    "ready" when the window handles its first events, "board" when the database shows, quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def ready() -> None:
        print("ready", flush=True)
        board()

    def board() -> None:
        if window.workspace is None:
            QTimer.singleShot(20, board)
            return
        QApplication.processEvents()
        print("board", flush=True)
        QApplication.quit()

    QTimer.singleShot(0, ready)


def _install_auto_backup(window: object) -> None:
    """Backups: one of the database as it was opened, then while there are changes."""
    from leaddesk.ui.backups.dialog import install_auto_backup

    window.auto_backup = install_auto_backup(window)  # type: ignore[attr-defined]


def default_path_hint() -> Path:
    return default_database_path()
