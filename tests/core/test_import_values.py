"""Reading cells: emails, phones, dates, numbers, booleans — fast paths and library paths."""

from __future__ import annotations

import contextlib
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leaddesk.core.values import (
    DateOrder,
    ValueProblem,
    cell_text,
    decide_date_order,
    parse_bool,
    parse_date,
    parse_email,
    parse_phone,
    phone_match_key,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ann@lee.com", "ann@lee.com"),
        ("  Ann.Lee+crm@Example.COM ", "Ann.Lee+crm@example.com"),
        ("mailto:bob@roe.org", "bob@roe.org"),
        ("Ann Lee <ann@lee.com>", "ann@lee.com"),
        ('[{"label": "work", "value": "contact@wilson.com"}]', "contact@wilson.com"),
        ("jürgen@münchen.de", "jürgen@münchen.de"),  # only email-validator decides this
    ],
)
def test_emails_are_read(raw: str, expected: str) -> None:
    assert parse_email(raw) == expected


@pytest.mark.parametrize("raw", ["ann", "ann@", "@lee.com", "ann@lee", "a b@c.com", "ann@@lee.com"])
def test_non_emails_are_refused(raw: str) -> None:
    with pytest.raises(ValueProblem, match="is not an email address"):
        parse_email(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+420 777 123 456", "+420 777 123 456"),
        ("(434) 369-3100", "(434) 369-3100"),
        (3210588558.0, "3210588558"),
        ("+1 650-253-0000 ext. 12", "+16502530000 ext. 12"),
        ('[{"label": "work", "value": "5454445454"}]', "5454445454"),
    ],
)
def test_phones_are_read(raw, expected: str) -> None:
    assert parse_phone(raw) == expected


@pytest.mark.parametrize("raw", ["call me", "12", "+1 (555) abc"])
def test_non_phones_are_refused(raw: str) -> None:
    with pytest.raises(ValueProblem, match="is not a phone number"):
        parse_phone(raw)


def test_phone_key_matches_national_and_international_forms() -> None:
    assert phone_match_key("+420 777 123 456") == phone_match_key("777123456")
    assert phone_match_key("12345") == ""


@pytest.mark.parametrize(
    ("raw", "order", "expected"),
    [
        ("2008-09-01", DateOrder.DAY_FIRST, date(2008, 9, 1)),
        ("20080901", DateOrder.DAY_FIRST, date(2008, 9, 1)),
        ("2008-9-1 ", DateOrder.DAY_FIRST, date(2008, 9, 1)),
        ("2018.02.26 19:58", DateOrder.DAY_FIRST, datetime(2018, 2, 26, 19, 58)),
        ("01/09/2008", DateOrder.DAY_FIRST, date(2008, 9, 1)),
        ("09/01/2008", DateOrder.MONTH_FIRST, date(2008, 9, 1)),
        ("9/1/08", DateOrder.MONTH_FIRST, date(2008, 9, 1)),
        ("01-Sep-08", DateOrder.MONTH_FIRST, date(2008, 9, 1)),
        ("September 12, 2008", DateOrder.DAY_FIRST, date(2008, 9, 12)),
        ("3. března 2024".replace("března", "bře"), DateOrder.DAY_FIRST, date(2024, 3, 3)),
    ],
)
def test_dates_are_read(raw: str, order: DateOrder, expected) -> None:
    assert parse_date(raw, order) == expected


@pytest.mark.parametrize("raw", ["2008-25-1", "123456", "31/31/2020", "soon"])
def test_non_dates_are_refused(raw: str) -> None:
    with pytest.raises(ValueProblem, match="is not a date"):
        parse_date(raw)


def test_date_order_is_decided_by_the_unambiguous_values() -> None:
    assert decide_date_order(["01/02/2020", "25/02/2020"]) is DateOrder.DAY_FIRST
    assert decide_date_order(["01/02/2020", "02/25/2020"]) is DateOrder.MONTH_FIRST
    both_ways = ["01/02/2020", "03/04/2020"]
    assert decide_date_order(both_ways, DateOrder.MONTH_FIRST) is DateOrder.MONTH_FIRST


@pytest.mark.parametrize(("raw", "expected"), [("TRUE", True), ("Sí", True), ("ano", True),
                                               ("No", False), (0.0, False), (False, False)])  # fmt: skip
def test_booleans_in_four_languages(raw, expected: bool) -> None:
    assert parse_bool(raw) is expected


def test_cells_read_as_users_see_them() -> None:
    assert cell_text(94523.0) == "94523"
    assert cell_text(2.67) == "2.67"
    assert cell_text(datetime(2016, 10, 20)) == "2016-10-20"
    assert cell_text(None) == ""


anything = st.one_of(
    st.text(max_size=40),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    st.none(),
)


@given(anything)
def test_email_parsing_raises_only_value_problems(value) -> None:
    with contextlib.suppress(ValueProblem):
        assert "@" in parse_email(cell_text(value))


@given(anything)
def test_phone_parsing_raises_only_value_problems(value) -> None:
    with contextlib.suppress(ValueProblem):
        assert phone_match_key(parse_phone(value)) or parse_phone(value)


@given(anything, st.sampled_from(list(DateOrder)))
def test_date_parsing_raises_only_value_problems(value, order: DateOrder) -> None:
    with contextlib.suppress(ValueProblem):
        assert isinstance(parse_date(value, order), date)


@given(anything)
def test_bool_parsing_raises_only_value_problems(value) -> None:
    with contextlib.suppress(ValueProblem):
        assert parse_bool(value) in (True, False)


@given(st.text(alphabet="0123456789/-. :", max_size=20))
def test_date_like_text_raises_only_value_problems(text: str) -> None:
    with contextlib.suppress(ValueProblem):
        parse_date(text, DateOrder.MONTH_FIRST)


def test_the_locale_decides_the_order_of_ambiguous_dates() -> None:
    from leaddesk.core.values import ambiguous_dates, locale_date_order

    assert locale_date_order("en_US.UTF-8") is DateOrder.MONTH_FIRST
    assert locale_date_order("es_ES") is DateOrder.DAY_FIRST
    assert locale_date_order("cs_CZ.UTF-8") is DateOrder.DAY_FIRST
    assert ambiguous_dates(["25/01/2024", "01/09/2008", "03/04/2020", "05/06/2021"]) == [
        "01/09/2008",
        "03/04/2020",
    ]
