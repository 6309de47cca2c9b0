"""Finding the header row and mapping source columns to lead fields.

Columns are recognised by name in English, Spanish, Italian and Czech (synonyms, then
accent- and case-insensitive fuzzy matching) and, failing that, by their values (emails,
phones). Whatever stays unmapped becomes a custom field: nothing is dropped silently.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from leaddesk.core.importing import content as values_of
from leaddesk.core.importing import recognise as rec
from leaddesk.core.importing.outcome import is_decided, outcome_share
from leaddesk.core.importing.recognise import Reason
from leaddesk.core.leads import FIELD_LABELS, LEAD_FIELDS
from leaddesk.core.sheet_columns import DERIVED_HEADERS, ID_HEADER
from leaddesk.core.source_table import normalise_header
from leaddesk.core.values import (
    DATE_WORDS,
    cell_text,
    looks_like_date,
)

#: Targets beyond the lead fields.
FULL_NAME = "full_name"  # split into first and last name
LEADDESK_ID = "leaddesk_id"  # the lead's own id: the row updates that lead
IS_COMPANY = "is_company"  # a yes/no flag: the row is a company, its name the company's
OUTCOME = "outcome"  # won/lost or a stage: where the lead lands, so that Suggest learns
CUSTOM = "custom"
IGNORE = "ignore"
LEADDESK_ID_HEADER = ID_HEADER  # as an export heads the column

TARGET_LABELS: dict[str, str] = {
    **FIELD_LABELS,
    FULL_NAME: "Full name",
    LEADDESK_ID: LEADDESK_ID_HEADER,
    IS_COMPANY: "Is a company (flag)",
    OUTCOME: "Outcome or stage",
    CUSTOM: "Custom field",
    IGNORE: "Ignore",
}
TARGETS: tuple[str, ...] = (
    *LEAD_FIELDS, FULL_NAME, LEADDESK_ID, IS_COMPANY, OUTCOME, CUSTOM, IGNORE
)  # fmt: skip
IDENTITY_TARGETS = frozenset({"first_name", "last_name", FULL_NAME, "email", "phone", "company"})

SYNONYMS: dict[str, str] = {
    FULL_NAME: "full name, contact name, name, contact, person, lead name, customer name, "
    "nombre completo, nombre y apellidos, contacto, nome completo, nome e cognome, contatto, "
    "nominativo, "
    "referente, cele jmeno, jmeno a prijmeni, kontaktni osoba, "
    "nombre contacto, nombre del contacto, nome referente, nome del contatto, jmeno kontaktu",
    "first_name": "first name, firstname, first, given name, forename, fname, nombre, nome, "
    "jmeno, krestni jmeno, "
    "nombre de pila",
    "last_name": "last name, lastname, surname, family name, last, lname, apellido, apellidos, "
    "cognome, prijmeni",
    "email": "email, e mail, email address, e mail address, mail, emails, email 1, "
    "emails 1 email, primary email, correo, correo electronico, direccion de correo, "
    "posta elettronica, indirizzo email, indirizzo e mail, e mailova adresa, emailova adresa, "
    "correo electronico de contacto, e mail de contacto, indirizzo di posta elettronica, email aziendale, e mailova adresa kontaktu",
    "phone": "phone, phone number, telephone, telephone number, tel, mobile, mobile phone, "
    "cell, cell phone, contact numbers, phones 1 phone, primary phone, business phone, "
    "telefono, movil, numero de telefono, cellulare, numero di telefono, telefonni cislo, "
    "mobil, telefonni, "
    "telefono movil, telefono de contacto, numero de cellulare, telefono cellulare, recapito telefonico, mobilni telefon, telefonni kontakt",
    "company": "company, company name, organization, organisation, organization name, account, "
    "account name, business, business name, employer, firm, empresa, nombre de la empresa, "
    "compania, razon social, organizacion, azienda, societa, ragione sociale, nome azienda, "
    "spolecnost, firma, nazev firmy, organizace, "
    "nombre empresa, razon social del cliente, nazev spolecnosti, obchodni nazev, nome societa, "
    "related company, parent company, empresa relacionada, empresa matriz, azienda collegata, societa madre, materska spolecnost, nadrazena spolecnost",
    "job_title": "job title, title, position, job position, role, job, job role, occupation, "
    "designation, cargo, puesto, titulo, ruolo, posizione, mansione, qualifica, pozice, "
    "pracovni pozice, funkce, "
    "cargo que ocupa, puesto de trabajo, cargo en la empresa, ruolo aziendale, qualifica professionale, pracovni zarazeni, zarazeni, pracovni funkce",
    "company_size": "company size, employees, number of employees, employee count, headcount, "
    "size, empleados, tamano de la empresa, dipendenti, numero dipendenti, pocet zamestnancu, "
    "velikost firmy, "
    "numero de empleados, numero empleados, plantilla, organico",
    "industry": "industry, sector, vertical, business segment, industria, sector de actividad, "
    "settore, odvetvi, obor, "
    "sector de la empresa, settore merceologico, obor podnikani",
    "country": "country, country code, nation, pais, paese, nazione, zeme, stat, "
    "pais de residencia, paese di provenienza, zeme puvodu",
    "city": "city, town, locality, ciudad, localidad, citta, comune, mesto, obec, "
    "poblacion, municipio, localita, provincia",
    "website": "website, web site, web, url, homepage, site, sitio web, pagina web, sito web, "
    "sito, webova stranka, web stranky, "
    "sitio web corporativo, sito internet, webove stranky, internetove stranky",
    "source_channel": "source, lead source, source channel, channel, origin, lead origin, "
    "referral, utm source, fuente, origen, canal, fonte, origine, canale, zdroj, kanal, "
    "canal de captacion, medio de captacion, canale di acquisizione, zdroj kontaktu, zdroj leadu",
    "campaign": "campaign, campaign name, utm campaign, campana, campagna, kampan, "
    "campana de marketing, campagna pubblicitaria, marketingova kampan",
    "budget": "budget, lead value, deal value, amount, value, revenue, annual revenue, "
    "presupuesto, importe, valor, budget previsto, importo, valore, rozpocet, castka, hodnota, "
    "presupuesto estimado, odhadovany rozpocet",
    "owner": "owner, lead owner, sales agent, salesperson, sales rep, assigned to, user, "
    "responsable, propietario, vendedor, proprietario, commerciale, venditore, vlastnik, "
    "obchodnik, "
    "comercial asignado, asignado a, referente commerciale, agente assegnato, odpovedny obchodnik",
    "email_status": "email status, subscription status, email opt out, opt out, unsubscribed, "
    "estado del correo, stato email, stav emailu",
    LEADDESK_ID: "leaddesk id",
    IS_COMPANY: "is company, is a company, company flag, is organization, is organisation, "
    "es empresa, es una empresa, e azienda, e una azienda, je firma, je spolecnost",
    OUTCOME: "outcome, converted, won lost, won, result, status, stage, lifecycle stage, "
    "lead status, lead stage, deal stage, pipeline stage, lifecyclestage, is converted, "
    "resultado, estado, etapa, fase, estado del lead, etapa del ciclo de vida, convertido, "
    "ganado, ganado perdido, esito, stato, stato del lead, fase del ciclo di vita, "
    "convertito, vinto perso, vysledek, stav, faze, stav leadu, faze zivotniho cyklu, "
    "konvertovan, vyhrano prohrano",
}


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SYNONYM_TO_FIELD: dict[str, str] = {}
_SYNONYM_RANK: dict[str, int] = {}  # earlier synonyms are the more usual names
for _target, _names in SYNONYMS.items():
    for _rank, _name in enumerate(_names.split(",")):
        _SYNONYM_TO_FIELD.setdefault(normalise_header(_name), _target)
        _SYNONYM_RANK.setdefault(normalise_header(_name), _rank)
_SYNONYM_NAMES = tuple(_SYNONYM_TO_FIELD)


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Where each source column goes: a target per header position."""

    headers: tuple[str, ...]
    targets: tuple[str, ...]  # a lead field, FULL_NAME, LEADDESK_ID, CUSTOM or IGNORE
    #: Why each column goes where it goes (empty when nobody said).
    reasons: tuple[Reason, ...] = field(default=(), compare=False)

    def as_dict(self) -> dict[str, str]:
        return dict(zip(self.headers, self.targets, strict=True))

    def reason(self, index: int) -> Reason | None:
        return self.reasons[index] if index < len(self.reasons) else None

    def with_target(self, index: int, target: str) -> ColumnMapping:
        targets = list(self.targets)
        targets[index] = target
        reasons = list(self.reasons or [Reason(rec.R_UNKNOWN)] * len(self.targets))
        reasons[index] = Reason(rec.R_CHOSEN)
        return ColumnMapping(self.headers, tuple(targets), tuple(reasons))

    @property
    def sensitive(self) -> tuple[str, ...]:
        """Headers of the columns ignored because they hold sensitive data."""
        return tuple(
            h
            for h, t, r in zip(self.headers, self.targets, self.reasons, strict=False)
            if t == IGNORE and r.template.startswith("sensitive")
        )

    @property
    def has_identity(self) -> bool:
        return bool(IDENTITY_TARGETS & set(self.targets)) or LEADDESK_ID in self.targets


