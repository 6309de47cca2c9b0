"""SQLAlchemy implementation of ``core.ports.SettingsRepository``: JSON documents by key."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from leaddesk.storage.models import SettingRow


class SqlSettingsRepository:
    """Small JSON documents in the ``settings`` table."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session = session_factory

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self._session() as s:
            row = s.get(SettingRow, key)
            return default if row is None else row.value

    def set_setting(self, key: str, value: Any) -> None:
        with self._session.begin() as s:
            row = s.get(SettingRow, key)
            if row is None:
                s.add(SettingRow(key=key, value=value))
            else:
                row.value = value
