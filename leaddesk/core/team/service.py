"""Working as a team on one shared database: conflicts, lost connections, others' changes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import quote, unquote, urlsplit

from leaddesk.core.changes import Changes
from leaddesk.core.errors import LeadDeskError
from leaddesk.core.progress import Progress


class TransferRefused(LeadDeskError):
    """A copy between databases that cannot be done (target not empty, counts differ)."""


@dataclass(frozen=True, slots=True)
class TransferReport:
    """What a copy between databases moved: rows per table, checked equal on both sides."""

    source: str
    target: str
    counts: Mapping[str, int]

    @property
    def leads(self) -> int:
        return self.counts.get("leads", 0)


@dataclass(frozen=True, slots=True)
class ConnectionReport:
    """What "Test connection" found at a database URL."""

    where: str
    leads: int | None  # None: no LeadDesk tables yet (they are created on first connect)
    needs_upgrade: bool = False


class ChangeWatcher(Protocol):
    """Finds what other users changed in the shared database since the last poll."""

    def poll(self) -> Changes:
        """The changes since the previous call (nothing on the first call)."""
        ...


@dataclass
class TeamService:
    """What the window needs to work on a shared database (``workspace.team``)."""

    watcher: ChangeWatcher
    #: True on a server many users share (PostgreSQL); False on a local SQLite file
    shared: bool
    #: url → what is there; raises DatabaseOpenError/DatabaseUnavailable with a clear message
    test_connection: Callable[[str], ConnectionReport]
    #: (source url, empty target url, progress) → report; all or nothing
    copy_database: Callable[[str, str, Progress], TransferReport]
    #: the URL this workspace was opened with (in memory only: it may hold the password)
    url: str = field(default="", repr=False)

    def poll(self) -> Changes:
        """Leads changed in the database since the last poll (by anyone)."""
        return self.watcher.poll()


@dataclass(frozen=True, slots=True)
class ServerAddress:
    """Where a shared PostgreSQL database is; the password is never part of it."""

    host: str
    port: int = 5432
    database: str = "leaddesk"
    user: str = ""

    @property
    def account(self) -> str:
        """The name the password is kept under in the system keyring."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> str:
        """The database URL, with ``password`` only when given (never stored that way)."""
        who = quote(self.user, safe="")
        if password:
            who += ":" + quote(password, safe="")
        at = f"{who}@" if who else ""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"postgresql+psycopg://{at}{host}:{self.port}/{quote(self.database, safe='')}"

    @classmethod
    def from_url(cls, url: str) -> ServerAddress | None:
        """The address in a PostgreSQL URL, or None for anything else (a SQLite file)."""
        parts = urlsplit(url)
        if not parts.scheme.startswith(("postgresql", "postgres")):
            return None
        try:
            port = parts.port or 5432
        except ValueError:
            return None
        return cls(
            host=parts.hostname or "localhost",
            port=port,
            database=unquote(parts.path.lstrip("/")) or "leaddesk",
            user=unquote(parts.username or ""),
        )


def password_in(url: str) -> str | None:
    """The password written in a URL, if any."""
    password = urlsplit(url).password
    return unquote(password) if password else None


def without_password(url: str) -> str:
    """The URL as it may be saved in settings: the same address, no password."""
    address = ServerAddress.from_url(url)
    return address.url() if address is not None else url


def asks_for_password(err: BaseException) -> bool:
    """Did the server refuse because a password is missing or wrong?"""
    text = str(err).lower()
    return "password" in text and any(
        phrase in text
        for phrase in ("authentication failed", "no password supplied", "password is required")
    )
