"""The columns of LeadDesk's sheets; the Leads sheet's are what an import reads back.

An edited export imported again updates each lead by its id; the derived columns (scores,
stage, dates) are LeadDesk's own and change nothing when imported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from leaddesk.core.leads import FIELD_LABELS, LEAD_FIELDS

#: The Leads sheet's key column: an edited file imported again updates the lead with this id.
ID_HEADER = "LeadDesk ID"


class CellKind(StrEnum):
    """How a column's values are written: text is formula-safe, the rest are real types."""

    TEXT = "text"
    INTEGER = "integer"
    MONEY = "money"
    DATETIME = "datetime"
    BOOLEAN = "boolean"
    PERCENT = "percent"


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    kind: CellKind = CellKind.TEXT


_FIELD_KINDS = {"company_size": CellKind.INTEGER, "budget": CellKind.MONEY}

#: The lead's own fields, headed as the import recognises them.
FIELD_COLUMNS: tuple[Column, ...] = tuple(
    Column(FIELD_LABELS[name], _FIELD_KINDS.get(name, CellKind.TEXT)) for name in LEAD_FIELDS
)

#: Columns LeadDesk computes or keeps itself; importing them again changes nothing.
DERIVED_COLUMNS: tuple[Column, ...] = (
    Column("Stage"),
    Column("Score", CellKind.INTEGER),
    Column("Fit score", CellKind.INTEGER),
    Column("Engagement score", CellKind.INTEGER),
    Column("Fit grade"),
    Column("In stage since", CellKind.DATETIME),
    Column("Days in stage", CellKind.INTEGER),
    Column("Last interaction", CellKind.DATETIME),
    Column("Created", CellKind.DATETIME),
    Column("Import batch"),
)
DERIVED_HEADERS: frozenset[str] = frozenset(c.header for c in DERIVED_COLUMNS)


def lead_columns(custom_fields: Sequence[str]) -> tuple[Column, ...]:
    """The Leads sheet: the id, the fields, custom fields by their own names, then derived.

    A custom field named like a standard column is headed "<name> (custom)".
    """
    taken = {ID_HEADER.lower(), *(c.header.lower() for c in (*FIELD_COLUMNS, *DERIVED_COLUMNS))}
    custom = tuple(
        Column(f"{name} (custom)" if name.lower() in taken else name) for name in custom_fields
    )
    return (Column(ID_HEADER, CellKind.INTEGER), *FIELD_COLUMNS, *custom, *DERIVED_COLUMNS)
