"""Columns recognised by their header's words and by their values, each with its reason."""

from __future__ import annotations

import pytest

from leaddesk.core.importing.mapping import CUSTOM, IGNORE, suggest_mapping, target_by_name

# Long headers as localised CRMs and purchased lists write them (collected for issue 20).
SPANISH = [
    ("Cargo que ocupa", "job_title"),
    ("Página web de la empresa", "website"),
    ("Canal de captación", "source_channel"),
    ("Localidad", "city"),
    ("Nombre del contacto", "full_name"),
    ("Apellidos del contacto", "last_name"),
    ("Correo electrónico de contacto:", "email"),
    ("Teléfono móvil", "phone"),
    ("Razón social del cliente", "company"),
    ("Sector de actividad", "industry"),
    ("Número de empleados", "company_size"),
    ("País de residencia", "country"),
    ("Presupuesto estimado (€)", "budget"),
    ("Comercial asignado", "owner"),
    ("Campaña de marketing", "campaign"),
    ("Puesto de trabajo", "job_title"),
    ("Sitio web corporativo", "website"),
]
ITALIAN = [
    ("Ruolo aziendale", "job_title"),
    ("Canale di acquisizione", "source_channel"),
    ("Località", "city"),
    ("Sito internet aziendale", "website"),
    ("Indirizzo di posta elettronica", "email"),
    ("Numero di cellulare", "phone"),
    ("Ragione sociale dell'azienda", "company"),
    ("Nome del referente", "full_name"),
    ("Cognome del contatto", "last_name"),
    ("Settore merceologico", "industry"),
    ("Numero di dipendenti", "company_size"),
    ("Paese di provenienza", "country"),
    ("Budget previsto", "budget"),
    ("Referente commerciale", "owner"),
    ("Campagna pubblicitaria", "campaign"),
    ("Qualifica professionale", "job_title"),
    ("Città di residenza", "city"),
]
CZECH = [
    ("Pracovní zařazení", "job_title"),
    ("Webové stránky", "website"),
    ("Obec", "city"),
    ("Název společnosti", "company"),
    ("E-mailová adresa kontaktu", "email"),
    ("Telefonní číslo:", "phone"),
    ("Křestní jméno", "first_name"),
    ("Příjmení kontaktu", "last_name"),
    ("Celé jméno", "full_name"),
    ("Počet zaměstnanců", "company_size"),
    ("Obor podnikání", "industry"),
    ("Země původu", "country"),
    ("Zdroj kontaktu", "source_channel"),
    ("Marketingová kampaň", "campaign"),
    ("Odhadovaný rozpočet", "budget"),
    ("Odpovědný obchodník", "owner"),
    ("Město", "city"),
    ("Pozice ve firmě", "job_title"),
]
ENGLISH = [
    ("Company Website URL", "website"),
    ("Contact's Job Title:", "job_title"),
    ("Mobile Phone Number", "phone"),
    ("E-Mail Address (work)", "email"),
    ("Name of the company", "company"),
    ("Title, job", "job_title"),
    ("COUNTRY NAME", "country"),
    ("Lead source channel", "source_channel"),
    ("Number of Employees (approx.)", "company_size"),
    ("Annual revenue (USD)", "budget"),
    ("Assigned sales rep", "owner"),
    ("Town / city", "city"),
    ("Marketing campaign name", "campaign"),
    ("Last name (surname)", "last_name"),
    ("First name:", "first_name"),
    ("Tel. no.", "phone"),
]


@pytest.mark.parametrize(("header", "target"), SPANISH + ITALIAN + CZECH + ENGLISH)
def test_long_localised_headers_are_matched_word_by_word(header: str, target: str) -> None:
    found = target_by_name(header)
    assert found is not None and found[0] == target, (header, found)


def test_the_table_has_fifteen_phrases_per_language() -> None:
    assert min(len(SPANISH), len(ITALIAN), len(CZECH), len(ENGLISH)) >= 15


def _suggest(headers: list[str], *rows: list[object]):
    return suggest_mapping(headers, [list(r) for r in rows])


