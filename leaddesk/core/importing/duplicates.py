"""Duplicates of stored leads: the keys a row matches on and how it merges into the lead."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from leaddesk.core.importing.options import DuplicatePolicy
from leaddesk.core.leads import LEAD_FIELDS


@dataclass
class MatchIndex:
    """The duplicate keys of the leads already stored, each pointing at a lead id."""

    by_email: dict[str, int] = field(default_factory=dict)
    by_phone: dict[str, int] = field(default_factory=dict)
    by_name_company: dict[str, int] = field(default_factory=dict)
    ids: set[int] = field(default_factory=set)
    emails: dict[int, str] = field(default_factory=dict)  # lead id → email key, when it has one


@dataclass(frozen=True, slots=True)
class LeadUpdate:
    lead_id: int
    values: dict[str, Any]  # only the fields that change (custom as the whole new dict)
    old_values: dict[str, Any]  # what they were, for undo
    version: int  # the version read; the write is refused if it moved meanwhile


def name_company_key(first: str, last: str, company: str) -> str:
    """The third duplicate key: name and company, or the company alone for a row that names
    no person (an account). A name without a company is too common to match on."""
    company = " ".join(company.lower().split())
    if not company:
        return ""
    return f"{' '.join(f'{first} {last}'.lower().split())}|{company}"


def merge_into(
    stored: Mapping[str, Any], values: Mapping[str, Any], policy: DuplicatePolicy
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """(changed values, their old values) for ``policy``, or None when nothing changes."""
    if policy is DuplicatePolicy.SKIP:
        return None
    fill = policy is DuplicatePolicy.FILL
    new: dict[str, Any] = {}
    old: dict[str, Any] = {}
    for name, value in values.items():
        if name == "custom" or name not in LEAD_FIELDS:
            continue
        current = stored.get(name)
        if (fill and current not in (None, "")) or current == value:
            continue
        new[name], old[name] = value, current
    custom = values.get("custom")
    if custom:
        before = dict(stored.get("custom") or {})
        after = dict(before)
        for key, value in custom.items():
            if not (fill and before.get(key)):
                after[key] = value
        if after != before:
            new["custom"], old["custom"] = after, before
    return (new, old) if new else None
