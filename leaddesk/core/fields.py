"""Cleaning and validating what a user types into a lead's fields."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from leaddesk.core.errors import FieldInvalid
from leaddesk.core.leads import DECIMAL_FIELDS, FIELD_LABELS, INTEGER_FIELDS, LEAD_FIELDS
from leaddesk.core.number_text import clean_decimal, clean_integer
from leaddesk.core.values import DateOrder, ValueProblem, parse_date

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
