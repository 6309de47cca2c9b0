"""Whole columns of integers read as one text each, which the database joins and numpy parses.

The bulk rescore reads a million interactions: fetched row by row, the driver makes a Python
object of every value, which costs more than the query and the scoring together.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from sqlalchemy import BigInteger, ColumnElement, Integer, Text, cast, func, select

#: stands for a time the database could not read (an unparseable text in SQLite)
NO_TIME = -(2**62)


def joined_numbers(
    conn: Any, columns: Sequence[ColumnElement[Any]], where: Sequence[ColumnElement[Any]]
) -> list[np.ndarray]:
    """Each integer column (never NULL) of the rows matching ``where`` as an int64 array,
    row by row alike (the aggregates of one query see the rows in one order)."""
    query = select(*(_joined(conn.dialect.name, c) for c in columns)).where(*where)
    return [_parsed(text) for text in _run(conn, query).one()]


def numbers_by_text(
    conn: Any,
    text: ColumnElement[Any],
    numbers: ColumnElement[Any],
    where: Sequence[ColumnElement[Any]],
) -> list[tuple[str, np.ndarray]]:
    """Each distinct non-empty ``text`` of the rows matching ``where``, with the integer
    ``numbers`` (never NULL) of its rows: a row per distinct text, not per row."""
    query = select(text, _joined(conn.dialect.name, numbers)).where(*where, text != "")
    return [(str(value), _parsed(joined)) for value, joined in _run(conn, query.group_by(text))]


def time_numbers(
    dialect: str, column: Any
) -> tuple[ColumnElement[Any], Callable[[np.ndarray], np.ndarray]]:
    """A time column as an exact integer the database computes, and how to turn those
    integers into UTC seconds since 1970 (NaN where the database could not read the time).

    The seconds are the very floats that ``julianday`` (SQLite) or ``extract(epoch)``
    (PostgreSQL) arithmetic gives, so that no score moves by a rounding.
    """
    if dialect == "sqlite":
        # julianday() is SQLite's integer milliseconds divided by 86,400,000.0: get them back.
        millis = cast(func.round(func.julianday(column) * 86_400_000), Integer)

        def from_sqlite(values: np.ndarray) -> np.ndarray:
            seconds = (values / 86_400_000.0 - 2440587.5) * 86_400.0
            return np.where(values == NO_TIME, np.nan, seconds)

        return func.coalesce(millis, NO_TIME), from_sqlite

    def from_postgresql(values: np.ndarray) -> np.ndarray:
        return values / 1_000_000.0  # exact microseconds: the same float as the epoch

    return cast(func.extract("epoch", column) * 1_000_000, BigInteger), from_postgresql


def _run(conn: Any, query: Any) -> Any:
    """The query with its values written into it: SQLite works out constant parts (the CASE
    of each row, the factors) once instead of once per row, as it does for bound values."""
    sql = query.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True})
    return conn.exec_driver_sql(str(sql))


def _joined(dialect: str, column: ColumnElement[Any]) -> ColumnElement[Any]:
    if dialect == "sqlite":
        return func.group_concat(column, ",")
    return func.string_agg(cast(column, Text), ",")


def _parsed(text: str | None) -> np.ndarray:
    return np.fromstring(text, dtype=np.int64, sep=",") if text else np.zeros(0, dtype=np.int64)
