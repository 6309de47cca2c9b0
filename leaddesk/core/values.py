"""Reading one imported cell: emails, phones, dates, numbers, booleans.

Each parser has a fast path (a compiled pattern) that settles the common case in a
microsecond or two, and calls the slower library (email-validator, phonenumbers,
dateutil) only when the pattern cannot decide. Failures raise :class:`ValueProblem`.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from typing import Any

from leaddesk.core.errors import FieldInvalid, LeadDeskError
from leaddesk.core.number_text import clean_decimal, clean_integer


class ValueProblem(LeadDeskError):
    """A cell whose value does not fit its column; the message says why."""


class DateOrder(StrEnum):
    """How to read 01/09/2008: decided from the column, or forced by the user."""

    AUTO = "auto"
    DAY_FIRST = "day_first"
    MONTH_FIRST = "month_first"


# -- text --------------------------------------------------------------------------------
def cell_text(value: Any) -> str:
    """A cell as the text a user would see: integral floats without '.0', dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ") if value.time() != time(0) else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


# -- emails ------------------------------------------------------------------------------
EMAIL_FAST = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)
EMAIL_IN_TEXT = re.compile(r"[^\s<>\"',;:\[\]{}()]+@[^\s<>\"',;:\[\]{}()]+")


def parse_email(text: str) -> str:
    """A trimmed, valid email address (the domain lower-cased), or ValueProblem."""
    text = text.strip()
    if EMAIL_FAST.fullmatch(text):
        local, _, domain = text.rpartition("@")
        return f"{local}@{domain.lower()}"
    return _parse_email_slow(text)


def _parse_email_slow(text: str) -> str:
    candidate = text
    if candidate.lower().startswith("mailto:"):
        candidate = candidate[7:]
    if candidate.startswith("[") and candidate.endswith("]"):
        candidate = _first_json_value(candidate) or candidate
    elif "<" in candidate and candidate.endswith(">"):
        candidate = candidate[candidate.rfind("<") + 1 : -1]  # "Ann Lee <ann@x.com>"
    candidate = candidate.strip()
    if EMAIL_FAST.fullmatch(candidate):
        return parse_email(candidate)
    if "@" not in candidate or len(candidate) > 320:
        raise ValueProblem(f"{_short(text)} is not an email address")
    from email_validator import EmailNotValidError, validate_email

    try:
        checked = validate_email(candidate, check_deliverability=False)
    except EmailNotValidError as err:
        raise ValueProblem(f"{_short(text)} is not an email address ({err})") from None
    return checked.normalized


def email_key(email: str) -> str:
    """The first duplicate key: the address trimmed and lower-cased."""
    return email.strip().lower()


def _first_json_value(text: str) -> str | None:
    """'[{"label": "work", "value": "a@b.com"}]' (an export's JSON array) → 'a@b.com'."""
    try:
        items = json.loads(text)
    except ValueError:
        return None
    for item in items if isinstance(items, list) else []:
        value = item.get("value") if isinstance(item, dict) else item
        if isinstance(value, str | int) and str(value).strip():
            return str(value).strip()
    return None


# -- phones ------------------------------------------------------------------------------
PHONE_FAST = re.compile(r"\+?[0-9 ().\-/]{7,30}")
NON_DIGITS = re.compile(r"\D+")


def parse_phone(value: Any, region: str = "US") -> str:
    """A phone number as written (trimmed) when it plainly is one; else checked by
    phonenumbers (letters, extensions, JSON arrays). Raises ValueProblem."""
    if isinstance(value, float | int) and not isinstance(value, bool):
        text = cell_text(value)
    else:
        text = str(value).strip()
    if PHONE_FAST.fullmatch(text):
        digits = NON_DIGITS.sub("", text)
        if 7 <= len(digits) <= 15:
            return text
    return _parse_phone_slow(text, region)


def _parse_phone_slow(text: str, region: str) -> str:
    candidate = text
    if candidate.startswith("["):
        candidate = _first_json_value(candidate) or candidate
        if PHONE_FAST.fullmatch(candidate) and 7 <= len(NON_DIGITS.sub("", candidate)) <= 15:
            return candidate
    import phonenumbers

    try:
        number = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        raise ValueProblem(f"{_short(text)} is not a phone number") from None
    if not phonenumbers.is_possible_number(number):
        raise ValueProblem(f"{_short(text)} is not a phone number")
    formatted = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if number.extension:
        formatted += f" ext. {number.extension}"
    return formatted


