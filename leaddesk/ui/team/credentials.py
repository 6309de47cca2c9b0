"""Server passwords: kept in the system keyring when there is one, else asked for; never in files."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from leaddesk.core.errors import DatabaseOpenError
from leaddesk.core.team.service import (
    ServerAddress,
    asks_for_password,
    password_in,
    without_password,
)
from leaddesk.ui.i18n import ui_tr

KEYRING_SERVICE = "LeadDesk"
URL_KEY = "database/url"
USER_KEY = "user/name"
log = logging.getLogger(__name__)
T = TypeVar("T")


def tr(text: str) -> str:
    return ui_tr(text)


def keyring_available() -> bool:
    """Is there a real system keyring (not the 'fail' or 'null' backends)?"""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # pragma: no cover - keyring is a dependency
        return False
    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and backend.priority > 0


def load_password(address: ServerAddress) -> str | None:
    if not keyring_available():
        return None
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, address.account)
    except Exception as err:  # a locked or broken keyring: ask the user instead
        log.warning("keyring unavailable: %s", err)
        return None


def store_password(address: ServerAddress, password: str) -> bool:
    """Keep ``password`` in the keyring; False if there is none (it will be asked at start)."""
    if not keyring_available() or not password:
        return False
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, address.account, password)
    except Exception as err:
        log.warning("keyring refused the password: %s", err)
        return False
    return True


def ask_password(parent: QWidget | None, address: ServerAddress, wrong: bool = False) -> str | None:
    """Ask for the server password; None if the user cancels."""
    prompt = tr("Password for {user} on {host}:{port}/{database}:").format(
        user=address.user or tr("(default user)"),
        host=address.host,
        port=address.port,
        database=address.database,
    )
    if wrong:
        prompt = tr("The server refused that password.") + "\n" + prompt
    text, ok = QInputDialog.getText(
        parent, tr("LeadDesk — database password"), prompt, QLineEdit.EchoMode.Password
    )
    return text if ok else None


def open_with_password(
    open_url: Callable[[str], T],
    url: str,
    parent: QWidget | None = None,
    ask: Callable[[QWidget | None, ServerAddress, bool], str | None] | None = None,
) -> T:
    """Open ``url``, adding the keyring's password, or asking for it when the server wants one.

    ``ask`` is the password dialog unless given (a background opening asks nobody).
    """
    ask = ask or ask_password
    address = ServerAddress.from_url(url)
    if address is None or password_in(url):
        return open_url(url)
    password = load_password(address)
    attempt = address.url(password) if password else url
    wrong = False
    for _ in range(3):
        try:
            return open_url(attempt)
        except DatabaseOpenError as err:
            if not asks_for_password(err):
                raise
            typed = ask(parent, address, wrong)
            if typed is None:
                raise
            attempt, wrong = address.url(typed), True
    return open_url(attempt)


def saved_database_url(settings: QSettings) -> str:
    """The database chosen in Settings → Database (no password in it), or ''."""
    return str(settings.value(URL_KEY, "") or "")


def save_database_url(settings: QSettings, url: str) -> None:
    settings.setValue(URL_KEY, without_password(url))


def saved_user_name(settings: QSettings, default: str) -> str:
    """The name recorded on what this user changes (Settings → Database)."""
    return str(settings.value(USER_KEY, "") or "") or default
