"""Shared helpers for the board and detail-view tests: a real main window over a fresh DB."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from leaddesk.core.stages import MoveVia, Stage
from leaddesk.ui.main_window import MainWindow


def make_window(qtbot: Any, workspace: Any) -> MainWindow:
    window = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(window)
    return window


def shown_window(qtbot: Any, workspace: Any) -> MainWindow:
    """A real main window, shown on screen (clicks land where the user's would)."""
    window = make_window(qtbot, workspace)
    window.show()
    qtbot.waitExposed(window)
    return window


def add_lead(workspace: Any, stage: Stage = Stage.LEAD, **fields: Any) -> int:
    """A lead created by hand, then put in ``stage`` the way history would have."""
    fields.setdefault("first_name", "Ana")
    lead_id = workspace.leads.create_lead(fields).value.id
    path = {
        Stage.LEAD: [],
        Stage.MQL: [Stage.MQL],
        Stage.SAL: [Stage.MQL, Stage.SAL],
        Stage.SQL: [Stage.MQL, Stage.SAL, Stage.SQL],
        Stage.CUSTOMER: [Stage.MQL, Stage.SAL, Stage.SQL, Stage.CUSTOMER],
        Stage.NURTURE: [Stage.NURTURE],
        Stage.DISQUALIFIED: [Stage.DISQUALIFIED],
    }[stage]
    for step in path:
        workspace.leads.move_lead(lead_id, step, via=MoveVia.UNDO, reason="setup")
    return lead_id
