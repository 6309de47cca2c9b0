"""The log file: rotating, private, in the user's log folder. No Qt, no database."""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

LOG_FILE_NAME = "leaddesk.log"
MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 5
logger = logging.getLogger("leaddesk")


def log_dir() -> Path:
    """``platformdirs.user_log_dir("LeadDesk")``: where the log files live."""
    return Path(platformdirs.user_log_dir("LeadDesk", appauthor=False))


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose files are readable by the user only: tracebacks hold lead data."""

    def _open(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.baseFilename, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600)
        return os.fdopen(fd, self.mode.replace("w", "a"), encoding=self.encoding)


class TerminalHandler(logging.Handler):
    """Errors to the terminal the app was started from: whatever ``sys.stderr`` is when the
    record comes (none at all for a windowed app on Windows)."""

    def emit(self, record: logging.LogRecord) -> None:
        stream = sys.stderr
        if stream is None:
            return
        try:
            stream.write(self.format(record) + "\n")
            stream.flush()
        except Exception:  # a closed or broken terminal must not become a second error
            self.handleError(record)


def setup_logging(folder: Path | None = None) -> Path:
    """Send the ``leaddesk`` logger to a rotating file (once per file) and its errors to the
    terminal (once); returns the file's path."""
    if not any(isinstance(h, TerminalHandler) for h in logger.handlers):
        terminal = TerminalHandler(logging.ERROR)  # first: the terminal even without a file
        terminal.setFormatter(logging.Formatter("%(name)s: %(message)s"))
        logger.addHandler(terminal)
    folder = folder or log_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / LOG_FILE_NAME
    for handler in logger.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path
