"""A column header's menu: its WIP limit, its aging limit, collapse or expand."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QInputDialog, QMenu

from leaddesk.core.stages import Stage
from leaddesk.ui.i18n import stage_name


def tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context: look it up there.
    return QCoreApplication.translate("", text)


def show_column_menu(board: Any, stage: Stage, pos: QPoint) -> QMenu:
    """Pop up the menu of ``stage``'s column at ``pos`` (in the column's coordinates)."""
    column = board.columns[stage]
    menu = QMenu(board)
    menu.addAction(tr("Set WIP limit…"), lambda: ask_wip_limit(board, stage))
    menu.addAction(tr("Set aging limit…"), lambda: ask_aging_limit(board, stage))
    menu.addAction(
        tr("Expand") if column.collapsed else tr("Collapse"),
        lambda: column.set_collapsed(not column.collapsed),
    )
    selected = column.selected_ids()
    if selected:
        from leaddesk.ui.agenda.follow_up import open_follow_up_dialog

        menu.addSeparator()
        menu.addAction(
            tr("Set follo&w-up…"), lambda: open_follow_up_dialog(board.window_, selected[0])
        )
    menu.popup(column.mapToGlobal(pos))
    return menu


def ask_wip_limit(board: Any, stage: Stage) -> None:
    value, ok = QInputDialog.getInt(
        board,
        tr("WIP limit"),
        tr("Most leads {stage} should hold (0: no limit):").format(stage=stage_name(stage)),
        board.prefs.wip_limit(stage) or 0,
        0,
        1_000_000,
    )
    if ok:
        board.set_wip_limit(stage, value or None)


def ask_aging_limit(board: Any, stage: Stage) -> None:
    value, ok = QInputDialog.getInt(
        board,
        tr("Aging limit"),
        tr(
            "Days without an interaction before a card in {stage} turns amber "
            "(red at twice that; 0: never):"
        ).format(stage=stage_name(stage)),
        board.prefs.aging_limit(stage) or 0,
        0,
        3650,
    )
    if ok:
        board.set_aging_limit(stage, value or None)
