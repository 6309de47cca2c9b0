"""Help → Keyboard shortcuts: every menu action with its keys, read from the window itself,
and the board's own keys."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

#: An action's name for the shortcuts list when its menu text changes (Undo says what it
#: undoes, the dock's toggle is named after the lead shown): set with ``setProperty``.
STATIC_NAME = "leaddesk_static_name"


def native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def plain(text: str) -> str:
    """A menu text without its mnemonic ampersand and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(menu_bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action in every menu, in menu order."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.isSeparator() or not action.text():
                continue
            if action.menu() is not None:
                if action.menu().objectName() != "recentMenu":  # files, not commands
                    walk(action.menu(), f"{path} › {plain(action.text())}")
                continue
            keys = ", ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
            )
            name = action.property(STATIC_NAME) or plain(action.text())
            rows.append((path, str(name), keys))

    for top in menu_bar.actions():
        if top.menu() is not None:
            walk(top.menu(), plain(top.text()))
    return rows


class ShortcutsDialog(QDialog):
    """A read-only table: menu, command, keys."""

    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        rows = shortcut_rows(menu_bar) + self.board_rows()
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(600, 560)

    def board_rows(self) -> list[tuple[str, str, str]]:
        """The keys of the board's cards, which no menu lists."""
        board = self.tr("Board")
        return [
            (
                board,
                self.tr("Select the card in the next column"),
                native("Left") + ", " + native("Right"),
            ),
            (
                board,
                self.tr("Select the card above or below"),
                native("Up") + ", " + native("Down"),
            ),
            (board, self.tr("Move the selected leads to the next stage"), native("Ctrl+Right")),
            (board, self.tr("Move the selected leads to the previous stage"), native("Ctrl+Left")),
            (
                board,
                self.tr("Show the lead in the side panel"),
                native("Return") + " " + self.tr("or a click"),
            ),
            (board, self.tr("Open the lead in its own window"), self.tr("Double-click")),
            (board, self.tr("Archive the selected leads"), native("Delete")),
            (board, self.tr("Move leads to another stage"), self.tr("Drag the cards")),
        ]


def open_shortcuts(window: QWidget, menu_bar: QMenuBar) -> ShortcutsDialog:
    dialog = ShortcutsDialog(menu_bar, window)
    dialog.open()
    return dialog
