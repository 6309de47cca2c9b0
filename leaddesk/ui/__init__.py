"""PySide6 only. Talks to ``core`` services; never to storage or SQLAlchemy."""

from leaddesk.ui import _none_guard  # noqa: F401  (first: guards every later Qt call)