def headers_key(headers: Sequence[str]) -> str:
    """The settings key under which the mapping of this set of headers is remembered."""
    names = "\x1f".join(sorted(normalise_header(h) for h in headers))
    return "import.mapping." + hashlib.sha1(names.encode()).hexdigest()[:20]


def _split_camel(text: str) -> str:
    return _CAMEL.sub(" ", text)


def target_by_name(header: str) -> tuple[str, int] | None:
    """The target a header's name suggests, with a confidence 0–100; None when unsure."""
    found = header_match(header)
    return None if found is None else (found.target, found.confidence)


_SYNONYM_ROWS = tuple((t, n, _SYNONYM_RANK[n]) for n, t in _SYNONYM_TO_FIELD.items())


def _typo_of(header: str, synonym: str) -> bool:
    """Word for word a misspelling ('compnay name'), not another word ('cognome' ≠ 'nome')."""
    words, names = header.split(), synonym.split()
    return len(words) == len(names) and all(
        fuzz.ratio(a, b) >= 75 for a, b in zip(words, names, strict=True)
    )


def header_match(header: str) -> rec.WordMatch | None:
    """The target a header names: the whole header, then its words in any order.

    Confidence 91–100 for a known name, 85–90 for its words all matched, below
    :data:`recognise.STRONG_HEADER` when only some of the header's words matched."""
    norm = normalise_header(_split_camel(header))
    if not norm:
        return None
    if norm in _SYNONYM_TO_FIELD:
        return rec.WordMatch(_SYNONYM_TO_FIELD[norm], 100 - min(_SYNONYM_RANK[norm], 9), norm)
    squeezed = norm.replace(" ", "")
    for name, target in _SYNONYM_TO_FIELD.items():
        if name.replace(" ", "") == squeezed:
            return rec.WordMatch(target, 90, name)
    by_words = rec.match_words(header, _SYNONYM_ROWS)
    if by_words is not None and by_words.confidence >= rec.STRONG_HEADER:
        return by_words
    best = None
    if len(norm) >= 5:  # a misspelt name ('Compnay Name') before a partial match
        best = process.extractOne(norm, _SYNONYM_NAMES, scorer=fuzz.ratio, score_cutoff=88)
    if best is None or not _typo_of(norm, best[0]):
        return by_words
    return rec.WordMatch(_SYNONYM_TO_FIELD[best[0]], min(int(best[1]), 90), best[0])


SALUTATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sr",
        "sra",
        "srta",
        "sig",
        "sig",
        "ra",
        "dott",
        "ing",
        "pan",
        "pani",
        "ing",
        "mudr",
    ]
)


def _salutations(sample: Sequence[Sequence[Any]], index: int) -> bool:
    texts = [cell_text(r[index]).lower().rstrip(".") for r in sample[:200] if index < len(r)]
    texts = [t for t in texts if t]
    return bool(texts) and sum(t in SALUTATIONS for t in texts) >= 0.8 * len(texts)


def suggest_mapping(headers: Sequence[str], sample: Sequence[Sequence[Any]]) -> ColumnMapping:
    """A target and its reason for every column, from the header's words and the values.

    A strong header match wins its field (the best one when two columns claim it); a clear
    content type overrides a weak header match and maps a header nobody recognised."""
    n = len(headers)
    targets = [CUSTOM] * n
    reasons = [Reason(rec.R_UNKNOWN)] * n
    columns = [[row[i] for row in sample[:200] if i < len(row)] for i in range(n)]
    contents = [values_of.content_reason(c) for c in columns]
    taken: dict[str, tuple[int, int]] = {}  # target → (column, confidence)

    def claim(index: int, target: str, confidence: int, reason: Reason) -> None:
        holder = taken.get(target)
        if holder is not None and confidence <= holder[1]:
            return
        if holder is not None:
            targets[holder[0]], reasons[holder[0]] = CUSTOM, Reason(rec.R_UNKNOWN)
        taken[target] = (index, confidence)
        targets[index], reasons[index] = target, reason

    for index, header in enumerate(headers):
        sensitive = rec.sensitive_header(header)
        if sensitive or contents[index] == rec.R_CARD:
            targets[index] = IGNORE
            reasons[index] = Reason(rec.R_SENSITIVE, sensitive) if sensitive else Reason(rec.R_CARD)
            continue
        if header.strip().lower() == LEADDESK_ID_HEADER.lower():
            claim(index, LEADDESK_ID, 101, Reason(rec.R_HEADER, header.strip()))
            continue
        if values_of.is_reference(header, columns[index]):
            reasons[index] = Reason(rec.R_REFERENCE)
            continue
        found = header_match(header)
        content = contents[index]
        if (
            found is not None
            and found.target == OUTCOME
            and outcome_share(header, columns[index]) < 0.6
        ):
            found = None  # 'Estado' of an address, 'Status' Active/Inactive: no outcome
        if found is not None and found.target == "job_title" and _salutations(sample, index):
            reasons[index] = Reason(rec.R_SALUTATION)
            continue
        if found is not None and (
            found.confidence >= rec.STRONG_HEADER or rec.content_allows(content, found.target)
        ):
            strong = found.confidence >= rec.STRONG_HEADER
            if strong:
                template = rec.R_HEADER if found.confidence > 90 else rec.R_HEADER_WORDS
                reason = Reason(template, found.words)
            else:
                reason = Reason(rec.R_WEAK_HEADER, f"header words “{found.words}”")
            claim(index, found.target, found.confidence, reason)
            continue
        if content is not None:
            reasons[index] = Reason(content)
    for index in range(n):
        by_content = rec.KIND_TARGETS.get(contents[index] or "")
        if targets[index] == CUSTOM and by_content and reasons[index].template == contents[index]:
            if is_date_column(headers[index], columns[index]):
                continue
            claim(index, by_content, 50, Reason(contents[index] or ""))
    if OUTCOME not in taken:
        _outcome_by_content(headers, columns, targets, reasons, claim)
    if LEADDESK_ID in targets:
        # A LeadDesk export: its computed columns (stage, score, days in stage …) are not
        # data to import; as custom fields they would change every lead.
        for index, header in enumerate(headers):
            if targets[index] in (CUSTOM, OUTCOME) and header.strip() in DERIVED_HEADERS:
                targets[index], reasons[index] = IGNORE, Reason(rec.R_DERIVED)
    _account_names(headers, targets, reasons, taken)
    # A full name beside separate first/last names is redundant: keep it as a custom field.
    if FULL_NAME in taken and ("first_name" in taken or "last_name" in taken):
        targets[taken[FULL_NAME][0]] = CUSTOM
        reasons[taken[FULL_NAME][0]] = Reason(rec.R_REDUNDANT)
    return ColumnMapping(tuple(headers), tuple(targets), tuple(reasons))


