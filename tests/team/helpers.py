"""Shared by the team tests: the PostgreSQL test database, two users on one database."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PG_URL, _reset_postgres

needs_postgres = pytest.mark.skipif(
    not PG_URL,
    reason="needs a PostgreSQL server: set LEADDESK_TEST_DB_URL (bash .ci/run starts one)",
)


def fresh_postgres() -> str:
    """The PostgreSQL test database, emptied."""
    _reset_postgres(PG_URL)
    return PG_URL


def open_as(url: str, user: str, clock=None):
    """A workspace of its own (its own engine and connections), as one user's copy of the app."""
    from leaddesk.app import build_workspace
    from leaddesk.storage.db import open_database

    workspace = build_workspace(open_database(url), actor=user)
    if clock is not None:
        workspace.leads.clock = clock
    return workspace


class PrivateServer:
    """A throwaway PostgreSQL of the test's own (never the shared one), to stop and restart."""

    def __init__(self, bindir: Path, data: Path, port: int) -> None:
        self.bindir, self.data, self.port = bindir, data, port
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/leaddesk"

    def _as_postgres(self, tool: str, *args: str) -> None:
        subprocess.run(
            ["runuser", "-u", "postgres", "--", str(self.bindir / tool), *args],
            check=True,
            capture_output=True,
            timeout=60,
        )

    def init(self) -> None:
        self._as_postgres(
            "initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
            "--locale=C.UTF-8", "-N",
        )  # fmt: skip

    def start(self) -> None:
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k /tmp -c fsync=off"
        self._as_postgres(
            "pg_ctl", "-D", str(self.data), "-l", str(self.data / "server.log"), "-w", "-o",
            options, "start",
        )  # fmt: skip

    def stop(self) -> None:
        self._as_postgres("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def createdb(self, name: str) -> str:
        self._as_postgres(
            "createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name
        )
        return self.url.rsplit("/", 1)[0] + f"/{name}"


def _free_port(preferred: int) -> int:
    for port in (preferred, *range(preferred + 1, preferred + 40)):
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return port
    raise RuntimeError("no free port for a private PostgreSQL server")


@pytest.fixture(scope="module")
def private_server() -> Iterator[PrivateServer]:
    """Started here, stopped and deleted afterwards; port 55439 (or the next free one)."""
    if not PG_URL:
        pytest.skip("needs a PostgreSQL installation: set LEADDESK_TEST_DB_URL (bash .ci/run)")
    bindirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    if os.geteuid() != 0 or not bindirs or shutil.which("runuser") is None:
        pytest.skip("starting a private PostgreSQL server needs root, runuser and initdb")
    # Not under tmp_path: the postgres user cannot enter pytest's private temp folders.
    data = Path(tempfile.mkdtemp(prefix="leaddesk-private-pg-", dir="/tmp"))
    shutil.chown(data, "postgres", "postgres")
    data.chmod(0o700)
    server = PrivateServer(Path(bindirs[-1]), data, _free_port(55439))
    try:
        server.init()
        server.start()
        server.createdb("leaddesk")
        yield server
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            server.stop()
        shutil.rmtree(data, ignore_errors=True)
