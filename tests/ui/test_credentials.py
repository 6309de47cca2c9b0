"""Opening a server that wants a password: keyring first, else the user is asked."""

from __future__ import annotations

import pytest

from leaddesk.core.errors import DatabaseOpenError
from leaddesk.core.team.service import ServerAddress, password_in
from leaddesk.ui.team.credentials import open_with_password

URL = "postgresql+psycopg://ana@db.lan:5432/leaddesk"


def server_wanting(password: str):
    tried: list[str | None] = []

    def open_url(url: str) -> str:
        tried.append(password_in(url))
        if password_in(url) != password:
            raise DatabaseOpenError('Cannot open: password authentication failed for user "ana"')
        return "workspace"

    return open_url, tried


def test_the_user_is_asked_until_the_server_accepts() -> None:
    open_url, tried = server_wanting("right")
    answers = iter(["wrong", "right"])
    asked: list[bool] = []

    def ask(_parent, address: ServerAddress, wrong: bool) -> str:
        asked.append(wrong)
        assert address.account == "ana@db.lan:5432/leaddesk"
        return next(answers)

    assert open_with_password(open_url, URL, ask=ask) == "workspace"
    assert tried == [None, "wrong", "right"]
    assert asked == [False, True]


def test_cancelling_the_question_gives_the_servers_refusal() -> None:
    open_url, _ = server_wanting("right")
    with pytest.raises(DatabaseOpenError, match="password authentication failed"):
        open_with_password(open_url, URL, ask=lambda *_: None)


def test_other_errors_are_not_a_password_question() -> None:
    def refused(url: str) -> str:
        raise DatabaseOpenError("Cannot open: connection refused")

    asked: list[object] = []
    with pytest.raises(DatabaseOpenError, match="connection refused"):
        open_with_password(refused, URL, ask=lambda *a: asked.append(a))
    assert asked == []
