"""What an event's name means: 'Descargó whitepaper' → a form conversion for a white paper.

Event words in English, Spanish, Italian and Czech, compared without accents or case;
close misspellings are caught by fuzzy matching.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from leaddesk.core.leads import InteractionKind, Offer
from leaddesk.core.source_table import normalise_header

#: Words in an event's "what" that say which kind it is (accent-free, lower-case stems).
KIND_WORDS: dict[InteractionKind, tuple[str, ...]] = {
    InteractionKind.EMAIL_OPEN: (
        "open",
        "abri",
        "abre",
        "apert",
        "apri",
        "otevr",
        "precet",
        "read",
        "leido",
        "letto",
    ),
    InteractionKind.EMAIL_CLICK: ("click", "clic", "klik", "proklik"),
    InteractionKind.VISIT: (
        "visit",
        "page view",
        "pageview",
        "hit",
        "navstev",
        "zobrazeni",
        "session",
    ),
    InteractionKind.CONTACT_REQUEST: (
        "contact",
        "contatt",
        "kontakt",
        "call me",
        "callback",
        "llamar",
        "richiama",
        "zavolat",
    ),
    InteractionKind.FORM_CONVERSION: (
        "download",
        "descarg",
        "scaric",
        "stah",
        "form",
        "modul",
        "formular",
        "submit",
        "envi",
        "invi",
        "odesl",
        "regist",
        "iscri",
        "inscri",
        "sign up",
        "signup",
        "conversion",
        "lead magnet",
    ),
    InteractionKind.SOCIAL: (
        "share",
        "like",
        "retweet",
        "comment",
        "follow",
        "compart",
        "condivi",
        "sdilen",
        "social",
    ),
    InteractionKind.MEETING: ("meeting", "reunion", "riunione", "schuzk", "appointment"),
    InteractionKind.CALL: ("phone call", "llamada", "chiamata", "hovor", "called"),
}
OFFER_WORDS: dict[Offer, tuple[str, ...]] = {
    Offer.DEMO_REQUEST: ("demo", "demostracion", "dimostrazione", "ukazk", "predvedeni"),
    Offer.FREE_TRIAL: ("trial", "prueba", "prova gratuita", "zkusebn", "free account"),
    Offer.PRICING_PAGE: (
        "pricing",
        "price",
        "precio",
        "prezz",
        "tarif",
        "cenik",
        "cena",
        "quote",
        "presupuesto",
        "preventivo",
        "nabidk",
    ),
    Offer.WEBINAR: (
        "webinar",
        "webinario",
        "webinar",
        "webinar",
        "webinare",
        "seminar",
        "conference",
        "conferencia",
        "conferenza",
        "konferenc",
        "event",
    ),
    Offer.WHITE_PAPER: (
        "white paper",
        "whitepaper",
        "ebook",
        "e book",
        "guide",
        "guia",
        "guida",
        "pruvodce",
        "prirucka",
        "report",
        "checklist",
        "plantilla",
        "template",
        "libro blanco",
    ),
}


@dataclass(frozen=True, slots=True)
class EventType:
    """What one value of the "what" column means."""

    kind: InteractionKind | None  # None: not an interaction (skipped and reported)
    offer: Offer | None = None


def classify_value(text: str) -> EventType:
    """'Descargó whitepaper' → form conversion of a white paper; 'open' → email open."""
    words = normalise_header(text)
    if not words:
        return EventType(None)
    padded = f" {words}"
    # Stems match at the start of a word: "hit" is a page hit, not the middle of "whitepaper".
    offer = next(
        (o for o, stems in OFFER_WORDS.items() if any(f" {s}" in padded for s in stems)), None
    )
    kind = next(
        (k for k, stems in KIND_WORDS.items() if any(f" {s}" in padded for s in stems)), None
    )
    if kind is None:
        kind = _fuzzy_kind(words)
    if kind is None and offer is not None:
        kind = InteractionKind.FORM_CONVERSION
    # An offer is what a form conversion was for; other kinds keep their words as detail.
    return EventType(kind, offer if kind is InteractionKind.FORM_CONVERSION else None)


def _fuzzy_kind(words: str) -> InteractionKind | None:
    """Typos and odd spellings: the closest stem when it is close enough."""
    best: tuple[float, InteractionKind | None] = (0.0, None)
    for kind, stems in KIND_WORDS.items():
        for stem in stems:
            score = fuzz.partial_ratio(stem, words) if len(stem) >= 4 else 0.0
            if score > best[0]:
                best = (score, kind)
    return best[1] if best[0] >= 85 else None


def suggest_values(distinct: Sequence[str]) -> dict[str, EventType]:
    return {value: classify_value(value) for value in distinct}
