"""The domain's values: leads, interactions, stage changes, as frozen dataclasses."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, NamedTuple

from leaddesk.core.stages import Stage


class InteractionKind(StrEnum):
    VISIT = "visit"
    FORM_CONVERSION = "form_conversion"
    EMAIL_OPEN = "email_open"
    EMAIL_CLICK = "email_click"
    SOCIAL = "social"
    CONTACT_REQUEST = "contact_request"
    CALL = "call"
    CALL_ATTEMPT = "call_attempt"
    MEETING = "meeting"
    NOTE = "note"
    FOLLOW_UP = "follow_up"


class Offer(StrEnum):
    """What a form conversion was for, from the weakest signal to the strongest."""

    WHITE_PAPER = "white_paper"
    WEBINAR = "webinar"
    PRICING_PAGE = "pricing_page"
    FREE_TRIAL = "free_trial"
    DEMO_REQUEST = "demo_request"
    OTHER = "other"


#: The standard lead fields, in the order forms and exports show them.
LEAD_FIELDS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "company",
    "job_title",
    "company_size",
    "industry",
    "country",
    "city",
    "website",
    "source_channel",
    "campaign",
    "budget",
    "owner",
    "email_status",
)

FIELD_LABELS: dict[str, str] = {
    "first_name": "First name",
    "last_name": "Last name",
    "email": "Email",
    "phone": "Phone",
    "company": "Company",
    "job_title": "Job title",
    "company_size": "Company size",
    "industry": "Industry",
    "country": "Country",
    "city": "City",
    "website": "Website",
    "source_channel": "Source channel",
    "campaign": "Campaign",
    "budget": "Budget",
    "owner": "Owner",
    "email_status": "Email status",
}

INTEGER_FIELDS = frozenset({"company_size"})
DECIMAL_FIELDS = frozenset({"budget"})


def display_name(first_name: str, last_name: str, email: str) -> str:
    """How a lead is named on cards, lists and messages: its name, else its email."""
    return " ".join(p for p in (first_name, last_name) if p) or email


@dataclass(frozen=True, slots=True)
class Lead:
    id: int
    stage: Stage
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    company: str = ""
    job_title: str = ""
    company_size: int | None = None
    industry: str = ""
    country: str = ""
    city: str = ""
    website: str = ""
    source_channel: str = ""
    campaign: str = ""
    budget: Decimal | None = None
    owner: str = ""
    email_status: str = ""
    custom: Mapping[str, str] = field(default_factory=dict)
    score: int = 0
    fit_score: int = 0
    engagement_score: int = 0
    fit_grade: str = "D"
    stage_entered_at: datetime | None = None
    last_interaction_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    import_batch_id: int | None = None
    archived: bool = False
    version: int = 1

    @property
    def name(self) -> str:
        return display_name(self.first_name, self.last_name, self.email)

    def value(self, field_name: str) -> Any:
        """A standard field's value, or a custom field's (``custom.<name>`` or bare name)."""
        if field_name.startswith("custom."):
            return self.custom.get(field_name[7:], "")
        if field_name in LEAD_FIELDS:
            return getattr(self, field_name)
        return self.custom.get(field_name, "")


@dataclass(frozen=True, slots=True)
class LeadCard:
    """What a board card shows: small, cached, fetched for visible rows."""

    id: int
    name: str
    company: str
    job_title: str
    score: int
    fit_grade: str
    stage: Stage
    stage_entered_at: datetime | None
    last_interaction_at: datetime | None
    budget: Decimal | None


@dataclass(frozen=True, slots=True)
class Interaction:
    id: int
    lead_id: int
    kind: InteractionKind
    occurred_at: datetime
    detail: str = ""
    offer: Offer | None = None
    campaign: str = ""
    data: Mapping[str, Any] = field(default_factory=dict)
    actor: str = ""
    import_batch_id: int | None = None


@dataclass(frozen=True, slots=True)
class NewInteraction:
    """An interaction to record (no id yet)."""

    lead_id: int
    kind: InteractionKind
    occurred_at: datetime
    detail: str = ""
    offer: Offer | None = None
    campaign: str = ""
    data: Mapping[str, Any] = field(default_factory=dict)
    actor: str = ""
    import_batch_id: int | None = None


@dataclass(frozen=True, slots=True)
class StageChange:
    id: int
    lead_id: int
    from_stage: Stage | None
    to_stage: Stage
    at: datetime
    reason: str = ""
    automatic: bool = False
    actor: str = ""
    override: bool = False
    interaction_id: int | None = None
    score: int | None = None


@dataclass(frozen=True, slots=True)
class NewStageChange:
    lead_id: int
    from_stage: Stage | None
    to_stage: Stage
    at: datetime
    reason: str = ""
    automatic: bool = False
    actor: str = ""
    override: bool = False
    interaction_id: int | None = None
    score: int | None = None


class CardSort(StrEnum):
    SCORE = "score"
    AGE = "age"
    NAME = "name"


@dataclass(frozen=True, slots=True)
class LeadFilter:
    """What the board shows: free text plus quick filters. Empty means everything."""

    text: str = ""
    owner: str = ""
    source_channel: str = ""
    campaign: str = ""
    import_batch_id: int | None = None
    fit_grade: str = ""
    include_archived: bool = False

    @property
    def is_empty(self) -> bool:
        return self == LeadFilter()


@dataclass(frozen=True, slots=True)
class StageTotal:
    count: int
    budget: Decimal


@dataclass(frozen=True, slots=True)
class ImportBatch:
    id: int
    file_name: str
    kind: str
    created_at: datetime
    counts: Mapping[str, int] = field(default_factory=dict)
    mapping: Mapping[str, str] = field(default_factory=dict)
    undone_at: datetime | None = None
    actor: str = ""


class BoardEntry(NamedTuple):
    """One lead as the index knows it. A tuple: 100,000 of them are built at once."""

    id: int
    stage: Stage
    text: str  # every searchable field, lower-cased, joined with a unit separator
    owner: str
    source_channel: str
    campaign: str
    import_batch_id: int | None
    fit_grade: str
    score: int
    age_key: Any  # when the lead was last active; comparable within one database
    name_key: str  # "last\x1ffirst", lower-cased
    budget_cents: int
