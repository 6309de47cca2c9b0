"""Whole columns of integers read as one text each, which the database joins and numpy parses.

The bulk rescore reads a million interactions: fetched row by row, the driver makes a Python
object of every value, which costs more than the query and the scoring together.
"""

from __future__ import annotations

import json
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
    return joined_columns(conn, columns, None, where)[0]


def joined_columns(
    conn: Any,
    columns: Sequence[ColumnElement[Any]],
    texts: ColumnElement[Any] | None,
    where: Sequence[ColumnElement[Any]],
) -> tuple[list[np.ndarray], list[str | None]]:
    """Like :func:`joined_numbers`, and beside them, in the same pass and row order, the
    values of ``texts`` (a text or NULL per row) as one JSON array the database writes
    (empty when ``texts`` is None)."""
    dialect = conn.dialect.name
    joined = [_joined(dialect, c) for c in columns]
    if texts is not None:
        joined.append(func.json_group_array(texts) if dialect == "sqlite" else func.json_agg(texts))
    values = _run(conn, select(*joined).where(*where)).one()
    numbers = [_parsed(text) for text in values[: len(columns)]]
    if texts is None or not len(numbers[0]):
        return numbers, []
    found = values[-1]  # PostgreSQL's driver hands JSON back already read
    return numbers, json.loads(found) if isinstance(found, str) else list(found)


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