def _outcome_by_content(headers, columns, targets, reasons, claim) -> None:
    """A column nobody recognised whose values are won/lost or stages is the outcome."""
    for index, header in enumerate(headers):
        if targets[index] != CUSTOM or reasons[index].template != rec.R_UNKNOWN:
            continue
        if outcome_share(header, columns[index]) >= 0.9 and any(
            cell_text(v) and is_decided(cell_text(v)) for v in columns[index]
        ):
            claim(index, OUTCOME, 50, Reason(rec.R_OUTCOME))
            return


PERSON_TARGETS = frozenset({"first_name", "last_name", "email", "job_title", IS_COMPANY})
COMPANY_TARGETS = frozenset({"company_size", "industry", "website"})


def _account_names(
    headers: Sequence[str], targets: list[str], reasons: list[Reason], taken: dict
) -> None:
    """An account export (Salesforce's Accounts): a bare 'Name' beside company facts and no
    person columns names companies, not people to split into first and last name."""
    if FULL_NAME not in taken or "company" in taken or PERSON_TARGETS & set(targets):
        return
    index = taken[FULL_NAME][0]
    if normalise_header(headers[index]) not in ("name", "nombre", "nome", "nazev", "jmeno"):
        return
    if COMPANY_TARGETS & set(targets):
        targets[index], reasons[index] = "company", Reason(rec.R_ACCOUNT)
        taken["company"] = taken.pop(FULL_NAME)


def mapping_from_dict(headers: Sequence[str], chosen: Mapping[str, str]) -> ColumnMapping:
    """Apply a user's (or a remembered) {header: target} on top of the suggestion."""
    unknown = [t for t in chosen.values() if t not in TARGETS]
    if unknown:
        raise ValueError(f"unknown target {unknown[0]!r}; use one of: {', '.join(TARGETS)}")
    by_norm = {normalise_header(h): h for h in chosen}
    targets = []
    for header in headers:
        key = header if header in chosen else by_norm.get(normalise_header(header))
        targets.append(chosen[key] if key is not None else CUSTOM)
    return ColumnMapping(tuple(headers), tuple(targets), (Reason(rec.R_CHOSEN),) * len(headers))


def is_date_column(header: str, sample: Sequence[Any]) -> bool:
    """A column holding dates: named like one, or nearly all its values are dates."""
    words = set(normalise_header(_split_camel(header)).split())
    norm = normalise_header(header).replace(" ", "")
    if words & DATE_WORDS or norm.endswith(("date", "fecha", "datum")) or norm.endswith(" at"):
        return True
    if header.lower().endswith("_at"):
        return True
    texts = [v for v in (cell_text(x) for x in sample) if v]
    if len(texts) < 3:
        return False
    dated = sum(1 for t in texts[:200] if not t.isdigit() and looks_like_date(t))
    return dated >= 0.95 * min(len(texts), 200)
