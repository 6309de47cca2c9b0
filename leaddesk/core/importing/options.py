"""How an import treats its rows: duplicates, the day order of dates, stamped values."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from leaddesk.core.values import (
    DateOrder,
)


class DuplicatePolicy(StrEnum):
    """What to do with a row that matches a lead already in the database."""

    SKIP = "skip"
    FILL = "fill"  # fill only the lead's empty fields
    OVERWRITE = "overwrite"


@dataclass(frozen=True, slots=True)
class ImportOptions:
    on_duplicate: DuplicatePolicy = DuplicatePolicy.SKIP
    date_order: DateOrder = DateOrder.AUTO
    #: How the user's locale writes dates: AUTO's choice when a column's values cannot tell.
    locale_order: DateOrder = DateOrder.DAY_FIRST
    source_channel: str = ""  # stamped on every row when given
    campaign: str = ""
    phone_region: str = "US"  # for numbers written without a country code
