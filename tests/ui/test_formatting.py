"""One locale-driven format for numbers, dates, times, weeks and shares, in every language."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from leaddesk.ui import formatting
from leaddesk.ui.i18n import translate_stored
from tests.ui.i18n_helpers import language

#: 9:24:18 in the local time of a machine that runs the tests in any zone: shown as local.
MOMENT = datetime(2026, 12, 3, 9, 24, 18).astimezone().astimezone(UTC)


@pytest.mark.parametrize(
    ("code", "number", "big", "share"),
    [
        # Spanish and Italian group digits from five on (as the budget ranges are written)
        ("es", "5000", "20.000", "42,5\u00a0%"),
        ("it", "5000", "20.000", "42,5\u00a0%"),
        ("cs", "5\u00a0000", "20\u00a0000", "42,5\u00a0%"),
    ],
)
def test_numbers_follow_the_language(code: str, number: str, big: str, share: str) -> None:
    with language(code):
        assert formatting.format_number(5000) == number
        assert formatting.format_number(Decimal("20000"), 0) == big
        assert formatting.format_percent(0.425, 1) == share


def test_english_numbers_and_shares() -> None:
    with language("en"):
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert formatting.format_number(5000) == "5,000"
        assert formatting.format_percent(0.42) == "42%"


@pytest.mark.parametrize(
    ("code", "day", "moment", "week"),
    [
        ("es", "3/12/26", "3/12/26 9:24", "31/8/26"),
        ("it", "03/12/26", "03/12/26 09:24", "31/08/26"),
        ("cs", "03.12.26", "03.12.26 9:24", "31.08.26"),
    ],
)
def test_dates_times_and_weeks_follow_the_language(
    code: str, day: str, moment: str, week: str
) -> None:
    with language(code):
        assert formatting.format_date(MOMENT) == day
        assert formatting.format_datetime(MOMENT) == moment
        # Backups made seconds apart are told apart; the rest of the format is the same.
        assert formatting.format_datetime(MOMENT, seconds=True) == moment + ":18"
        assert formatting.format_time(MOMENT) == moment.split(" ")[1]
        # A chart's week labels and its table's column are one format: the week's Monday.
        assert formatting.format_week(date(2026, 8, 31)) == week
        assert formatting.format_period(date(2026, 8, 31), date(2026, 12, 3)) == f"{week} – {day}"


@pytest.mark.parametrize(
    ("code", "day", "moment"),
    [("es", "d/M/yyyy", "d/M/yyyy H:mm"), ("cs", "dd.MM.yyyy", "dd.MM.yyyy H:mm")],
)
def test_date_editors_use_the_locales_format_with_the_full_year(
    code: str, day: str, moment: str
) -> None:
    with language(code):
        assert formatting.date_edit_format() == day
        assert formatting.date_edit_format(with_time=True) == moment


def test_a_moment_is_shown_in_local_time_whatever_zone_it_was_stored_in() -> None:
    elsewhere = MOMENT.astimezone(timezone(timedelta(hours=-7)))
    with language("cs"):
        assert formatting.format_datetime(elsewhere) == formatting.format_datetime(MOMENT)


@pytest.mark.parametrize(
    ("code", "follow_up"),
    [
        ("es", "Seguimiento el 17/12/26: Send the price list"),
        ("cs", "Navázání 17.12.26: Send the price list"),
    ],
)
def test_dates_inside_stored_sentences_are_shown_the_readers_way(code: str, follow_up: str) -> None:
    """Core stores ISO dates in its sentences; the user's own words stay as typed."""
    with language(code):
        assert translate_stored("Follow-up on 2026-12-17: Send the price list") == follow_up
