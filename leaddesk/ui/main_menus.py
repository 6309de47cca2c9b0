"""The main window's menus and actions: File, Edit, View, Tools and Help, with shortcuts.

The window keeps the slots (``import_file``, ``show_reports`` …); this module wires them into
menus, so that a new screen adds one line here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMenu, QMenuBar

from leaddesk.ui import icons, recent
from leaddesk.ui.i18n import ui_tr
from leaddesk.ui.shortcuts_dialog import STATIC_NAME


class MenuWindow(Protocol):
    """What the menus need of the main window (``MainWindow`` is the one implementation):
    the parts they attach to, and the slots they call."""

    actions: dict[str, QAction]
    undo_stack: QUndoStack
    detail_dock: QDockWidget
    qsettings: QSettings
    recent_menu: QMenu

    def menuBar(self) -> QMenuBar: ...
    def setWindowIcon(self, icon: QIcon) -> None: ...
    def switch_database(self, url: str) -> None: ...
    def close(self) -> bool: ...
    def new_lead(self) -> object: ...
    def import_file(self) -> object: ...
    def show_import_history(self) -> object: ...
    def import_activity(self) -> object: ...
    def export_file(self) -> object: ...
    def show_backups(self) -> object: ...
    def choose_database(self) -> object: ...
    def show_settings(self) -> object: ...
    def focus_filter(self) -> object: ...
    def qualification_call(self) -> object: ...
    def show_board(self) -> object: ...
    def show_reports(self) -> object: ...
    def show_rules_editor(self) -> object: ...
    def check_database(self) -> object: ...
    def show_about(self) -> object: ...
    def show_preferences(self) -> object: ...
    def show_shortcuts(self) -> object: ...


# Actions that work on the open database: disabled while it opens.
NEEDS_DATABASE = (
    "new_lead",
    "import",
    "import_history",
    "import_activity",
    "export",
    "backups",
    "open_database",
    "database_settings",
    "find",
    "qualification_call",
    "follow_up",
    "view_reports",
    "view_my_day",
    "scoring_rules",
    "check_database",
)


def tr(text: str) -> str:
    return ui_tr(text)


def add_action(
    window: MenuWindow,
    key: str,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    # A menu command is called with no arguments: Qt's `checked` must not land in a
    # slot's optional parameter (import_activity(path=None) would be given path=False).
    action.triggered.connect(lambda: slot())
    window.actions[key] = action
    return action


def build_menus(window: MenuWindow) -> dict[str, QMenu]:
    """File, Edit, View, Tools and Help, with every action in ``window.actions``."""
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    file_menu.addAction(
        add_action(window, "new_lead", tr("&New lead…"), window.new_lead, QKeySequence.New)
    )
    file_menu.addSeparator()
    file_menu.addAction(add_action(window, "import", tr("&Import…"), window.import_file, "Ctrl+I"))
    file_menu.addAction(
        add_action(window, "import_history", tr("Past i&mports…"), window.show_import_history)
    )
    file_menu.addAction(
        add_action(
            window,
            "import_activity",
            tr("Import &activity…"),
            window.import_activity,
            "Ctrl+Shift+I",
        )
    )
    file_menu.addAction(add_action(window, "export", tr("&Export…"), window.export_file, "Ctrl+E"))
    file_menu.addSeparator()
    file_menu.addAction(add_action(window, "backups", tr("&Backups…"), window.show_backups))
    file_menu.addAction(
        add_action(
            window,
            "open_database",
            tr("&Open database…"),
            window.choose_database,
            QKeySequence.Open,
        )
    )
    file_menu.addAction(
        add_action(window, "database_settings", tr("&Database settings…"), window.show_settings)
    )
    file_menu.addSeparator()
    # Ctrl+Q belongs to the qualification call, which reps use all day.
    file_menu.addAction(add_action(window, "quit", tr("&Quit"), window.close, "Ctrl+Shift+Q"))

    edit_menu = bar.addMenu(tr("&Edit"))
    undo = window.undo_stack.createUndoAction(window, tr("&Undo"))
    undo.setShortcut(QKeySequence.Undo)
    redo = window.undo_stack.createRedoAction(window, tr("&Redo"))
    redo.setShortcut(QKeySequence.Redo)
    window.actions["undo"], window.actions["redo"] = undo, redo
    # Their texts name what they undo ("Undo Import leads.xlsx"): the shortcuts list does not.
    undo.setProperty(STATIC_NAME, tr("Undo"))
    redo.setProperty(STATIC_NAME, tr("Redo"))
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    edit_menu.addAction(
        add_action(window, "find", tr("&Find…"), window.focus_filter, QKeySequence.Find)
    )
    edit_menu.addAction(
        add_action(
            window,
            "qualification_call",
            tr("&Qualification call…"),
            window.qualification_call,
            "Ctrl+Q",
        )
    )
    edit_menu.addAction(
        add_action(window, "follow_up", tr("Set follo&w-up…"), window.set_follow_up, "Ctrl+Shift+F")
    )

    view_menu = bar.addMenu(tr("&View"))
    view_menu.addAction(add_action(window, "view_board", tr("&Board"), window.show_board, "Ctrl+1"))
    view_menu.addAction(
        add_action(window, "view_reports", tr("&Reports"), window.show_reports, "Ctrl+2")
    )
    view_menu.addAction(
        add_action(window, "view_my_day", tr("&My day"), window.show_my_day, "Ctrl+3")
    )
    view_menu.addSeparator()
    panel = window.detail_dock.toggleViewAction()
    panel.setProperty(STATIC_NAME, tr("Lead panel"))  # its text is the lead shown
    view_menu.addAction(panel)

    tools_menu = bar.addMenu(tr("&Tools"))
    tools_menu.addAction(
        add_action(window, "scoring_rules", tr("&Scoring rules…"), window.show_rules_editor)
    )
    tools_menu.addAction(
        add_action(window, "check_database", tr("&Check database"), window.check_database)
    )
    help_menu = bar.addMenu(tr("&Help"))
    help_menu.addAction(add_action(window, "about", tr("&About LeadDesk"), window.show_about))
    menus = {
        "file": file_menu,
        "edit": edit_menu,
        "view": view_menu,
        "tools": tools_menu,
        "help": help_menu,
    }
    add_desktop_actions(window, menus)
    return menus


def add_desktop_actions(window: MenuWindow, menus: dict[str, QMenu]) -> None:
    """Preferences, the shortcuts list, Open recent and the icons."""
    window.setWindowIcon(icons.app_icon())
    file_menu, edit_menu, help_menu = (menus[k] for k in ("file", "edit", "help"))
    window.recent_menu = QMenu(tr("Open &recent"), window)
    window.recent_menu.setObjectName("recentMenu")
    window.recent_menu.aboutToShow.connect(lambda: fill_recent_menu(window))
    after_open = file_menu.actions()[file_menu.actions().index(window.actions["open_database"]) + 1]
    file_menu.insertMenu(after_open, window.recent_menu)
    fill_recent_menu(window)
    edit_menu.addSeparator()
    edit_menu.addAction(
        add_action(window, "preferences", tr("&Preferences…"), window.show_preferences, "Ctrl+,")
    )
    help_menu.insertAction(
        window.actions["about"],
        add_action(
            window,
            "shortcuts",
            tr("&Keyboard shortcuts"),
            window.show_shortcuts,
            QKeySequence.StandardKey.HelpContents,
        ),
    )
    for key, name in (
        ("new_lead", "new-lead"),
        ("import", "import"),
        ("export", "export"),
        ("open_database", "database"),
        ("find", "find"),
        ("qualification_call", "call"),
        ("view_board", "board"),
        ("view_reports", "reports"),
        ("preferences", "preferences"),
        ("shortcuts", "keyboard"),
    ):
        window.actions[key].setIcon(icons.icon(name))


def fill_recent_menu(window: MenuWindow) -> None:
    """Open recent: the databases opened last, newest first."""
    window.recent_menu.clear()
    entries = recent.recent_databases(window.qsettings)
    for number, location in enumerate(entries, start=1):
        action = window.recent_menu.addAction(f"&{number} {location}")
        action.setData(location)
        action.triggered.connect(lambda _=False, u=location: window.switch_database(u))
    if entries:
        window.recent_menu.addSeparator()
    clear = window.recent_menu.addAction(tr("&Clear list"))
    clear.setEnabled(bool(entries))
    clear.triggered.connect(lambda: recent.clear_recent(window.qsettings))
