"""Recognising a column by its header's words and by what its values are.

A header is matched word by word (accents, case, word order, abbreviations and a trailing
colon do not matter) against the synonyms of :mod:`.mapping`; the values are checked for
emails, phones, web addresses, countries, dates, yes/no, amounts, company legal forms, job
titles and sensitive data. Every decision carries a :class:`Reason` the user can read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from leaddesk.core.source_table import normalise_header


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a column goes where it goes: a fixed sentence, with the header words it matched.

    ``template`` is one of :data:`REASON_TEMPLATES`, so the interface can translate it."""

    template: str
    words: str = ""

    def __str__(self) -> str:
        return self.template.format(words=self.words)


R_HEADER = "header is “{words}”"
R_HEADER_WORDS = "header words “{words}”"
R_CHOSEN = "chosen by you"
R_REMEMBERED = "remembered from your last import of these columns"
R_UNKNOWN = "no field matches; kept as a custom field"
R_EMAIL = "values are email addresses"
R_PHONE = "values are phone numbers"
R_URL = "values are web addresses"
R_COUNTRY = "values are countries"
R_DATE = "values are dates"
R_BOOL = "values are yes/no"
R_AMOUNT = "values are amounts"
R_COMPANY = "values end in company legal forms (S.L., S.p.A., s.r.o., GmbH, Inc …)"
R_JOB = "values are job titles"
R_CARD = "sensitive: values are payment card numbers; ignored unless you choose otherwise"
R_SENSITIVE = "sensitive: header “{words}”; ignored unless you choose otherwise"
R_REFERENCE = "numeric references to another table, not a name or a company"
R_SALUTATION = "values are salutations (Mr., Ms. …), not job titles"
R_REDUNDANT = "a full name beside first and last names; kept as a custom field"
R_DERIVED = "computed by LeadDesk on export; not imported"
R_WEAK_HEADER = "{words}; the header only partly matched"
R_ACCOUNT = "names of companies: company facts beside them and no person columns"
R_OUTCOME = "values are outcomes or stages (won, lost, customer …)"
R_HEADERLESS = "no header row: the column is named for its values"
REASON_TEMPLATES = (
    R_HEADER, R_HEADER_WORDS, R_CHOSEN, R_REMEMBERED, R_UNKNOWN, R_EMAIL, R_PHONE, R_URL,
    R_COUNTRY, R_DATE, R_BOOL, R_AMOUNT, R_COMPANY, R_JOB, R_CARD, R_SENSITIVE, R_REFERENCE,
    R_SALUTATION, R_REDUNDANT, R_DERIVED, R_WEAK_HEADER, R_ACCOUNT, R_OUTCOME,
    R_HEADERLESS,
)  # fmt: skip

#: Content kinds that name a lead field; the others (dates, amounts …) only explain.
KIND_TARGETS = {
    R_EMAIL: "email",
    R_PHONE: "phone",
    R_URL: "website",
    R_COUNTRY: "country",
    R_COMPANY: "company",
    R_JOB: "job_title",
}
#: Value kinds that rule a field out: a weak 'has company' header holding yes/no is no company.
KIND_FIELDS = {
    R_BOOL: frozenset({"email_status"}),
    R_DATE: frozenset(),
    R_AMOUNT: frozenset({"budget", "company_size"}),
}


def content_allows(reason: str | None, target: str) -> bool:
    """Whether values of this kind can be that field at all."""
    if reason in KIND_TARGETS:
        return KIND_TARGETS[reason] == target
    return reason not in KIND_FIELDS or target in KIND_FIELDS[reason]


#: A header match below this confidence gives way to a clear content type.
STRONG_HEADER = 80


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> tuple[str, ...]:
    return tuple(normalise_header(phrase) for phrase in text.split(","))


# -- headers, word by word ------------------------------------------------------------------
STOP_WORDS = word_set(
    "de del la el los las que y en por para su sus a al the of and your for di della dello "
    "dei degli delle il lo gli le e da per al alla sua suo na ve v pro a z ze jeho jeji"
)
#: Short forms written in headers, by the word they stand for.
ABBREVIATIONS = {
    "tel": "telefono", "tlf": "telefono", "telf": "telefono", "ph": "phone", "mob": "mobile",
    "cel": "movil", "cell": "cellulare", "no": "number", "nr": "number", "num": "number",
    "nro": "numero", "n": "number", "tfno": "telefono", "mail": "email", "www": "website",
    "org": "organization", "co": "company", "cia": "compania", "pos": "position",
    "dir": "direccion", "addr": "address", "ctry": "country", "cty": "city", "e": "",
}  # fmt: skip


