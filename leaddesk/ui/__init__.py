"""PySide6 only. Talks to ``core`` services; never to storage or SQLAlchemy.

The main window, its menus, tasks and undo commands at this level; one package per screen beside them.
"""

from leaddesk.ui import _none_guard  # noqa: F401  (first: guards every later Qt call)
