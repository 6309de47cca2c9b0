"""One transaction around a whole use case: the leads it writes, their scores and moves.

A service opens a unit (``SqlUnitOfWork.atomic()``); until it ends, every repository and
store of the same database in the same thread works on the unit's connection, each of their
own transactions becoming a savepoint inside it. The unit commits once at its end, or
rolls back everything, so a crash or a kill leaves the state before or the state after.
Outside a unit each write is its own transaction, as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

#: The open unit of this thread (each thread starts without one): its engine and connection.
_OPEN: ContextVar[tuple[Engine, Connection] | None] = ContextVar("leaddesk_unit", default=None)


def unit_connection(engine: Engine) -> Connection | None:
    """The connection of the unit open on ``engine`` in this thread, if any."""
    found = _OPEN.get()
    if found is None or found[0] is not engine:
        return None
    return found[1]


@contextmanager
def connect(engine: Engine) -> Iterator[Connection]:
    """A connection to read with: the open unit's, else a new one."""
    conn = unit_connection(engine)
    if conn is not None:
        yield conn
        return
    with engine.connect() as conn:
        yield conn


@contextmanager
def begin(engine: Engine) -> Iterator[Connection]:
    """A transaction: a savepoint of the open unit, else one of its own (``engine.begin()``)."""
    conn = unit_connection(engine)
    if conn is None:
        with engine.begin() as conn:
            yield conn
        return
    with conn.begin_nested():
        yield conn


class UnitSessionMaker(sessionmaker[Session]):
    """A sessionmaker whose sessions join the open unit (as savepoints) when there is one."""

    def __call__(self, **local_kw: Any) -> Session:
        engine = self.kw.get("bind")
        conn = unit_connection(engine) if isinstance(engine, Engine) else None
        if conn is not None and "bind" not in local_kw:
            local_kw.update(bind=conn, join_transaction_mode="create_savepoint")
        return super().__call__(**local_kw)


class SqlUnitOfWork:
    """``atomic()`` for the services (``core.ports.UnitOfWork``)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """Everything written inside commits together at the end, or not at all.

        Inside an open unit it only joins it: the outermost unit decides.
        """
        if unit_connection(self.engine) is not None:
            yield
            return
        with self.engine.connect() as conn, conn.begin():
            if conn.dialect.name == "sqlite":
                # Take the write lock now: a transaction that read first and writes later
                # could otherwise find another writer's commit in between and be refused.
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            token = _OPEN.set((self.engine, conn))
            try:
                yield
            finally:
                _OPEN.reset(token)