def phone_match_key(phone: str) -> str:
    """The second duplicate key: the last nine digits, so '+420 777 123 456' and
    '777123456' meet; numbers shorter than seven digits match nothing."""
    digits = NON_DIGITS.sub("", phone)
    return digits[-9:] if len(digits) >= 7 else ""


# -- dates -------------------------------------------------------------------------------
ISO_DATE = re.compile(
    r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?.*)?"
)
COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
NUMERIC_DATE = re.compile(
    r"(\d{1,2})[-./](\d{1,2})[-./](\d{2}|\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?.*)?"
)
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "jan january ene enero gen gennaio led leden",
            "feb february febrero febbraio úno únor",
            "mar march marzo bře březen",
            "apr april abr abril aprile dub duben",
            "may mayo mag maggio máj květen kvě",
            "jun june junio giu giugno čvn červen",
            "jul july julio lug luglio čvc červenec",
            "aug august ago agosto srp srpen",
            "sep sept september septiembre set settembre zář září",
            "oct october octubre ott ottobre říj říjen",
            "nov november noviembre novembre lis listopad",
            "dec december dic diciembre dicembre pro prosinec",
        ),
        start=1,
    )
    for name in names.split()
}
NAMED_DATE = re.compile(r"(\d{1,2})\.?[- .]?\s*(\w+)\.?[- .,]+(\d{2}|\d{4})")  # 01-Sep-08
NAMED_DATE_US = re.compile(r"(\w+)\.? (\d{1,2}),? (\d{4})")  # September 12, 2008
DATE_WORDS = frozenset(
    [
        "date",
        "fecha",
        "data",
        "datum",
        "dt",
        "birthday",
        "cumpleanos",
        "compleanno",
        "narozeni",
        "created",
        "updated",
    ]
)


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def numeric_date_order_hint(text: str) -> DateOrder | None:
    """What one value says about the column's order: 25/01/2024 is day first."""
    match = NUMERIC_DATE.fullmatch(text.strip())
    if not match:
        return None
    first, second = int(match.group(1)), int(match.group(2))
    if first > 12 >= second:
        return DateOrder.DAY_FIRST
    if second > 12 >= first:
        return DateOrder.MONTH_FIRST
    return None


def decide_date_order(values: list[str], fallback: DateOrder = DateOrder.DAY_FIRST) -> DateOrder:
    """Day or month first, from the values that can only be read one way."""
    votes = {DateOrder.DAY_FIRST: 0, DateOrder.MONTH_FIRST: 0}
    for text in values:
        hint = numeric_date_order_hint(text)
        if hint is not None:
            votes[hint] += 1
    if votes[DateOrder.DAY_FIRST] != votes[DateOrder.MONTH_FIRST]:
        return max(votes, key=votes.__getitem__)
    return fallback


#: Locales that write the month first (01/09/2008 = January 9).
MONTH_FIRST_LOCALES = frozenset({"en_US", "en_PH", "en_FM", "en_MH", "en_PW", "es_US", "en_AS",
                                 "en_GU", "en_MP", "en_PR", "en_UM", "en_VI"})  # fmt: skip


def locale_date_order(locale_name: str) -> DateOrder:
    """How the user's locale writes numeric dates: 'en_US' month first, 'es_ES' day first."""
    name = locale_name.split(".")[0].replace("-", "_")
    return DateOrder.MONTH_FIRST if name in MONTH_FIRST_LOCALES else DateOrder.DAY_FIRST


def ambiguous_dates(values: list[str], limit: int = 2) -> list[str]:
    """Numeric dates that read as two different days (01/09/2008), the first ``limit``."""
    found = []
    for text in values:
        match = NUMERIC_DATE.fullmatch(text.strip())
        if (
            match
            and int(match.group(1)) <= 12
            and int(match.group(2)) <= 12
            and match.group(1) != match.group(2)
            and text.strip() not in found
        ):
            found.append(text.strip())
        if len(found) == limit:
            break
    return found


