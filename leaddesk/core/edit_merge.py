"""Saving over someone else's change: merge field by field (base, mine, theirs).

A field only one side changed takes that side's value; only a field both sides changed to
different values is a clash, which the user settles (mine or theirs). Nothing else is asked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from leaddesk.core.leads import FIELD_LABELS, LEAD_FIELDS, Lead

#: Custom fields are merged one by one, under this prefix: "custom.Zdroj".
CUSTOM = "custom."


@dataclass(frozen=True, slots=True)
class FieldClash:
    """A field both sides changed, to different values. Values are as stored (None: absent)."""

    name: str
    label: str
    base: Any
    mine: Any
    theirs: Any


@dataclass(frozen=True, slots=True)
class EditMerge:
    """My edits laid over the lead as stored now (``theirs``)."""

    theirs: Lead
    #: field → my value, for the fields only I changed (custom ones as "custom.<key>")
    mine_only: Mapping[str, Any] = field(default_factory=dict)
    #: the fields only they changed: they keep their value
    theirs_only: tuple[str, ...] = ()
    clashes: tuple[FieldClash, ...] = ()

    def fields(self, reapply: Iterable[str] = ()) -> dict[str, Any]:
        """What to save over ``theirs``: every field only I changed, and my value for the
        clashes named in ``reapply`` (the others keep theirs). Empty: nothing to write."""
        wanted = set(reapply)
        values = dict(self.mine_only)
        values.update({c.name: c.mine for c in self.clashes if c.name in wanted})
        to_save = {k: v for k, v in values.items() if not k.startswith(CUSTOM)}
        custom = dict(self.theirs.custom)
        for key, value in values.items():
            if key.startswith(CUSTOM):
                name = key.removeprefix(CUSTOM)
                if value is None:
                    custom.pop(name, None)
                else:
                    custom[name] = value
        if custom != dict(self.theirs.custom):
            to_save["custom"] = custom
        return to_save


def merge_edits(base: Lead, mine: Mapping[str, Any], theirs: Lead) -> EditMerge:
    """Merge the cleaned values I edited starting from ``base`` with ``theirs`` (stored now).

    ``mine`` may hold unchanged fields too; ``mine["custom"]``, if there, is the whole set of
    custom fields as I left it (a key missing from it was removed).
    """
    my_changes = _changes(base, _flat_mine(base, mine))
    their_changes = _changes(base, _flat_lead(theirs, _custom_keys(base, theirs)))
    mine_only: dict[str, Any] = {}
    clashes: list[FieldClash] = []
    for name, value in my_changes.items():
        if name not in their_changes:
            mine_only[name] = value
        elif not _same(name, value, their_changes[name]):
            clashes.append(
                FieldClash(name, field_label(name), _value(base, name), value, their_changes[name])
            )
    theirs_only = tuple(name for name in their_changes if name not in my_changes)
    return EditMerge(theirs, mine_only, theirs_only, tuple(clashes))


def field_label(name: str) -> str:
    """The English label of a merged field name ("city" → "City", "custom.Zdroj" → "Zdroj")."""
    return name.removeprefix(CUSTOM) if name.startswith(CUSTOM) else FIELD_LABELS[name]


def _same(name: str, a: Any, b: Any) -> bool:
    """Equal as the user sees them ("12000" and 12000.00, None and ""); a custom field that
    is absent (None) differs from one that is empty."""
    if name.startswith(CUSTOM):
        return a == b
    return shown(a) == shown(b)


def _value(lead: Lead, name: str) -> Any:
    if name.startswith(CUSTOM):
        return lead.custom.get(name.removeprefix(CUSTOM))
    return getattr(lead, name)


def _custom_keys(*leads: Lead) -> list[str]:
    return sorted({key for lead in leads for key in lead.custom})


def _flat_lead(lead: Lead, custom_keys: list[str]) -> dict[str, Any]:
    flat = {name: getattr(lead, name) for name in LEAD_FIELDS}
    flat.update({CUSTOM + k: lead.custom.get(k) for k in custom_keys})
    return flat


def _flat_mine(base: Lead, mine: Mapping[str, Any]) -> dict[str, Any]:
    flat = {name: mine[name] for name in LEAD_FIELDS if name in mine}
    if "custom" in mine:
        custom = dict(mine["custom"] or {})
        flat.update({CUSTOM + k: custom.get(k) for k in sorted({*base.custom, *custom})})
    return flat


def _changes(base: Lead, flat: Mapping[str, Any]) -> dict[str, Any]:
    """The entries of ``flat`` that differ from ``base`` (None: a custom field removed)."""
    return {
        name: value for name, value in flat.items() if not _same(name, value, _value(base, name))
    }


def shown(value: Any) -> str:
    """A field value as the conflict dialog shows it (None as empty, numbers without noise)."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    return str(value).strip()
