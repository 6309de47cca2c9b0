"""Numbers, money, dates and ages in the user's locale (QLocale's default)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

Number = int | float | Decimal

#: The currency symbol money is shown with; empty = the locale's own currency.
CURRENCY_KEY = "ui/currency"


def tr(text: str, disambiguation: None = None, n: int = -1) -> str:
    """lupdate files a module-level ``tr`` under the empty context (a plural with ``n``)."""
    return QCoreApplication.translate("", text, disambiguation, n)


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


def format_datetime(value: datetime | None, seconds: bool = False) -> str:
    """Date and time in local time and the locale's short format (``seconds`` where moments
    a few seconds apart must be told apart, such as backups)."""
    if value is None:
        return ""
    locale = QLocale()
    fmt = locale.dateTimeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "ss" not in fmt:
        fmt = fmt.replace("mm", "mm:ss", 1)
    return locale.toString(to_qdatetime(value), fmt)


def format_time(value: datetime | None) -> str:
    """A time of day (hours and minutes) in local time, as the locale writes it."""
    if value is None:
        return ""
    return QLocale().toString(to_qdatetime(value).time(), QLocale.FormatType.ShortFormat)


def format_week(week_start: date) -> str:
    """A week named by its first day: the same short date in a chart and in its table."""
    return format_date(week_start)


def format_period(start: date, last: date) -> str:
    """A range of days, first to last (both shown), in the locale's short format."""
    return f"{format_date(start)} – {format_date(last)}"


def format_percent(share: float | None, decimals: int = 0) -> str:
    """A share (0.42) as the locale writes a percentage ("42 %", "42%"); '' for None."""
    if share is None:
        return ""
    locale = QLocale()
    number = locale.toString(share * 100, "f", decimals)
    # Languages that space the sign (es, it, cs, fr …) do so with a non-breaking space.
    spaced = locale.language() not in (QLocale.Language.English, QLocale.Language.C)
    return f"{number}\u00a0{locale.percent()}" if spaced else f"{number}{locale.percent()}"


def date_edit_format(with_time: bool = False) -> str:
    """What a date (and time) editor shows: the locale's short format, the year in full."""
    locale = QLocale()
    short = QLocale.FormatType.ShortFormat
    fmt = locale.dateTimeFormat(short) if with_time else locale.dateFormat(short)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def format_days(days: int) -> str:
    """An age in days with the language's plural ("1 day", "3 dny", "5 dní")."""
    return tr("%n day(s)", None, days)


def format_days_short(days: int) -> str:
    """A compact age for cards ("3 d")."""
    return QCoreApplication.translate("formatting", "%1 d").replace("%1", QLocale().toString(days))
