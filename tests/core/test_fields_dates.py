"""Custom fields that hold a date stay dates: what is typed is read as a date or refused."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leaddesk.core.errors import FieldInvalid
from leaddesk.core.fields import clean_date_text, is_date_value
from leaddesk.core.values import DateOrder


@pytest.mark.parametrize(
    ("typed", "order", "kept"),
    [
        ("15/3/2026", DateOrder.DAY_FIRST, "2026-03-15"),
        ("3/15/2026", DateOrder.MONTH_FIRST, "2026-03-15"),
        ("2026-03-15", DateOrder.MONTH_FIRST, "2026-03-15"),
        ("15 marzo 2026", DateOrder.DAY_FIRST, "2026-03-15"),
        ("March 15, 2026", DateOrder.DAY_FIRST, "2026-03-15"),
        ("2026-03-15 10:30", DateOrder.DAY_FIRST, "2026-03-15"),
        ("  ", DateOrder.DAY_FIRST, ""),
    ],
)
def test_dates_typed_as_people_write_them_are_kept_as_iso(typed, order, kept) -> None:
    assert clean_date_text("fecha", typed, order) == kept


@pytest.mark.parametrize("typed", ["31/02/2026", "soon", "3/15/2026", "2026-13-01"])
def test_what_is_not_a_day_is_refused_with_the_field_named(typed) -> None:
    with pytest.raises(FieldInvalid) as refused:
        clean_date_text("fecha_alta", typed, DateOrder.DAY_FIRST)
    assert refused.value.field == "fecha_alta" and typed in str(refused.value)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_any_day_written_either_way_comes_back_the_same(day: date) -> None:
    dayfirst = f"{day.day}/{day.month}/{day.year}"
    monthfirst = f"{day.month}/{day.day}/{day.year}"
    assert clean_date_text("d", dayfirst, DateOrder.DAY_FIRST) == day.isoformat()
    assert clean_date_text("d", monthfirst, DateOrder.MONTH_FIRST) == day.isoformat()
    assert is_date_value(day.isoformat()) and not is_date_value(dayfirst)
