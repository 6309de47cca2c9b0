"""A realistic sample pipeline, generated deterministically from a seed (no outside data)."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from leaddesk.core import history_text as text
from leaddesk.core.leads import InteractionKind, Offer
from leaddesk.core.qualification.outcomes import STAGE_OUTCOME, DisqualifyReason
from leaddesk.core.stages import Stage

FIRST = {
    "en": [
        "James",
        "Olivia",
        "Henry",
        "Amelia",
        "George",
        "Sophie",
        "Jack",
        "Emily",
        "Oliver",
        "Grace",
        "Thomas",
        "Hannah",
    ],
    "es": [
        "Lucía",
        "Mateo",
        "Sofía",
        "Hugo",
        "Martina",
        "Pablo",
        "Carmen",
        "Javier",
        "Elena",
        "Álvaro",
        "Nuria",
        "Íñigo",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Francesca",
        "Luca",
        "Chiara",
        "Matteo",
        "Alessia",
        "Davide",
        "Federica",
        "Niccolò",
        "Sara",
        "Lorenzo",
    ],
    "cs": [
        "Jana",
        "Petr",
        "Tereza",
        "Jiří",
        "Lucie",
        "Tomáš",
        "Kateřina",
        "Ondřej",
        "Eliška",
        "Martin",
        "Zuzana",
        "Lukáš",
    ],
}
LAST = {
    "en": ["Smith", "Taylor", "Brown", "Wilson", "Clarke", "Walker", "Hughes", "Wright"],
    "es": ["García", "Martínez", "López", "Sánchez", "Fernández", "Romero", "Navarro", "Muñoz"],
    "it": ["Rossi", "Bianchi", "Esposito", "Ricci", "Romano", "Colombo", "Ferrari", "Galli"],
    "cs": ["Novák", "Dvořák", "Svoboda", "Černý", "Procházka", "Kučera", "Veselý", "Horák"],
}
COMPANY = {
    "en": [
        "Harbour Logistics",
        "Northwind Dental",
        "Greenleaf Bakery",
        "Kestrel Consulting",
        "Bright Path Tutors",
        "Oakridge Builders",
    ],
    "es": [
        "Talleres Ebro",
        "Clínica Dental Sol",
        "Panadería La Espiga",
        "Asesoría Duero",
        "Hotel Mar Azul",
        "Construcciones Íbero",
    ],
    "it": [
        "Officine Brenta",
        "Studio Dentistico Aurora",
        "Forno San Marco",
        "Consulenze Adige",
        "Agriturismo Le Querce",
        "Edilizia Tiberina",
    ],
    "cs": [
        "Strojírny Vltava",
        "Zubní klinika Úsměv",
        "Pekárna U Mlýna",
        "Poradenství Morava",
        "Hotel Šumava",
        "Stavby Brno",
    ],
}
COUNTRY = {"en": "United Kingdom", "es": "Spain", "it": "Italy", "cs": "Czechia"}
CITY = {
    "en": ["London", "Leeds", "Bristol"],
    "es": ["Madrid", "Zaragoza", "Valencia"],
    "it": ["Milano", "Torino", "Bologna"],
    "cs": ["Praha", "Brno", "Ostrava"],
}
DOMAIN = {"en": "co.uk", "es": "es", "it": "it", "cs": "cz"}
ROLES = [
    "Owner",
    "CEO",
    "Marketing Manager",
    "Operations Manager",
    "Office Manager",
    "Sales Director",
    "Student",
    "IT Manager",
    "Purchasing Manager",
    "Assistant",
]
INDUSTRIES = [
    "Manufacturing",
    "Healthcare",
    "Food & Beverage",
    "Professional Services",
    "Hospitality",
    "Construction",
    "Education",
    "Retail",
]
CHANNELS = [
    "Organic search",
    "Paid search",
    "Referral",
    "Social",
    "Email",
    "Trade show",
    "Purchased list",
]
CAMPAIGNS = [
    "Spring webinar",
    "Pricing guide",
    "Trade fair Q2",
    "Newsletter",
    "Free trial push",
    "",
]
OWNERS = ["ana", "marco", "petra", "tom"]
OFFERS = [
    Offer.WHITE_PAPER,
    Offer.WHITE_PAPER,
    Offer.WEBINAR,
    Offer.PRICING_PAGE,
    Offer.FREE_TRIAL,
    Offer.DEMO_REQUEST,
]
DISQUALIFY_REASONS = [
    "Student or researcher",
    "Competitor",
    "Only wanted the download",
    "Wrong contact data",
    "No budget",
]


@dataclass
class DemoLead:
    fields: dict[str, Any]
    stage: Stage
    created_at: datetime
    interactions: list[dict[str, Any]] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


# How far leads get: most never pass MQL (the seed articles' point).
PATHS: list[tuple[float, list[Stage]]] = [
    (0.36, [Stage.LEAD]),
    (0.08, [Stage.LEAD, Stage.DISQUALIFIED]),
    (0.18, [Stage.LEAD, Stage.MQL]),
    (0.08, [Stage.LEAD, Stage.MQL, Stage.NURTURE]),
    (0.06, [Stage.LEAD, Stage.MQL, Stage.SAL]),
    (0.06, [Stage.LEAD, Stage.MQL, Stage.SAL, Stage.NURTURE]),
    (0.05, [Stage.LEAD, Stage.MQL, Stage.SAL, Stage.DISQUALIFIED]),
    (0.07, [Stage.LEAD, Stage.MQL, Stage.SAL, Stage.SQL]),
    (0.06, [Stage.LEAD, Stage.MQL, Stage.SAL, Stage.SQL, Stage.CUSTOMER]),
]


def generate_demo(now: datetime, count: int = 500, seed: int = 20261125) -> list[DemoLead]:
    """About ``count`` leads over the six months before ``now``, the same for the same seed."""
    rng = random.Random(seed)
    weights = [w for w, _ in PATHS]
    leads: list[DemoLead] = []
    for n in range(count):
        lang = rng.choice(list(FIRST))
        first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
        company = rng.choice(COMPANY[lang])
        domain = _ascii(company).replace(" ", "").replace("&", "") + "." + DOMAIN[lang]
        created = now - timedelta(days=rng.uniform(3, 182), minutes=rng.randint(0, 1440))
        path = rng.choices([p for _, p in PATHS], weights)[0]
        fields = {
            "first_name": first,
            "last_name": last,
            "email": f"{_ascii(first)}.{_ascii(last)}{n}@{domain}",
            "phone": f"+{ {'en': 44, 'es': 34, 'it': 39, 'cs': 420}[lang] } {rng.randint(600, 799)}"
            f" {rng.randint(100, 999)} {rng.randint(100, 999)}",
            "company": company,
            "job_title": rng.choice(ROLES),
            "company_size": rng.choice([3, 8, 15, 40, 120, 350]),
            "industry": rng.choice(INDUSTRIES),
            "country": COUNTRY[lang],
            "city": rng.choice(CITY[lang]),
            "website": f"https://www.{domain}",
            "source_channel": rng.choice(CHANNELS),
            "campaign": rng.choice(CAMPAIGNS),
            "budget": Decimal(rng.choice([0, 500, 1500, 3000, 5000, 12000])),
            "owner": rng.choice(OWNERS),
            "email_status": rng.choice(["subscribed"] * 5 + ["unsubscribed"]),
            "custom": {"preferred_language": lang},
        }
        lead = DemoLead(fields=fields, stage=path[-1], created_at=created)
        _add_activity(rng, lead, path, now)
        leads.append(lead)
    return leads


def _add_activity(rng: random.Random, lead: DemoLead, path: list[Stage], now: datetime) -> None:
    at = lead.created_at
    lead.history.append({"from": None, "to": Stage.LEAD, "at": at, "reason": text.CREATED})
    span = (now - at) / (len(path) + 1)
    visits = rng.randint(1, 3) + 3 * (len(path) - 1)
    for i in range(visits):
        when = at + (now - at) * rng.random()
        lead.interactions.append(
            {
                "kind": InteractionKind.VISIT,
                "at": when,
                "detail": "/pricing" if i % 4 == 3 else rng.choice(["/", "/blog", "/features"]),
            }
        )
    for _ in range(rng.randint(0, 2) + len(path)):
        lead.interactions.append(
            {
                "kind": rng.choice([InteractionKind.EMAIL_OPEN, InteractionKind.EMAIL_CLICK]),
                "at": at + (now - at) * rng.random(),
                "detail": "Newsletter",
            }
        )
    for step, (src, dst) in enumerate(zip(path, path[1:], strict=False), start=1):
        when = at + span * step + timedelta(hours=rng.randint(1, 48))
        entry: dict[str, Any] = {"from": src, "to": dst, "at": when, "reason": ""}
        if dst is Stage.MQL:
            offer = rng.choice(OFFERS[2:])
            lead.interactions.append(
                {
                    "kind": InteractionKind.FORM_CONVERSION,
                    "at": when - timedelta(hours=1),
                    "detail": text.DOWNLOADED.format(offer=offer.value.replace("_", " ")),
                    "offer": offer,
                }
            )
            entry.update(automatic=True, reason=text.SCORE_CROSSED)
        elif dst is Stage.SAL:
            entry.update(reason=text.ACCEPTED_BY_SALES, actor=lead.fields["owner"])
        elif src is Stage.SAL:
            outcome = STAGE_OUTCOME[dst]
            reason = rng.choice(DISQUALIFY_REASONS) if dst is Stage.DISQUALIFIED else outcome.label
            # The same data a call recorded with the form carries, so reports count both alike.
            by_label = {r.label: r.value for r in DisqualifyReason}
            lead.interactions.append(
                {
                    "kind": InteractionKind.CALL,
                    "at": when,
                    "detail": text.CALL_TITLE_SHORT.format(outcome=outcome.label),
                    "data": {"outcome": outcome.value, "disqualify_reason": by_label.get(reason)},
                }
            )
            entry.update(
                reason=text.CALL_REASON.format(outcome=reason),
                actor=lead.fields["owner"],
                call=True,
            )
        elif dst is Stage.DISQUALIFIED:
            entry.update(reason=rng.choice(DISQUALIFY_REASONS), actor=lead.fields["owner"])
        elif dst is Stage.CUSTOMER:
            entry.update(reason=text.SIGNED, actor=lead.fields["owner"])
        else:
            entry.update(automatic=True, reason=text.SCORE_FELL)
        lead.history.append(entry)
    if rng.random() < 0.3:
        lead.interactions.append(
            {
                "kind": InteractionKind.NOTE,
                "at": at + (now - at) * rng.random(),
                "detail": rng.choice(
                    [
                        "Asked about delivery times",
                        "Prefers email to calls",
                        "Met at the trade fair stand",
                        "Wants a quote in EUR",
                    ]
                ),
            }
        )
    lead.interactions.sort(key=lambda i: i["at"])