def test_a_column_of_urls_is_the_website_whatever_its_header() -> None:
    mapping = _suggest(
        ["Email", "Enlace"],
        ["a@x.com", "https://acme.es"],
        ["b@y.com", "www.beta.it"],
        ["c@z.com", "gamma.cz"],
    )
    assert mapping.targets == ("email", "website")
    assert str(mapping.reason(1)) == "values are web addresses"
    assert str(mapping.reason(0)) == "header is “email”"


def test_content_wins_over_a_weak_header_match() -> None:
    # "Contact details" half-matches a name, but the values are plainly emails.
    mapping = _suggest(
        ["Name", "Contact details"],
        ["Ann Lee", "ann@x.com"],
        ["Bob Ray", "bob@y.com"],
    )
    assert mapping.targets[1] == "email"
    assert "values are email addresses" in str(mapping.reason(1))


@pytest.mark.parametrize(
    ("values", "target", "reason"),
    [
        (["+34 912 345 678", "+39 02 1234 5678", "(555) 123-4567"], "phone",
         "values are phone numbers"),
        (["Spain", "Italia", "Česko", "Germany"], "country", "values are countries"),
        (["Acme S.L.", "Rossi S.p.A.", "Novák s.r.o.", "Müller GmbH", "Foo Inc."], "company",
         "values end in company legal forms"),
        (["Sales Manager", "Director comercial", "Responsabile acquisti", "Ředitel"],
         "job_title", "values are job titles"),
        (["2024-01-05", "2024-02-11", "2023-12-30"], CUSTOM, "values are dates"),
        (["yes", "no", "yes"], CUSTOM, "values are yes/no"),
        (["€1,200.00", "€300.50", "€99.99"], CUSTOM, "values are amounts"),
    ],
)  # fmt: skip
def test_an_unrecognised_header_maps_by_content(values, target, reason) -> None:
    mapping = _suggest(["Email", "Xyzzy"], *[["a@b.com", v] for v in values])
    assert mapping.targets[1] == target
    assert str(mapping.reason(1)).startswith(reason)


def test_sensitive_columns_are_ignored_with_a_warning() -> None:
    mapping = _suggest(
        ["Email", "Tarjeta", "CVV", "Contraseña", "Codice fiscale", "Rodné číslo"],
        ["a@b.com", "4111 1111 1111 1111", "123", "hunter2", "RSSMRA80A01H501U", "800101/1234"],
        ["c@d.com", "5500005555555559", "456", "secret", "VRDLGI75B02F205X", "750202/2345"],
    )
    assert mapping.targets[1:] == (IGNORE,) * 5
    assert mapping.sensitive == ("Tarjeta", "CVV", "Contraseña", "Codice fiscale", "Rodné číslo")
    assert str(mapping.reason(1)).startswith("sensitive: values are payment card numbers")
    assert str(mapping.reason(2)).startswith("sensitive: header “cvv”")


def test_numbers_failing_the_luhn_check_are_not_cards() -> None:
    mapping = _suggest(["Email", "Ref"], ["a@b.com", "4111111111111112"])
    assert mapping.targets[1] == CUSTOM


def test_numeric_references_are_never_a_company_or_a_name() -> None:
    mapping = _suggest(
        ["name", "organization_id", "person_id"], ["Ann Lee", "1", "7"], ["Bob Ray", "2", "8"]
    )
    assert mapping.targets == ("full_name", CUSTOM, CUSTOM)
    assert "numeric references" in str(mapping.reason(1))


def test_a_name_with_a_legal_suffix_and_nothing_personal_is_a_company() -> None:
    from leaddesk.core.importing.duplicates import MatchIndex
    from leaddesk.core.importing.options import ImportOptions
    from leaddesk.core.importing.rows import RowPlanner

    mapping = _suggest(["Nombre", "Teléfono"], ["Ana Ruiz", "+34 600 000 001"])
    mapping = mapping.with_target(0, "full_name")
    planner = RowPlanner(mapping, ImportOptions(), MatchIndex())
    plan = planner.plan(
        [(2, ["Talleres Ruiz S.L.", "+34 600 000 001"]), (3, ["Ana Ruiz", "+34 600 000 002"])],
        lambda ids: {},
    )
    assert plan.new[0]["company"] == "Talleres Ruiz S.L." and "first_name" not in plan.new[0]
    assert (plan.new[1]["first_name"], plan.new[1]["last_name"]) == ("Ana", "Ruiz")
