"""Recognising a column by what its values are: emails, phones, web addresses, countries,
dates, yes/no, amounts, company legal forms, job titles, card numbers and references.

Each test answers with one of the readable reasons of :mod:`.recognise`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from leaddesk.core.importing.recognise import (
    R_AMOUNT,
    R_BOOL,
    R_CARD,
    R_COMPANY,
    R_COUNTRY,
    R_DATE,
    R_EMAIL,
    R_JOB,
    R_PHONE,
    R_URL,
    word_set,
)
from leaddesk.core.placeholders import is_placeholder
from leaddesk.core.source_table import normalise_header
from leaddesk.core.values import (
    EMAIL_FAST,
    FALSE_WORDS,
    PHONE_FAST,
    TRUE_WORDS,
    cell_text,
    looks_like_date,
)


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, char in enumerate(reversed(digits)):
        d = int(char)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


# -- values -----------------------------------------------------------------------------------
URL = re.compile(
    r"(?:https?://|www\.)\S+|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,12}(?:/\S*)?"
)
LEGAL_SUFFIX = re.compile(
    r"(?:,?\s)(s\.?\s?l\.?u?|s\.?\s?a\.?u?|s\.?\s?p\.?\s?a\.?|s\.?\s?r\.?\s?l\.?|s\.?\s?n\.?\s?c\.?"
    r"|s\.?\s?a\.?\s?s\.?|s\.?\s?r\.?\s?o\.?|a\.?\s?s\.?|v\.?\s?o\.?\s?s\.?|k\.?\s?s\.?|gmbh"
    r"(?:\s?&\s?co\.?\s?kg)?|ag|kg|ohg|se|inc\.?|llc|ltd\.?|limited|plc|corp\.?|corporation"
    r"|co\.?|llp|b\.?v\.?|n\.?v\.?|s\.?a\.?r\.?l\.?|oy|ab|aps)\s*$",
    re.IGNORECASE,
)
JOB_WORDS = word_set(
    "ceo cto cfo coo cmo cio vp president director manager head chief officer owner "
    "founder cofounder partner engineer developer analyst consultant specialist coordinator "
    "assistant executive representative rep associate administrator architect designer "
    "accountant buyer purchasing sales marketing supervisor intern gerente director "
    "directora jefe jefa responsable comercial tecnico tecnica ingeniero ingeniera analista "
    "consultor consultora administrativo administrativa fundador socio coordinador "
    "coordinadora presidente direttore direttrice responsabile amministratore titolare "
    "socio ingegnere impiegato impiegata commerciale consulente tecnico fondatore reditel "
    "reditelka manazer manazerka vedouci jednatel jednatelka obchodnik obchodnice "
    "specialista konzultant inzenyr referent referentka majitel zakladatel asistent "
    "asistentka ucetni nakupci programator"
)


@cache
def country_words() -> frozenset[str]:
    """Country names in English, Spanish, Italian and Czech, and ISO alpha-2 codes."""
    # The geocoder's names as written out by tools/country_names.py: loading its tables
    # here took about a second of every import.
    from leaddesk.core.importing.countries import GEOCODER_NAMES

    names = set(GEOCODER_NAMES)
    names.update(
        normalise_header(n)
        for n in [
            "USA",
            " US",
            " U.S.A.",
            " UK",
            " United States of America",
            " Great Britain",
            " England",
            " Česko",
            " Česká republika",
            " Czechia",
            " Czech Republic",
            " Slovensko",
            " Německo",
            " Rakousko",
            " Polsko",
            " Itálie",
            " Španělsko",
            " Francie",
            " Spojené státy",
            " Velká Británie",
            " Maďarsko",
            " Nizozemsko",
            " Belgie",
            " Švýcarsko",
            " Portugalsko",
            " Irsko",
            " Švédsko",
            " Dánsko",
            " Norsko",
            " Finsko",
            " Mexiko",
            " Brazílie",
            " Argentina",
            " Kanada",
            " Čína",
            " Japonsko",
            " Indie",
            " Rusko",
            " Ukrajina",
            " Chorvatsko",
            " Slovinsko",
            " Rumunsko",
            " Bulharsko",
            " Řecko",
            " Turecko",
            " Austrálie",
            " España",
            " Italia",
            " Regno Unito",
            " Stati Uniti",
        ]
    )
    return frozenset(names)


def sampled_texts(values: Sequence[Any]) -> list[str]:
    """The sampled values that say something: no blanks, no placeholders ('Select', '--')."""
    return [t for t in (cell_text(v) for v in values[:200]) if t and not is_placeholder(t)]


def share_of(texts: list[str], test) -> float:
    return sum(1 for t in texts if test(t)) / len(texts)


def _phone(text: str) -> bool:
    return bool(
        PHONE_FAST.fullmatch(text)
        and not DECIMAL.fullmatch(text)
        and not looks_like_date(text)
        and 7 <= sum(c.isdigit() for c in text) <= 15
        and (text.startswith("+") or any(c in text for c in " -()./"))
    )


DECIMAL = re.compile(r"[-+]?\d+\.\d+")


def _card(text: str) -> bool:
    digits = text.replace(" ", "").replace("-", "")
    return digits.isdigit() and 13 <= len(digits) <= 19 and luhn_valid(digits)


def _amount(text: str) -> bool:
    return bool(re.fullmatch(r"[-+]?[$€£]?\s?\d{1,3}(?:[ ,.\u00a0]?\d{3})*(?:[.,]\d{1,2})?\s?(?:[$€£]|eur|usd|czk|kč)?", text.lower())) and bool(
        re.search(r"[$€£]|[.,]\d{2}$|eur|usd|czk|kč", text.lower())
    )  # fmt: skip


def _url(text: str) -> bool:
    lowered = text.lower()
    if "@" in text or not URL.fullmatch(lowered):
        return False
    host = lowered.split("://")[-1].removeprefix("www.")
    return any(c.isalpha() for c in host.split(".")[0])  # not '02.Medium' nor '3.5'


def _job(text: str) -> bool:
    words = normalise_header(text).split()
    return 0 < len(words) <= 6 and any(w in JOB_WORDS for w in words)


def content_reason(values: Sequence[Any]) -> str | None:
    """What nearly every sampled value is (one of the R_* value templates), or None."""
    texts = sampled_texts(values)
    if not texts:
        return None
    if share_of(texts, lambda t: bool(EMAIL_FAST.fullmatch(t))) >= 0.9:
        return R_EMAIL
    if share_of(texts, _card) >= 0.9:
        return R_CARD
    if share_of(texts, _url) >= 0.9:
        return R_URL
    if share_of(texts, _phone) >= 0.9:
        return R_PHONE
    lowered = [t.lower() for t in texts]
    if share_of(lowered, lambda t: t in TRUE_WORDS or t in FALSE_WORDS) == 1 and any(
        t.isalpha() for t in lowered
    ):
        return R_BOOL
    if share_of(texts, lambda t: not t.isdigit() and looks_like_date(t)) >= 0.95:
        return R_DATE
    if share_of(texts, _amount) >= 0.9:
        return R_AMOUNT
    # ISO codes alone are too short to tell ('MR' is Mauritania and Mister): a name is needed
    if share_of(texts, lambda t: normalise_header(t) in country_words()) >= 0.9 and any(
        len(t) > 3 for t in texts
    ):
        return R_COUNTRY
    if share_of(texts, lambda t: bool(LEGAL_SUFFIX.search(t))) >= 0.5:
        return R_COMPANY
    if share_of(texts, _job) >= 0.6:
        return R_JOB
    return None


def is_reference(header: str, values: Sequence[Any]) -> bool:
    """A numeric reference to another table: ``organization_id``, ``Account ID`` with numbers."""
    norm = normalise_header(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", header))
    texts = sampled_texts(values)
    if norm.endswith(" id") or norm == "id" or header.lower().endswith("_id"):
        return not texts or all(t.replace(".0", "").isdigit() for t in texts)
    # 'OWNERID' with '005x0000001Sv6AAAS': a system's record id, one token with digits
    return (
        header.isupper()
        and norm.endswith("id")
        and bool(texts)
        and all(" " not in t and any(c.isdigit() for c in t) for t in texts)
    )
