"""Where databases live and how a location is written, without importing SQLAlchemy.

The window shows where it is opening before the database layer has even been imported.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "LeadDesk"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path(demo: bool = False) -> Path:
    return data_dir() / ("demo.sqlite" if demo else "leaddesk.sqlite")


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve()}"


def normalise_url(url_or_path: str) -> str:
    """Accept a SQLAlchemy URL or a plain file path (taken as a SQLite file)."""
    if "://" in url_or_path:
        if url_or_path.startswith(("postgresql://", "postgres://")):
            return "postgresql+psycopg://" + url_or_path.split("://", 1)[1]
        return url_or_path
    return sqlite_url(url_or_path)
