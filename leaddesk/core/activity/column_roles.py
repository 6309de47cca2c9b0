"""What a column of an activity file says, from its name in four languages or its values.

Column names in English, Spanish, Italian and Czech, compared without accents or case.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from leaddesk.core.leads import InteractionKind
from leaddesk.core.source_table import normalise_header
from leaddesk.core.values import cell_text


class Role(StrEnum):
    """What a column of an activity file says."""

    EMAIL = "email"  # who, by email
    LEAD_ID = "lead_id"  # who, by LeadDesk ID (an exported file)
    PERSON_REF = "person_ref"  # who, by the tool's own id, looked up in a people file
    WHEN = "when"
    WHAT = "what"  # the kind of event, in the tool's words
    DETAIL = "detail"  # page, link, subject, form name
    CAMPAIGN = "campaign"
    OPENS = "opens"  # counts, one row per person
    CLICKS = "clicks"
    VISITS = "visits"
    FORMS = "forms"
    FIRST_NAME = "first_name"  # for creating a lead that does not exist yet
    LAST_NAME = "last_name"
    COMPANY = "company"
    IGNORE = "ignore"


COUNT_ROLES: dict[Role, InteractionKind] = {
    Role.OPENS: InteractionKind.EMAIL_OPEN,
    Role.CLICKS: InteractionKind.EMAIL_CLICK,
    Role.VISITS: InteractionKind.VISIT,
    Role.FORMS: InteractionKind.FORM_CONVERSION,
}
PERSON_ROLES = (Role.FIRST_NAME, Role.LAST_NAME, Role.COMPANY)

#: Column names in English, Spanish, Italian and Czech (compared without accents or case).
ROLE_SYNONYMS: dict[Role, tuple[str, ...]] = {
    Role.EMAIL: (
        "email",
        "e-mail",
        "email address",
        "email_address",
        "mail",
        "correo",
        "correo electronico",
        "posta elettronica",
        "indirizzo email",
        "emailova adresa",
        "user id",
        "userid",
        "subscriber",
        "recipient",
        "contact email",
    ),
    Role.LEAD_ID: ("leaddesk id",),
    Role.WHEN: (
        "timestamp",
        "date",
        "time",
        "datetime",
        "event time",
        "event date",
        "fecha",
        "hora",
        "data",
        "ora",
        "datum",
        "cas",
        "date hit",
        "datehit",
        "submitted",
        "submitted at",
        "submission date",
        "opened at",
        "clicked at",
        "created at",
        "last action date time",
        "lastactiondatetime",
        "occurred at",
    ),
    Role.WHAT: (
        "action",
        "event",
        "event type",
        "activity",
        "type",
        "accion",
        "evento",
        "tipo",
        "azione",
        "attivita",
        "udalost",
        "akce",
        "typ",
        "activity type",
    ),
    Role.DETAIL: (
        "url",
        "page",
        "link",
        "subject",
        "form",
        "form name",
        "detail",
        "details",
        "pagina",
        "enlace",
        "asunto",
        "formulario",
        "oggetto",
        "modulo",
        "stranka",
        "odkaz",
        "predmet",
        "formular",
        "page url",
        "page title",
        "title",
    ),
    Role.CAMPAIGN: (
        "campaign",
        "campaign id",
        "campaign title",
        "campaign name",
        "campana",
        "campagna",
        "kampan",
        "newsletter",
        "mailing",
    ),
    Role.OPENS: (
        "opens",
        "opened",
        "open count",
        "aperturas",
        "aperture",
        "otevreni",
        "unique opens",
        "total opens",
    ),
    Role.CLICKS: (
        "clicks",
        "clicked",
        "click count",
        "clics",
        "clic",
        "click",
        "kliknuti",
        "prokliky",
        "unique clicks",
        "total clicks",
    ),
    Role.VISITS: ("visits", "visit count", "visitas", "visite", "navstevy", "sessions"),
    Role.FORMS: (
        "submissions",
        "form submissions",
        "conversions",
        "conversiones",
        "conversioni",
        "konverze",
    ),
    Role.FIRST_NAME: (
        "first name",
        "firstname",
        "fname",
        "merge fname",
        "nombre",
        "nome",
        "jmeno",
        "given name",
    ),
    Role.LAST_NAME: (
        "last name",
        "lastname",
        "lname",
        "merge lname",
        "apellido",
        "apellidos",
        "cognome",
        "prijmeni",
        "surname",
    ),
    Role.COMPANY: (
        "company",
        "company name",
        "organization",
        "empresa",
        "azienda",
        "ragione sociale",
        "spolecnost",
        "firma",
    ),
}
_SYNONYMS = {normalise_header(n): role for role, names in ROLE_SYNONYMS.items() for n in names}


def suggest_roles(headers: Sequence[str], preview: Sequence[Sequence[Any]]) -> tuple[Role, ...]:
    """Each column's role from its name (four languages) and, for emails, its values."""
    roles: list[Role] = []
    taken: set[Role] = set()
    for index, header in enumerate(headers):
        name = normalise_header(header)
        role = _SYNONYMS.get(name) or _SYNONYMS.get(name.replace(" ", ""))
        if role is None:
            role = _role_from_values([row[index] for row in preview if index < len(row)])
        if role is None or (role in taken and role not in (Role.DETAIL,)):
            role = Role.IGNORE
        if role is Role.DETAIL and Role.DETAIL in taken:
            role = Role.IGNORE
        taken.add(role)
        roles.append(role)
    return tuple(roles)


def _role_from_values(values: Sequence[Any]) -> Role | None:
    texts = [cell_text(v) for v in values if cell_text(v)]
    if texts and sum("@" in t and "." in t.split("@")[-1] for t in texts) >= 0.8 * len(texts):
        return Role.EMAIL
    return None


def guess_fixed_kind(headers: Sequence[str], file_name: str) -> InteractionKind | None:
    """A file without a "what" column: a form tool's entries or an analytics visit log."""
    words = normalise_header(" ".join(headers) + " " + file_name)
    if any(s in words for s in ("datehit", "date hit", "visit", "page view", "pageview")):
        return InteractionKind.VISIT
    if any(s in words for s in ("form", "submission", "entry", "formulario", "modulo")):
        return InteractionKind.FORM_CONVERSION
    return None
