"""How each mapped column's cells become field values: emails, phones, amounts, dates, ids."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from leaddesk.core.importing.mapping import (
    CUSTOM,
    IS_COMPANY,
    LEADDESK_ID,
    OUTCOME,
    is_date_column,
)
from leaddesk.core.importing.options import ImportOptions
from leaddesk.core.importing.outcome import outcome_converter
from leaddesk.core.source_table import normalise_header
from leaddesk.core.values import (
    NUMERIC_DATE,
    DateOrder,
    ValueProblem,
    cell_text,
    date_text,
    decide_date_order,
    parse_amount,
    parse_bool,
    parse_date,
    parse_email,
    parse_phone,
    parse_whole_number,
)


def cell_converter(
    header: str,
    target: str,
    values: list[Any],
    options: ImportOptions,
    date_orders: dict[str, DateOrder],
) -> Callable[[Any], Any]:
    """How a mapped column's cells become field values; ``values`` are sample cells.

    A custom column of numeric dates records the day order it chose in ``date_orders``.
    """
    region = options.phone_region
    if target == "email":
        return lambda v: parse_email(cell_text(v))
    if target == "phone":
        return lambda v: parse_phone(v, region)
    if target == "company_size":
        return parse_whole_number
    if target == "budget":
        return parse_amount
    if target == LEADDESK_ID:
        return _lead_id
    if target == IS_COMPANY:
        return parse_bool
    if target == OUTCOME:
        return outcome_converter(header)
    if target == "email_status" and _is_opt_out(header):
        return lambda v: "unsubscribed" if parse_bool(v) else "subscribed"
    if target == CUSTOM and is_date_column(header, values):
        order = options.date_order
        if order is DateOrder.AUTO:
            order = decide_date_order([cell_text(v) for v in values], options.locale_order)
        if any(NUMERIC_DATE.fullmatch(cell_text(v)) for v in values):
            date_orders[header] = order  # reported only where the order mattered
        return lambda v: date_text(parse_date(v, order))
    return cell_text


def _lead_id(value: Any) -> int:
    text = cell_text(value)
    if not text.isdigit():
        raise ValueProblem(f"{text!r} is not a LeadDesk id")
    return int(text)


def _is_opt_out(header: str) -> bool:
    norm = normalise_header(header)
    return "opt out" in norm or "unsubscribed" in norm
