"""Numbers, money, dates and ages in the user's locale (QLocale's default)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

Number = int | float | Decimal

#: The currency symbol money is shown with; empty = the locale's own currency.
CURRENCY_KEY = "ui/currency"


def format_number(value: Number | None, decimals: int = 0) -> str:
    """``12 500`` / ``12.500`` / ``12,500`` as the locale writes it; '' for None."""
    if value is None:
        return ""
    if decimals == 0 and isinstance(value, int):
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", decimals)


def format_money(value: Number | None, currency: str | None = None, decimals: int = 0) -> str:
    """An amount with a currency symbol where and how the locale puts it ('' for None).

    ``currency`` is a symbol ("€", "Kč"); without one, the locale's own is used.
    """
    if value is None:
        return ""
    locale = QLocale()
    symbol = currency if currency is not None else locale.currencySymbol()
    return locale.toCurrencyString(float(value), symbol, decimals)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def format_date(value: date | datetime | None, long: bool = False) -> str:
    """A date in the locale's short (or long) format; datetimes in local time first."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date() if value.tzinfo else value.date()
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(_qdate(value), fmt)


def to_qdatetime(value: datetime) -> QDateTime:
    """An aware datetime as a QDateTime in the local time zone (naive = already local)."""
    if value.tzinfo is not None:
        value = value.astimezone()
    local = QDateTime(
        _qdate(value), QTime(value.hour, value.minute, value.second), QTimeZone.systemTimeZone()
    )
    return local


def format_datetime(value: datetime | None) -> str:
    """Date and time (no seconds) in local time and the locale's short format."""
    if value is None:
        return ""
    return QLocale().toString(to_qdatetime(value), QLocale.FormatType.ShortFormat)


def format_days(days: int) -> str:
    """An age in days with the language's plural ("1 day", "3 dny", "5 dní")."""
    return QCoreApplication.translate("formatting", "%n day(s)", "", days)


def format_days_short(days: int) -> str:
    """A compact age for cards ("3 d")."""
    return QCoreApplication.translate("formatting", "%1 d").replace("%1", QLocale().toString(days))
