"""Copy a whole LeadDesk database to an empty one (SQLite → PostgreSQL and back), all or nothing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Integer, Table, func, insert, select, text

from leaddesk.core.progress import NO_PROGRESS, Progress
from leaddesk.core.team.service import TransferRefused, TransferReport
from leaddesk.storage.db import Database, open_database
from leaddesk.storage.models import Base
from leaddesk.storage.team import server_name, translate_disconnects

BATCH = 1000


def copy_database(
    source_url: str, target_url: str, progress: Progress = NO_PROGRESS, *, batch: int = BATCH
) -> TransferReport:
    """Copy every table of ``source_url`` into the empty database at ``target_url``.

    The target's schema is created (or upgraded) first; the rows go in one transaction, so a
    failure, a cancel or a lost connection leaves the target empty. Afterwards PostgreSQL's
    id sequences are moved past the copied ids and the row counts are compared before commit.
    """
    source = open_database(source_url)
    try:
        target = open_database(target_url)
    except BaseException:
        source.close()
        raise
    for db in (source, target):
        if not db.is_sqlite:
            translate_disconnects(db.engine, server_name(db.url))
    try:
        if source.engine.url == target.engine.url:
            raise TransferRefused("The source and the target are the same database.")
        return _copy(source, target, progress, batch)
    finally:
        source.close()
        target.close()


def tables() -> list[Table]:
    """Every table LeadDesk keeps, parents before children (foreign keys hold while copying)."""
    return list(Base.metadata.sorted_tables)


def _copy(source: Database, target: Database, progress: Progress, batch: int) -> TransferReport:
    with _snapshot(source) as src, target.engine.begin() as dst:
        occupied = _counts(dst)
        if any(occupied.values()):
            held = ", ".join(f"{n} rows in {t}" for t, n in occupied.items() if n)
            raise TransferRefused(
                f"{target.display_name} is not empty ({held}); LeadDesk copies only into an "
                "empty database, so nothing was changed."
            )
        expected = _counts(src)
        total = sum(expected.values())
        done = 0
        progress.update(0, total, "Copying…")
        for table in tables():
            for rows in _batches(src, table, batch):
                dst.execute(insert(table), rows)
                done += len(rows)
                progress.update(done, total, f"Copying {table.name}: {done:,} of {total:,} rows")
        if dst.dialect.name == "postgresql":
            _fix_sequences(dst)
        copied = _counts(dst)
        if copied != expected:
            wrong = ", ".join(
                f"{t}: {copied[t]} instead of {n}" for t, n in expected.items() if copied[t] != n
            )
            raise TransferRefused(f"The copy did not match the source ({wrong}); nothing was kept.")
        progress.update(total, total, "Checked: every table has the same number of rows.")
    return TransferReport(source=source.display_name, target=target.display_name, counts=copied)


@contextmanager
def _snapshot(db: Database) -> Iterator[Connection]:
    """A read transaction on the source: one consistent picture even if others write."""
    with db.engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            yield conn


def _counts(conn: Connection) -> dict[str, int]:
    return {t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0) for t in tables()}


def _batches(conn: Connection, table: Table, size: int) -> Iterator[list[dict[str, Any]]]:
    order = list(table.primary_key.columns)
    result = conn.execution_options(yield_per=size).execute(select(table).order_by(*order))
    for part in result.partitions(size):
        yield [dict(row._mapping) for row in part]


def _fix_sequences(conn: Connection) -> None:
    """Explicit ids do not advance PostgreSQL's sequences: move each past the largest id."""
    for table in tables():
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        column = keys[0].name
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence(:table, :column), "
                f'COALESCE(MAX("{column}"), 1), MAX("{column}") IS NOT NULL) '
                f'FROM "{table.name}"'
            ),
            {"table": table.name, "column": column},
        )
