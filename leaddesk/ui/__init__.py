"""PySide6 only. Talks to ``core`` services; never to storage or SQLAlchemy."""
