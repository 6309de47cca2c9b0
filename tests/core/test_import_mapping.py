"""Mapping columns by name in four languages and by value; finding the header row."""

from __future__ import annotations

import pytest

from leaddesk.core.importing.header_row import find_header_row
from leaddesk.core.importing.mapping import (
    CUSTOM,
    FULL_NAME,
    LEADDESK_ID,
    headers_key,
    mapping_from_dict,
    suggest_mapping,
    target_by_name,
)


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("E-mail", "email"),
        ("Correo electrónico", "email"),
        ("Posta elettronica", "email"),
        ("E-mailová adresa", "email"),
        ("Telefonní číslo", "phone"),
        ("Número de teléfono", "phone"),
        ("Company Name", "company"),
        ("Ragione sociale", "company"),
        ("Razón social", "company"),
        ("Název firmy", "company"),
        ("Příjmení", "last_name"),
        ("Cognome", "last_name"),
        ("Apellidos", "last_name"),
        ("Jméno", "first_name"),
        ("FirstName", "first_name"),
        ("first_name", "first_name"),
        ("Job Position", "job_title"),
        ("Città", "city"),
        ("Země", "country"),
        ("Number of employees", "company_size"),
        ("Lead Source", "source_channel"),
        ("Compnay Name", "company"),  # a typo: fuzzy
        ("EMAIL ADRESS", "email"),
    ],
)
def test_headers_map_by_name_in_four_languages(header: str, target: str) -> None:
    found = target_by_name(header)
    assert found is not None and found[0] == target


@pytest.mark.parametrize("header", ["Gender", "Tags", "xyz", "", "Description"])
def test_unknown_headers_stay_unmapped(header: str) -> None:
    assert target_by_name(header) is None


def test_unmapped_columns_become_custom_fields_and_values_decide_the_rest() -> None:
    headers = ("Contatto", "Col B", "Col C", "Notes")
    sample = [("Ann Lee", "ann@lee.com", "+420 777 123 456", "met at fair")] * 5
    mapping = suggest_mapping(headers, sample)
    assert mapping.targets == (FULL_NAME, "email", "phone", CUSTOM)


def test_the_best_named_column_wins_a_field() -> None:
    mapping = suggest_mapping(("Mail", "Email", "Name", "First name"), [])
    assert mapping.targets == (CUSTOM, "email", CUSTOM, "first_name")


def test_leaddesk_id_column_updates_leads() -> None:
    assert suggest_mapping(("LeadDesk ID", "Email"), []).targets == (LEADDESK_ID, "email")


def test_title_holding_salutations_is_not_a_job_title() -> None:
    sample = [("Mr.", "Ann"), ("Ms.", "Bob"), ("Dr.", "Cid")]
    assert suggest_mapping(("Title", "First name"), sample).targets == (CUSTOM, "first_name")


def test_a_users_mapping_overrides_and_rejects_unknown_targets() -> None:
    mapping = mapping_from_dict(("A", "B"), {"a": "email", "B": "ignore"})
    assert mapping.targets == ("email", "ignore")
    with pytest.raises(ValueError, match="unknown target 'mail'"):
        mapping_from_dict(("A",), {"A": "mail"})


def test_mappings_are_remembered_per_set_of_headers_in_any_order() -> None:
    assert headers_key(["E-mail", "Name"]) == headers_key(["name", "e mail"])
    assert headers_key(["Email", "Name"]) != headers_key(["Email", "Company"])


def test_header_row_is_found_below_title_and_blank_rows() -> None:
    rows = [
        ["Leads bought from ListCo", None, None],
        [None, None, None],
        ["Name", "Email", "Company"],
        ["Ann", "ann@lee.com", "Lee Ltd"],
    ]
    assert find_header_row(rows) == 2


def test_a_numeric_row_is_not_a_header() -> None:
    rows = [["2024", 3.0, 4.0], ["Name", "Email", "Phone"], ["Ann", "a@b.com", "123"]]
    assert find_header_row(rows) == 1


def test_contact_name_wins_over_a_bare_name_column() -> None:
    """Odoo's CRM template: 'Name' is the deal's title, 'Contact Name' the person."""
    mapping = suggest_mapping(["Name", "Company Name", "Contact Name", "Email"], [])
    assert mapping.as_dict()["Contact Name"] == "full_name"
    assert mapping.as_dict()["Name"] == "custom"


def test_the_header_of_a_one_column_list_is_found() -> None:
    assert find_header_row([["Email"], ["ana@acme.es"], ["luis@beta.es"]]) == 0
    assert find_header_row([["Names"], ["Ana Ruiz"], ["Luis Paz"]]) == 0
    # a title above the header of a one-column email list
    assert find_header_row([["Leads from the fair"], [None], ["Email"], ["a@b.es"]]) == 2


def test_a_headerless_one_column_list_starts_at_its_first_value() -> None:
    from leaddesk.core.importing.header_row import headerless_column

    assert headerless_column([["ana@acme.es"], ["luis@beta.es"]]) == (0, "Email")
    assert headerless_column([[None], ["Ana Ruiz"], ["Luis de la Paz"], ["Mia Rossi"]]) == (
        1,
        "Name",
    )
    # a header above, or a title naming the list, is a header
    assert headerless_column([["Email"], ["ana@acme.es"]]) is None
    assert headerless_column([["Attendee Names"], ["Ana Ruiz"], ["Luis Paz"]]) is None
    assert headerless_column([["Asistentes"], ["Ana Ruiz"], ["Luis Paz"]]) is None
    assert headerless_column([["Contact Person"], ["Ana Ruiz"], ["Luis Paz"]]) is None
    assert headerless_column([["Name", "Email"], ["Ana Ruiz", "a@b.es"]]) is None
