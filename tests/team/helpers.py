"""Shared by the team tests: the PostgreSQL test database, two users on one database."""

from __future__ import annotations

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
