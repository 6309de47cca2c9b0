"""Every third-party file in ../shared/data: imported with the right counts, or refused with
a message that names the file (and the sheet, row and column where they apply)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from leaddesk.core.errors import ImportFileError
from leaddesk.core.importing.options import ImportOptions
from leaddesk.core.values import DateOrder


@pytest.fixture
def workspace(sqlite_url: str, clock):
    """SQLite only: these tests are about files and screens; test_importer.py runs the
    database side on PostgreSQL too."""
    from leaddesk.app import build_workspace
    from leaddesk.storage.db import open_database

    ws = build_workspace(open_database(sqlite_url), actor="tester")
    ws.leads.clock = clock
    yield ws
    ws.close()


# file → counts after importing into an empty database with the suggested mapping
IMPORTED: dict[str, dict[str, int]] = {
    # the `expected` column says which rows are valid: 3 Valid, 4 Invalid (month 25)
    # 4 rows with an impossible date: imported, the date left empty (issue 20)
    "civicrm_import_individual_dates_type1.csv": {"new": 7, "values_cleared": 4},
    "civicrm_import_individual_dates_type2.csv": {"new": 3},
    "civicrm_import_individual_dates_type4.csv": {"new": 4},
    "civicrm_import_individual_dates_type8.csv": {"new": 1},
    "civicrm_import_individual_dates_type16.csv": {"new": 2},
    "civicrm_import_individual_dates_type32.csv": {"new": 2},
    "civicrm_import_individual_unicode.csv": {"new": 1},
    "krayin_sample_persons.csv": {"new": 2},
    "mautic_fixture_contacts.csv": {"new": 2},
    "mautic_fixture_contacts_invalid_date.csv": {"new": 1, "values_cleared": 1},  # duedate
    "maven_crm_accounts.csv": {"new": 85},
    "odoo18_res_partner_import_template.xlsx": {"new": 3},  # 3 contacts, 545 phantom rows
    "odoo_base_import_m2m_customers_tags.csv": {"new": 5},
    "odoo_base_import_o2m_customers_contacts.csv": {"new": 8},
    # "Name" is the deal title; "Contact Name" the person. crm_lead_2 names no one.
    "odoo_crm_lead_import_template.xls": {"new": 7, "invalid": 1},
    "odoo_mailing_contact_import_template.xls": {"new": 7},
    "odoo_res_partner_import_template.xls": {"new": 8},
    "oro_crm_contact_import_wrong_data.csv": {"invalid": 1},  # ragged: 25 of 83 fields
    "oro_crm_contact_with_duplicate_records.csv": {"new": 1, "duplicates_in_file": 1},
    "oro_crm_demo_leads.csv": {"new": 100},
    "oro_crm_lead_export.csv": {"new": 3},
    "oro_crm_lead_export_template.csv": {"new": 1},
    # same phone, different emails: two people, not a duplicate
    "oro_crm_lead_import_same_phone_address.csv": {"new": 2},
    "salesforce_sample_accounts_dataloader.csv": {"new": 12},
    "salesforce_sample_leads_sfdx_tree.json": {"new": 22},
    "salesforce_sample_opportunities_sfdx_tree.json": {"new": 31},
}

NO_IDENTITY = "no column holds a name, an email or a company"
# file → the parts the refusal must contain
REFUSED: dict[str, tuple[str, ...]] = {
    "odoo_crm_lead_import_template_CORRUPTED_fork_copy.xls": ("is damaged",),
    "msft_powerbi_opportunity_tracking_sample.xlsx": (
        "no sheet with a list of leads",
        "'Info' (notes)",
        "'Sheet1' (pivot table)",
    ),
    "xeducation_Leads_Data_Dictionary.xlsx": ("sheet 'Sheet1'", "row 3", NO_IDENTITY),
    "krayin_sample_leads.csv": ("row 1", NO_IDENTITY),
    "maven_crm_data_dictionary.csv": ("row 1", NO_IDENTITY),
    "maven_crm_products.csv": ("row 1", NO_IDENTITY),
    "maven_crm_sales_teams.csv": ("row 1", NO_IDENTITY),
    "olist_closed_deals_dataset.csv": ("row 1", NO_IDENTITY),
    "olist_closed_deals_semicolon_bom_variant.csv": ("row 1", NO_IDENTITY),
    "olist_marketing_qualified_leads_dataset.csv": ("row 1", NO_IDENTITY),
    "olist_marketing_qualified_leads_semicolon_bom_variant.csv": ("row 1", NO_IDENTITY),
    "xeducation_Lead_Scoring.csv": ("row 1", NO_IDENTITY),
    "xeducation_Leads_trailing_empty_column_variant.csv": ("row 1", NO_IDENTITY),
}


def importer(workspace):
    return workspace.importer


def import_file(workspace, path: Path, tmp_path: Path, **options):
    service = importer(workspace)
    table = service.read(path)
    return service.run_import(
        table, service.suggest_mapping(table), ImportOptions(**options), error_dir=tmp_path
    )


def test_every_shared_file_has_an_expected_outcome(shared_data: Path) -> None:
    # Error workbooks an import wrote beside its source ("… - rejected rows <time>.xlsx") are
    # LeadDesk's own output, not shared data to import.
    files = {
        p.name
        for p in shared_data.iterdir()
        if p.is_file() and p.suffix != ".md" and " - rejected rows " not in p.name
    }
    maven = {"maven_crm_sales_pipeline.csv", "maven_crm_data_model_excel_workbook.xlsx"}
    assert files == set(IMPORTED) | set(REFUSED) | maven


@pytest.mark.parametrize("name", sorted(IMPORTED))
def test_shared_file_is_imported_with_the_right_counts(
    name: str, shared_data: Path, workspace, tmp_path: Path
) -> None:
    result = import_file(workspace, shared_data / name, tmp_path)
    expected = {"new": 0, "updated": 0, "duplicates_existing": 0, "duplicates_in_file": 0,
                "invalid": 0, "values_cleared": 0, **IMPORTED[name]}  # fmt: skip
    assert dict(result.report.counts) == expected
    assert workspace.leads.count_leads() == expected["new"]
    rejected = expected["invalid"] + expected["duplicates_in_file"]
    reported = rejected + expected["values_cleared"]  # kept leads' bad cells, too
    assert len(result.report.problems) == reported
    assert (result.error_workbook is not None) == bool(reported)


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_shared_file_is_refused_with_where_and_why(
    name: str, shared_data: Path, workspace, tmp_path: Path
) -> None:
    with pytest.raises(ImportFileError) as caught:
        import_file(workspace, shared_data / name, tmp_path)
    message = str(caught.value)
    assert message.startswith(name)
    for part in REFUSED[name]:
        assert part in message
    assert workspace.leads.count_leads() == 0
    assert importer(workspace).batches() == []


@pytest.mark.parametrize(
    "name", ["maven_crm_sales_pipeline.csv", "maven_crm_data_model_excel_workbook.xlsx"]
)
def test_deals_of_one_account_are_one_lead(
    name: str, shared_data: Path, workspace, tmp_path: Path
) -> None:
    """8,800 deals with no person: `account` (the company) is the key. It is empty in the
    1,425 open deals, which are invalid; each other account becomes one lead."""
    with (shared_data / "maven_crm_sales_pipeline.csv").open(newline="") as fh:
        accounts = [r["account"].strip().lower() for r in csv.DictReader(fh)]
    filled = [a for a in accounts if a]
    result = import_file(workspace, shared_data / name, tmp_path)
    assert dict(result.report.counts) == {
        "new": len(set(filled)),
        "updated": 0,
        "duplicates_existing": 0,
        "duplicates_in_file": len(filled) - len(set(filled)),
        "invalid": 1425,
        "values_cleared": 0,
    }
    assert workspace.leads.count_leads() == len(set(filled))


def test_civicrm_invalid_rows_are_those_the_file_marks_invalid(
    shared_data: Path, workspace, tmp_path: Path
) -> None:
    path = shared_data / "civicrm_import_individual_dates_type1.csv"
    with path.open(newline="") as fh:
        marked = [i + 2 for i, r in enumerate(csv.DictReader(fh)) if r["expected"] == "Invalid"]
    result = import_file(workspace, path, tmp_path)
    assert sorted(p.row for p in result.report.problems) == marked
    assert all("is not a date" in p.reason and p.column for p in result.report.problems)
    assert all(p.kept for p in result.report.problems)  # the leads were imported


@pytest.mark.parametrize(
    ("suffix", "order", "expected"),
    [
        ("1", DateOrder.AUTO, "2008-09-01"),  # 2008-09-01, 20080901, '2008-9-1 '
        ("2", DateOrder.MONTH_FIRST, "2008-09-01"),  # 09/01/08, 09-01-08, 9/1/08
        ("4", DateOrder.MONTH_FIRST, "2008-09-01"),  # 09/01/2008
        ("8", DateOrder.AUTO, "2008-09-12"),  # "September 12, 2008"
        ("16", DateOrder.DAY_FIRST, "2008-09-01"),  # 01-Sep-08 and 01/09/08
        ("32", DateOrder.DAY_FIRST, "2008-09-01"),  # 01/09/2008, 1/9/2008
    ],
)
def test_dates_in_six_formats_are_read_as_the_same_day(
    suffix: str, order: DateOrder, expected: str, shared_data: Path, workspace, tmp_path: Path
) -> None:
    path = shared_data / f"civicrm_import_individual_dates_type{suffix}.csv"
    import_file(workspace, path, tmp_path, date_order=order)
    leads = list(workspace.leads.repo.iter_leads())
    assert leads
    for lead in leads:
        for column in ("Birth Date", "Deceased Date", "Custom Date One", "Custom Date Two"):
            # an impossible date (type 1 marks four rows Invalid) is left empty
            assert lead.custom.get(column, expected) == expected
    assert sum(len(lead.custom) for lead in leads) >= 4 * len(leads) - 4


def test_double_cr_line_endings_give_no_phantom_rows(shared_data: Path, workspace) -> None:
    """Every line of the X Education file ends in \\r\\r\\n; the Excel copy adds a trailing
    empty column. Both read as 9,240 rows of the same 37 columns."""
    service = importer(workspace)
    plain = service.read(shared_data / "xeducation_Lead_Scoring.csv")
    trailing = service.read(shared_data / "xeducation_Leads_trailing_empty_column_variant.csv")
    assert len(plain.headers) == 37 and plain.headers == trailing.headers
    rows = list(plain.rows())
    assert len(rows) == 9240
    assert [n for n, _ in rows[:3]] == [2, 3, 4]  # record numbers, no blank records between
    assert [list(c)[:37] for _, c in trailing.rows()] == [list(c) for _, c in rows]


def test_double_cr_file_imports_once_a_column_is_mapped_to_a_name(
    shared_data: Path, workspace, tmp_path: Path
) -> None:
    service = importer(workspace)
    table = service.read(shared_data / "xeducation_Lead_Scoring.csv")
    mapping = service.mapping_from_json(table, {"Prospect ID": "last_name"})
    result = service.run_import(table, mapping, ImportOptions(), error_dir=tmp_path)
    assert result.report.counts["new"] == 9240
    assert workspace.leads.count_leads() == 9240
    lead = next(workspace.leads.repo.iter_leads())
    assert lead.custom["Lead Number"] and "Converted" not in lead.custom  # the outcome


def test_wide_export_keeps_every_column(shared_data: Path, workspace, tmp_path: Path) -> None:
    """The 114-column Oro template: mapped fields plus every other filled column kept."""
    path = shared_data / "oro_crm_lead_export_template.csv"
    table = importer(workspace).read(path)
    assert len(table.headers) == 114
    import_file(workspace, path, tmp_path)
    lead = next(workspace.leads.repo.iter_leads())
    with path.open(newline="", encoding="utf-8") as fh:
        header, row = list(csv.reader(fh))[:2]
    filled = {h for h, v in zip(header, row, strict=False) if v.strip()}
    kept = set(lead.custom) | {"First name", "Last name", "Emails 1 Email", "Company name",
                               "Job title", "Website", "Number of employees", "Industry",
                               "Phones 1 Phone", "Lead name", "Owner Username"}  # fmt: skip
    assert filled <= kept
    assert lead.custom["Tags"] == "custom tag, second tag"


def test_line_breaks_inside_cells_survive(shared_data: Path, workspace, tmp_path: Path) -> None:
    path = shared_data / "salesforce_sample_accounts_dataloader.csv"
    import_file(workspace, path, tmp_path)
    leads = list(workspace.leads.repo.iter_leads())
    assert len(leads) == 12
    multi_line = [v for lead in leads for v in lead.custom.values() if "\n" in v]
    assert len(multi_line) == 16  # SOURCES.md: 16 cells hold embedded newlines


def test_semicolon_bom_file_reads_like_the_comma_copy(shared_data: Path, workspace) -> None:
    service = importer(workspace)
    table = service.read(shared_data / "olist_marketing_qualified_leads_semicolon_bom_variant.csv")
    assert table.headers[0] == "mql_id"  # no BOM glued to the first header
    assert len(table.headers) == 4 and sum(1 for _ in table.rows()) == 8000


def test_workbook_data_sheet_is_chosen_and_can_be_overridden(shared_data: Path, workspace) -> None:
    service = importer(workspace)
    path = shared_data / "maven_crm_data_model_excel_workbook.xlsx"
    table = service.read(path)
    assert table.sheet == "sales_pipeline" and len(table.sheets) == 8
    accounts = service.read(path, "accounts")
    assert accounts.sheet == "accounts" and sum(1 for _ in accounts.rows()) == 85
    with pytest.raises(ImportFileError, match="sheet 'Q1'.*pivot table"):
        service.read(path, "Q1")


def test_header_below_blank_rows_and_a_blank_column_is_found(shared_data: Path, workspace) -> None:
    table = importer(workspace).read(shared_data / "xeducation_Leads_Data_Dictionary.xlsx")
    assert table.header_row == 3 and table.headers == ("Variables", "Description")
    assert sum(1 for _ in table.rows()) == 37


def test_phantom_rows_of_a_template_are_not_leads(shared_data: Path, workspace) -> None:
    table = importer(workspace).read(shared_data / "odoo18_res_partner_import_template.xlsx")
    assert table.sheet == "Contacts"  # not "Instructions"
    assert len(table.headers) == 15 and sum(1 for _ in table.rows()) == 3


def test_a_bad_optional_value_never_costs_the_lead(
    shared_data: Path, workspace, tmp_path: Path
) -> None:
    """Mautic's contact with a custom `duedate` of 123456: imported without it; the error
    workbook keeps 123456 and why."""
    import openpyxl

    result = import_file(workspace, shared_data / "mautic_fixture_contacts_invalid_date.csv",
                         tmp_path)  # fmt: skip
    (lead,) = list(workspace.leads.repo.iter_leads())
    assert (lead.email, lead.first_name) == ("test@doe.email", "John")
    assert "duedate" not in lead.custom
    sheet = openpyxl.load_workbook(result.error_workbook).active
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert rows[1][3] == "123456"
    assert "'duedate'" in rows[1][4] and "left empty, the lead was imported" in rows[1][4]


def test_odoo_company_rows_become_companies_and_contacts_get_theirs(
    shared_data: Path, workspace, tmp_path: Path
) -> None:
    """Odoo's contacts template: 'Is a company' = 1 rows are companies (never 'Aurora |
    Shelves'); a contact's 'Related company' is its company."""
    import_file(workspace, shared_data / "odoo_res_partner_import_template.xls", tmp_path)
    leads = {(x.first_name, x.last_name, x.company) for x in workspace.leads.repo.iter_leads()}
    assert ("", "", "Aurora Shelves") in leads
    assert ("", "", "House Sales Direct") in leads
    assert ("Roger", "Martins", "Aurora Shelves") in leads
    assert ("Yvan", "Holiday", "House Sales Direct") in leads
    assert not any(first == "Aurora" for first, _, _ in leads)


def test_salesforce_accounts_are_companies(shared_data: Path, workspace, tmp_path: Path) -> None:
    import_file(workspace, shared_data / "salesforce_sample_accounts_dataloader.csv", tmp_path)
    leads = list(workspace.leads.repo.iter_leads())
    assert "Burlington Textiles Corp of America" in {x.company for x in leads}
    assert all(not x.first_name and not x.last_name for x in leads)


def test_numeric_references_are_never_a_company(shared_data: Path, workspace, tmp_path) -> None:
    """Krayin's persons: `organization_id` 1 is a reference to another table, no company."""
    import_file(workspace, shared_data / "krayin_sample_persons.csv", tmp_path)
    leads = list(workspace.leads.repo.iter_leads())
    assert leads and all(x.company != "1" for x in leads)
    assert all(x.first_name for x in leads)


@pytest.mark.parametrize(
    ("locale_order", "expected"),
    [(DateOrder.MONTH_FIRST, "2008-09-01"), (DateOrder.DAY_FIRST, "2008-01-09")],
)
def test_ambiguous_dates_are_read_in_the_users_locale_order(
    locale_order: DateOrder, expected: str, shared_data: Path, workspace, tmp_path: Path
) -> None:
    """CiviCRM's US-ordered 09/01/08 (every value ambiguous): a US user gets 1 September."""
    path = shared_data / "civicrm_import_individual_dates_type2.csv"
    import_file(workspace, path, tmp_path, locale_order=locale_order)
    leads = list(workspace.leads.repo.iter_leads())
    assert leads and all(x.custom["Birth Date"] == expected for x in leads)
