"""The main window: menus, shortcuts, central views, docks, and the remembered layout."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from leaddesk import __version__
from leaddesk.core.changes import Changes
from leaddesk.core.errors import LeadDeskError
from leaddesk.core.workspace import Workspace
from leaddesk.logs import log_dir
from leaddesk.ui import recent
from leaddesk.ui.dialogs import open_new_lead, show_error
from leaddesk.ui.first_run import FirstRun, FirstRunPage, open_demo
from leaddesk.ui.i18n import translate_error
from leaddesk.ui.importing.drop import dropped_spreadsheet
from leaddesk.ui.main_menus import NEEDS_DATABASE, build_menus
from leaddesk.ui.opening import OpeningPage

#: Opens another database and returns its workspace (wired by app.py).
OpenDatabase = Callable[[str], Workspace]
#: Opens the demo pipeline's database (filled on first use): its URL and workspace.
OpenDemo = Callable[[], tuple[str, Workspace]]


class MainWindow(QMainWindow):
    """Owns the undo stack and turns every service's Changes into view refreshes."""

    changes_applied = Signal(object)

    def __init__(
        self,
        workspace: Workspace | None,
        *,
        settings: QSettings | None = None,
        open_database: OpenDatabase | None = None,
        open_demo: OpenDemo | None = None,
        opening: str = "",
    ) -> None:
        """``workspace`` None: the window shows that ``opening`` is opening until ``attach``."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.workspace: Workspace = None  # type: ignore[assignment]  # set by attach()
        self.qsettings = settings or QSettings()
        self._open_database = open_database
        self._open_demo = open_demo
        self._opening = opening
        self.undo_stack = QUndoStack(self)
        self.actions: dict[str, QAction] = {}

        self.pages = QStackedWidget(self)
        self.setCentralWidget(self.pages)
        self.board: QWidget = OpeningPage(opening, self)
        self.pages.addWidget(self.board)
        self.reports_page: QWidget | None = None
        self.my_day_page: QWidget | None = None
        self.first_run = FirstRun(self)  # in the board's place while there is no lead

        self.detail_dock = QDockWidget(self.tr("Lead"), self)
        self.detail_dock.setObjectName("detailDock")
        self.detail_dock.setWidget(QLabel(self.tr("Select a lead to see its details."), self))
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.detail_dock)

        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self._build_menus()
        self.changes_applied.connect(self._refresh_status)
        self.setWindowTitle(f"LeadDesk — {opening}")
        self.resize(1360, 820)
        self._restore_layout()
        self.team_sync = None
        self._lead_total: int | None = None  # counted on each change, not each keystroke
        if workspace is not None:
            self.attach(workspace)
        else:
            self._enable_workspace_actions(False)

    def attach(self, workspace: Workspace) -> None:
        """Show ``workspace`` (opened in the background at start-up): board, counts, title."""
        self.workspace = workspace
        self._replace_board()
        self._enable_workspace_actions(True)
        # The opening page took no focus: once the board is on screen, the filter, as before.
        QTimer.singleShot(0, lambda: self.focusWidget() is None and self.focus_filter())
        self._refresh_status(Changes(everything=True))
        self._update_title()
        from leaddesk.ui.team.sync import TeamSync

        # On a shared database: others' changes appear, a lost server shows a banner.
        self.team_sync = TeamSync(self)
        self._start_upkeep()

    def _enable_workspace_actions(self, enabled: bool) -> None:
        """What needs an open database waits for it (the window shows before it is open)."""
        for key in NEEDS_DATABASE:
            self.actions[key].setEnabled(enabled)
        self.recent_menu.setEnabled(enabled)

    # -- building ------------------------------------------------------------------------
    def _start_upkeep(self) -> None:
        """Background upkeep while the window is open: old activity fading from scores."""
        from leaddesk.ui.agenda.reminders import Reminders
        from leaddesk.ui.scoring.commands import schedule_decay_rescore

        schedule_decay_rescore(self)
        # What is due, said once the board is on screen (and again each morning).
        self.reminders = Reminders(self)
        QTimer.singleShot(0, self.reminders.check)

    def _make_board(self) -> QWidget:
        from leaddesk.ui.board.board_view import BoardView

        view = BoardView(self)
        self.changes_applied.connect(view.apply_changes)
        view.shown_changed.connect(self._show_count)
        return view

    def _replace_board(self) -> None:
        old = self.board
        self.board = self._make_board()
        self.pages.insertWidget(0, self.board)
        self.pages.removeWidget(old)
        old.deleteLater()
        self.pages.setCurrentWidget(self.board)

    def selected_lead_ids(self) -> list[int]:
        """The leads selected on the board (the central view decides what that means)."""
        return list(getattr(self.board, "selected_lead_ids", list)())

    def open_lead(self, lead_id: int) -> None:
        """Show a lead in the detail dock."""
        from leaddesk.ui.detail.view import show_lead

        show_lead(self, lead_id)

    def _build_menus(self) -> None:
        self.menus = build_menus(self)

    # -- changes -------------------------------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        """The one place views hear about writes: each refreshes what the changes touch."""
        if changes:
            self.changes_applied.emit(changes)

    def run_guarded(self, action: Callable[[], object]) -> object | None:
        """Run a user action; a refusal or error becomes a message, never a crash."""
        try:
            return action()
        except LeadDeskError as err:
            self.statusBar().showMessage(translate_error(err), 8000)
            show_error(self, err)
        return None

    def _refresh_status(self, _changes: Changes) -> None:
        if self.workspace is None:
            return
        self._lead_total = self.workspace.leads.count_leads()
        self._show_count()
        self.first_run.update(empty=self._lead_total == 0)

    def _show_count(self) -> None:
        """The status bar's count: every lead, or what the board's filter shows of them."""
        if self.workspace is None:
            return
        count = self._lead_total
        if count is None:
            count = self._lead_total = self.workspace.leads.count_leads()
        board = self.board
        if getattr(board, "is_filtered", bool)():
            # What the filter shows, out of all: "12 of 554 leads".
            self.count_label.setText(
                self.tr("{shown} of %n lead(s)", "", count).format(shown=board.shown_count())
            )
        else:
            self.count_label.setText(self.tr("%n lead(s)", "", count))

    def database_name(self) -> str:
        """The open database, or the one still opening."""
        return self.workspace.database_name if self.workspace is not None else self._opening

    def _update_title(self) -> None:
        self.setWindowTitle(f"LeadDesk — {self.workspace.database_name}")
        self.setWindowFilePath(self.workspace.database_name)

    # -- actions -------------------------------------------------------------------------
    def new_lead(self) -> None:
        open_new_lead(self)

    def import_file(self, path: str | None = None) -> None:
        from leaddesk.ui.importing.wizard import open_import_wizard

        open_import_wizard(self, path)

    def show_import_history(self) -> None:
        from leaddesk.ui.importing.history import open_import_history

        open_import_history(self)

    def import_activity(self, path: str | None = None) -> None:
        from leaddesk.ui.activity.wizard import open_activity_wizard

        open_activity_wizard(self, path)

    def export_file(self) -> None:
        from leaddesk.ui.exporting.dialog import open_export_dialog

        open_export_dialog(self)

    def show_rules_editor(self) -> None:
        from leaddesk.ui.scoring.editor import open_rules_editor

        open_rules_editor(self)

    def qualification_call(self) -> None:
        ids = self.selected_lead_ids()
        if not ids:
            self.statusBar().showMessage(self.tr("Select a lead in SAL first."), 5000)
            return
        from leaddesk.ui.qualification.form import open_qualification_form

        open_qualification_form(self, ids[0])

    def set_follow_up(self) -> None:
        """A follow-up on the selected lead (or the one in the detail dock)."""
        ids = self.selected_lead_ids()
        if self.my_day_page is not None and self.pages.currentWidget() is self.my_day_page:
            row = self.my_day_page.current_row()  # type: ignore[attr-defined]
            ids = [row[1]] if row else []
        shown = getattr(self.detail_dock.widget(), "lead_id", None)
        lead_id = ids[0] if ids else shown
        if lead_id is None:
            self.statusBar().showMessage(self.tr("Select a lead first."), 5000)
            return
        from leaddesk.ui.agenda.follow_up import open_follow_up_dialog

        open_follow_up_dialog(self, lead_id)

    def show_backups(self) -> None:
        from leaddesk.ui.backups.dialog import open_backups_dialog

        open_backups_dialog(self)

    def check_database(self) -> None:
        from leaddesk.ui.backups.dialog import check_database

        check_database(self)

    def show_settings(self) -> None:
        from leaddesk.ui.settings.database import open_settings_dialog

        open_settings_dialog(self)

    def show_board(self) -> None:
        """The board; on a database with no lead yet, the first-run page in its place."""
        if self._lead_total == 0 and self.workspace is not None:
            if self.pages.currentWidget() is not self.first_run.page:
                self.pages.setCurrentWidget(self.board)  # from Reports or My day
            self.first_run.update(empty=True)
        else:
            self.pages.setCurrentWidget(self.board)

    @property
    def first_run_page(self) -> FirstRunPage | None:
        return self.first_run.page

    def open_demo(self) -> None:
        """The demo pipeline, in a database of its own (the first-run page offers it)."""
        opened = open_demo(self, self._open_demo)
        if opened is not None:
            self._show_workspace(*opened)

    def show_reports(self) -> None:
        if self.reports_page is None:
            from leaddesk.ui.agenda.handover_tab import add_hand_over_tab
            from leaddesk.ui.reports.view import ReportsPage

            self.reports_page = ReportsPage(self)
            self.changes_applied.connect(self.reports_page.apply_changes)
            add_hand_over_tab(self, self.reports_page)  # the marketing–sales hand-over
            self.pages.addWidget(self.reports_page)
        self.pages.setCurrentWidget(self.reports_page)

    def show_my_day(self) -> None:
        """The day's queue (Ctrl+3): calls to make, follow-ups, MQLs waiting, meetings."""
        if self.my_day_page is None:
            from leaddesk.ui.agenda.view import MyDayPage

            self.my_day_page = MyDayPage(self)
            self.changes_applied.connect(self.my_day_page.apply_changes)
            self.pages.addWidget(self.my_day_page)
        self.pages.setCurrentWidget(self.my_day_page)

    def focus_filter(self) -> None:
        focus = getattr(self.board, "focus_filter", None)
        if focus is not None:
            focus()
        else:
            self.board.setFocus()

    # -- files dropped on the window: a spreadsheet is an import --------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_spreadsheet(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_spreadsheet(event.mimeData())
        if path and self.workspace is not None:  # still opening: nothing to import into yet
            event.acceptProposedAction()
            self.import_file(path)

    def choose_database(self) -> None:
        path = recent.open_file_name(
            self,
            self.qsettings,
            "database",
            self.tr("Open database"),
            self.tr("LeadDesk databases (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.switch_database(path)

    def switch_database(self, url: str) -> None:
        if self._open_database is None or self.workspace is None:
            return  # still opening the first one: File → Open recent waits for it
        workspace = self.run_guarded(lambda: self._open_database(url))  # type: ignore[misc]
        if workspace is None:
            return
        self._show_workspace(url, workspace)  # type: ignore[arg-type]

    def _show_workspace(self, url: str, workspace: Workspace) -> None:
        """Put ``workspace`` (just opened at ``url``) in the place of the one open now."""
        self.workspace.close()
        self.workspace = workspace  # type: ignore[assignment]
        recent.remember_database(self.qsettings, url)
        self.undo_stack.clear()
        self._replace_board()
        self._update_title()
        self.apply_changes(Changes(everything=True))

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About LeadDesk"),
            self.tr(
                "LeadDesk {version}\nOffline lead qualification for small sales teams.\n\n"
                "Database: {db}\nLogs: {logs}"
            ).format(version=__version__, db=self.database_name(), logs=log_dir()),
        )

    def show_preferences(self) -> None:
        from leaddesk.ui.settings.preferences import open_preferences

        open_preferences(self, self.qsettings)

    def show_shortcuts(self) -> None:
        from leaddesk.ui.shortcuts_dialog import open_shortcuts

        open_shortcuts(self, self.menuBar())

    # -- layout --------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.qsettings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.qsettings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def save_layout(self) -> None:
        if self.first_run.hides_panel:
            self.detail_dock.show()  # hidden for the first-run page only, not by the user
        self.qsettings.setValue("window/geometry", self.saveGeometry())
        self.qsettings.setValue("window/state", self.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        # Upkeep timers (e.g. the daily rescore) stop with the window: its database may be
        # closed next, and a late tick would work on it.
        for timer in self.findChildren(QTimer):
            timer.stop()
        super().closeEvent(event)
