"""Numbers as people write them: '12.500,50 €', '1,234', '3,5' → Decimal or int.

Below both the field cleaning (core/fields.py) and the cell reading (core/values.py).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from leaddesk.core.errors import FieldInvalid


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
