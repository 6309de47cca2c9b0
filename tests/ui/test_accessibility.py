"""Screen readers can name every input on every screen (accessible name or a buddy label)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTextEdit,
    QWidget,
)

from leaddesk.ui.main_window import MainWindow
from tests.ui.test_languages import sal_lead, screens, settle, workspace  # noqa: F401

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QAbstractItemView, QAbstractButton)


def nameless(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), QComboBox | QAbstractSpinBox | QAbstractItemView):
            continue  # parts of a combo box, date field or table: the outer widget is named
        if isinstance(widget, QHeaderView):
            continue  # a table's header: its sections are the column names
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if not (name or widget.accessibleName()).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_input_has_an_accessible_name(qtbot, workspace, tmp_path) -> None:  # noqa: F811
    lead_id = sal_lead(workspace)
    window = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    problems = {}
    for name, opener in screens(tmp_path).items():
        widget = opener(window, lead_id)
        settle()
        widget.show()
        missing = nameless(widget)
        if missing:
            problems[name] = missing
        if widget is not window:
            widget.close()
            settle()
    assert not problems, "\n".join(f"{k}: {v}" for k, v in problems.items())