def parse_date(value: Any, order: DateOrder = DateOrder.DAY_FIRST) -> date | datetime:
    """A date (or date and time) from a cell; numeric forms read in ``order``."""
    if isinstance(value, datetime | date):
        return value
    text = str(value).strip()
    if not text:
        raise ValueProblem("is empty")
    parsed = _parse_numeric_date(text, order)
    if parsed is None:
        parsed = _parse_named_date(text)
    if parsed is None:
        raise ValueProblem(f"{_short(text)} is not a date")
    return parsed


def _build(y: int, m: int, d: int, hh: str | None, mm: str | None, ss: str | None, text: str):
    try:
        if hh is None:
            return date(y, m, d)
        return datetime(y, m, d, int(hh), int(mm or 0), int(ss or 0))
    except ValueError:
        raise ValueProblem(f"{_short(text)} is not a date") from None


def _parse_numeric_date(text: str, order: DateOrder) -> date | datetime | None:
    match = ISO_DATE.fullmatch(text)
    if match:
        y, m, d, hh, mm, ss = match.groups()
        return _build(int(y), int(m), int(d), hh, mm, ss, text)
    match = COMPACT_DATE.fullmatch(text)
    if match:
        y, m, d = match.groups()
        return _build(int(y), int(m), int(d), None, None, None, text)
    match = NUMERIC_DATE.fullmatch(text)
    if match:
        a, b, y, hh, mm, ss = match.groups()
        day, month = (int(a), int(b)) if order is not DateOrder.MONTH_FIRST else (int(b), int(a))
        return _build(_year(y), month, day, hh, mm, ss, text)
    return None


def _parse_named_date(text: str) -> date | None:
    lowered = text.lower()
    match = NAMED_DATE.fullmatch(lowered)
    if match and match.group(2) in MONTHS:
        return _build(_year(match.group(3)), MONTHS[match.group(2)], int(match.group(1)),
                      None, None, None, text)  # fmt: skip
    match = NAMED_DATE_US.fullmatch(lowered)
    if match and match.group(1) in MONTHS:
        return _build(int(match.group(3)), MONTHS[match.group(1)], int(match.group(2)),
                      None, None, None, text)  # fmt: skip
    return None


def looks_like_date(text: str) -> bool:
    """True for values a date column holds (never for plain numbers like 123456)."""
    try:
        parse_date(text)
    except ValueProblem:
        return bool(NUMERIC_DATE.fullmatch(text.strip()))  # 31/31/2020: a bad date, still dated
    return True


def date_text(value: date | datetime) -> str:
    """The ISO text a custom date field stores."""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    return value.isoformat()


# -- numbers ---------------------------------------------------------------------------
def parse_whole_number(value: Any) -> int | None:
    """Company size: Excel's floats and plain digits directly, anything else carefully."""
    if value.__class__ is float and value.is_integer():
        return int(value)
    if value.__class__ is int or (value.__class__ is str and value.isdigit()):
        return int(value)
    return _number(clean_integer, value)


def parse_amount(value: Any) -> Decimal | None:
    """Budget: Excel's numbers directly; text ('12.500,50 €') through the careful parser."""
    if value.__class__ is int:
        return Decimal(value)
    if value.__class__ is float and math.isfinite(value):
        return Decimal(repr(value))
    return _number(clean_decimal, value)


def _number(clean: Callable[[str, Any], Any], value: Any) -> Any:
    try:
        return clean("", value)
    except FieldInvalid as err:
        raise ValueProblem(err.reason) from None


# -- booleans ----------------------------------------------------------------------------
TRUE_WORDS = frozenset(["true", "yes", "y", "1", "si", "sí", "ano", "vero", "verdadero", "x", "✓"])
FALSE_WORDS = frozenset(["false", "no", "n", "0", "ne", "falso"])


def parse_bool(value: Any) -> bool:
    """TRUE/FALSE, Yes/No, Sí/No, Ano/Ne, 1/0 … as a bool; anything else is a ValueProblem."""
    if isinstance(value, bool):
        return value
    text = cell_text(value).lower()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise ValueProblem(f"{_short(text)} is neither yes nor no")


def _short(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