def header_words(header: str) -> tuple[str, ...]:
    """The meaningful words of a header: normalised, abbreviations expanded, no stop words."""
    words = []
    for word in normalise_header(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", header)).split():
        word = ABBREVIATIONS.get(word, word)
        if word and word not in STOP_WORDS:
            words.append(word)
    return tuple(words)


def _same_word(a: str, b: str) -> int:
    """2 for the same word, 1 for the same stem (webove/webova, aziendale/azienda), else 0."""
    if a == b:
        return 2
    stem = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        stem += 1
    return 1 if stem >= 5 and stem >= max(len(a), len(b)) - 3 else 0


#: Words too general to name a field when the header says more ('business type').
GENERIC_WORDS = word_set(
    "business value size amount user account site web contact contacto contatto kontakt "
    "name nombre nome jmeno number numero cislo source origin title type status channel "
    "canal canale kanal person email mail last first"
)


@dataclass(frozen=True, slots=True)
class WordMatch:
    target: str
    confidence: int
    words: str  # the header words that matched


def match_words(header: str, synonyms: Iterable[tuple[str, str, int]]) -> WordMatch | None:
    """The synonym whose words all occur in the header, covering most of it.

    ``synonyms`` are (target, normalised synonym, rank). Full coverage scores 85, partial
    coverage 55–79 (a weak match that a clear content type overrides)."""
    words = header_words(header)
    if not words:
        return None
    # per target: the header words any of its synonyms covers, and its best synonym
    covered: dict[str, set[int]] = {}
    best_of: dict[str, tuple[tuple[int, int, int], list[int], bool, list[str]]] = {}
    for target, synonym, rank in synonyms:
        syn_words = [w for w in synonym.split() if w not in STOP_WORDS]
        used = _cover(words, syn_words)
        if used is None:
            continue
        indices, exact = used
        covered.setdefault(target, set()).update(indices)
        key = (len(indices), int(exact), -rank)
        if target not in best_of or key > best_of[target][0]:
            best_of[target] = (key, indices, exact, syn_words)
    best: tuple[tuple[int, int, int, int, int], WordMatch] | None = None
    for target, (key, _indices, exact, syn_words) in best_of.items():
        coverage = len(covered[target]) / len(words)
        if coverage < 0.5 or (coverage < 1 and GENERIC_WORDS.issuperset(syn_words)):
            continue  # one word of a long header ('declared catalog size') is no match
        confidence = 85 if coverage == 1 else 55 + int(24 * coverage)
        if not exact:
            confidence -= 5
        rank_key = (key[0], len(covered[target]), key[1], int(target != "company"), key[2])
        if best is None or rank_key > best[0]:
            matched = " ".join(words[i] for i in sorted(covered[target]))
            best = (rank_key, WordMatch(target, confidence, matched))
    return best[1] if best else None


def _cover(words: Sequence[str], syn_words: Sequence[str]) -> tuple[list[int], bool] | None:
    """The header words a synonym's words are found as, and whether all exactly; None when
    one is missing."""
    if not syn_words:
        return None
    used: list[int] = []
    quality = 0
    for syn_word in syn_words:
        found = max(
            ((_same_word(w, syn_word), i) for i, w in enumerate(words) if i not in used),
            default=(0, -1),
        )
        if found[0] == 0:
            return None
        used.append(found[1])
        quality += found[0]
    return used, quality == 2 * len(syn_words)


# -- sensitive columns ------------------------------------------------------------------------
SENSITIVE_HEADERS = _phrases(
    "password, passwort, contrasena, contraseña, clave, parola d'ordine, heslo, pwd, "
    "passwd, cvv, cvc, cvv2, cvc2, security code, codigo de seguridad, codice di sicurezza, "
    "card number, credit card, tarjeta de credito, numero de tarjeta, carta di credito, "
    "numero carta, cislo karty, platebni karta, kreditni karta, iban, ssn, social security, "
    "social security number, national id, passport, pasaporte, passaporto, cestovni pas, "
    "dni, nif, nie, cedula, codice fiscale, rodne cislo, cislo op, cislo obcanskeho "
    "prukazu, tax id"
)


def sensitive_header(header: str) -> str | None:
    """The sensitive words a header holds (a password, a card, a national id), else None."""
    norm = " " + normalise_header(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", header)) + " "
    for words in SENSITIVE_HEADERS:
        if f" {words} " in norm:
            return words
    return None
