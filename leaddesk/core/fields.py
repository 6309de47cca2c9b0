"""Cleaning and validating what a user types into a lead's fields."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from leaddesk.core.errors import FieldInvalid
from leaddesk.core.leads import DECIMAL_FIELDS, FIELD_LABELS, INTEGER_FIELDS, LEAD_FIELDS

if TYPE_CHECKING:  # import_values builds on this module's number cleaning
    from leaddesk.core.values import DateOrder

# Fast, deliberately strict enough: one @, a dot in the domain, no spaces.
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


#: How a custom field keeps a date: then it is edited (and validated) as one.
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def is_date_value(value: str) -> bool:
    """Does this stored custom value hold a date (``YYYY-MM-DD``)?"""
    return bool(ISO_DAY.fullmatch(value.strip()))


def clean_date_text(label: str, value: Any, order: DateOrder | None = None) -> str:
    """'15/3/2026', '2026-03-15', '15 marzo 2026' → '2026-03-15' ('' stays '').

    Numeric forms are read in ``order`` (the user's locale decides it; day first if not
    given); no such day (31/02) or no date at all is refused with the field named.
    """
    from leaddesk.core.values import DateOrder, ValueProblem, parse_date

    text = "" if value is None else str(value).strip()
    if not text:
        return ""
    try:
        parsed = parse_date(text, order or DateOrder.DAY_FIRST)
    except ValueProblem:
        raise FieldInvalid(label, f"{text!r} is not a date") from None
    day = parsed.date() if isinstance(parsed, datetime) else parsed
    return day.isoformat()


def clean_email(value: str) -> str:
    value = value.strip()
    if value and not EMAIL_RE.match(value):
        raise FieldInvalid(FIELD_LABELS["email"], f"{value!r} is not an email address")
    return value


def normalise_number_text(text: str) -> str:
    """'12.500,50', '12,500.50', '1.234.567', '3,5' → a plain decimal string.

    The last separator is the decimal one when both appear; a lone separator followed by
    exactly three digits (and not a leading zero) is a thousands separator.
    """
    if "," in text and "." in text:
        decimal_sep = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal_sep == "," else ","
        return text.replace(thousands, "").replace(decimal_sep, ".")
    for sep in (",", "."):
        if sep in text:
            head, _, tail = text.rpartition(sep)
            groups = text.split(sep)
            thousands = text.count(sep) > 1 or (
                len(tail) == 3 and head.lstrip("+-") not in ("", "0")
            )
            if thousands and all(len(g) == 3 for g in groups[1:]):
                return text.replace(sep, "")
            return text.replace(sep, ".") if text.count(sep) == 1 else text
    return text


def clean_decimal(label: str, value: Any) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, Decimal):
        return value
    text = str(value).strip().replace(" ", "").replace("\u00a0", "")
    for symbol in ("€", "$", "£", "Kč", "CZK", "EUR", "USD"):
        text = text.replace(symbol, "")
    text = normalise_number_text(text)
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise FieldInvalid(label, f"{value!r} is not a number") from None
    if not number.is_finite():
        raise FieldInvalid(label, f"{value!r} is not a number")
    return number


def clean_integer(label: str, value: Any) -> int | None:
    number = clean_decimal(label, value)
    if number is None:
        return None
    if number != number.to_integral_value():
        raise FieldInvalid(label, f"{value!r} is not a whole number")
    return int(number)


def clean_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Validate and normalise standard fields; ``custom`` passes through as strings."""
    cleaned: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "custom":
            cleaned["custom"] = {str(k): "" if v is None else str(v) for k, v in value.items()}
            continue
        if name not in LEAD_FIELDS:
            raise FieldInvalid(name, "is not a lead field")
        label = FIELD_LABELS[name]
        if name in DECIMAL_FIELDS:
            cleaned[name] = clean_decimal(label, value)
        elif name in INTEGER_FIELDS:
            cleaned[name] = clean_integer(label, value)
        elif name == "email":
            cleaned[name] = clean_email("" if value is None else str(value))
        else:
            cleaned[name] = "" if value is None else str(value).strip()
    return cleaned
