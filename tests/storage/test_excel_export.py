"""The exported workbook, read back with openpyxl: sheets, types, formats, safety, scope."""

from __future__ import annotations

import csv
import zipfile
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from leaddesk.core.errors import OperationCancelled
from leaddesk.core.exporting.plan import (
    FORMULA_PREFIXES,
    ExportFileError,
    ExportFormat,
    ExportScope,
)
from leaddesk.core.leads import FIELD_LABELS, LEAD_FIELDS, InteractionKind, LeadFilter, Offer
from leaddesk.core.progress import Progress
from leaddesk.core.sheet_columns import ID_HEADER
from leaddesk.core.stages import MoveVia, Stage
from leaddesk.storage.writing import export as excel_export
from leaddesk.storage.writing import sheets as export_sheets
from leaddesk.storage.writing.export import SqlExporter


def local(value: datetime) -> datetime:
    return value.astimezone().replace(tzinfo=None)


def header(ws) -> list[str]:
    return [c.value for c in next(ws.iter_rows(min_row=1, max_row=1))]


def rows_by_id(ws) -> dict[int, dict[str, object]]:
    names = header(ws)
    return {
        row[0].value: {n: c for n, c in zip(names, row, strict=True)}
        for row in ws.iter_rows(min_row=2)
    }


@pytest.fixture
def pipeline(workspace, clock):
    """Five leads along the funnel, with fields, a custom field, interactions and moves."""
    leads = workspace.leads
    # The history is exactly the moves below: no automatic move by the scoring thresholds.
    leads.rescorer = None
    make = lambda **f: leads.create_lead(f).value  # noqa: E731
    stay = make(first_name="Jana", last_name="Novák", email="jana@pekarna.cz", owner="petra")
    mql = make(first_name="Marco", email="marco@forno.it", owner="marco", company_size="40")
    won = make(
        first_name="Lucía",
        last_name="García",
        email="lucia@talleres.es",
        phone="+34 600 111 222",
        company="Talleres Ebro",
        company_size="120",
        budget="12.500,50",
        owner="ana",
        source_channel="Referral",
        campaign="Spring webinar",
        custom={"preferred_language": "es", "fleet size": "14"},
    )
    nurture = make(first_name="Tom", email="tom@harbour.co.uk", owner="ana")
    gone = make(first_name="Petr", email="petr@student.cz", owner="tom")
    clock.advance(days=2)
    leads.log_interaction(won.id, InteractionKind.VISIT, "/pricing")
    leads.log_interaction(
        won.id, InteractionKind.FORM_CONVERSION, "Demo request", offer=Offer.DEMO_REQUEST
    )
    for lead in (mql, won, nurture):
        leads.move_lead(lead.id, Stage.MQL)
    clock.advance(days=1)
    leads.move_lead(won.id, Stage.SAL)
    leads.move_lead(won.id, Stage.SQL, via=MoveVia.CALL, reason="ready")
    leads.move_lead(nurture.id, Stage.NURTURE)
    leads.move_lead(gone.id, Stage.DISQUALIFIED, reason="Student")
    clock.advance(days=3)
    leads.move_lead(won.id, Stage.CUSTOMER, reason="signed")
    clock.advance(days=4, hours=5)
    return {"stay": stay, "mql": mql, "won": won, "nurture": nurture, "gone": gone}


def export(workspace, tmp_path: Path, name: str = "leads.xlsx", **scope) -> tuple[Path, object]:
    target = tmp_path / name
    result = workspace.exporter.export(target, ExportScope(**scope))
    return target, result


def test_workbook_has_the_four_sheets_in_order(workspace, pipeline, tmp_path) -> None:
    path, result = export(workspace, tmp_path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Leads", "Interactions", "Stage history", "Funnel"]
    assert (result.leads, result.format) == (5, ExportFormat.XLSX)
    assert result.interactions == 2 and result.stage_changes == 5 + 8
    assert wb["Leads"].max_row == 6 and wb["Stage history"].max_row == 14


def test_leads_sheet_has_every_field_custom_fields_and_the_derived_columns(
    workspace, pipeline, tmp_path
) -> None:
    path, _ = export(workspace, tmp_path)
    names = header(openpyxl.load_workbook(path)["Leads"])
    assert names[0] == ID_HEADER
    assert names[1 : 1 + len(LEAD_FIELDS)] == [FIELD_LABELS[f] for f in LEAD_FIELDS]
    assert names[1 + len(LEAD_FIELDS) : 3 + len(LEAD_FIELDS)] == [
        "preferred_language",
        "fleet size",
    ]
    for derived in ("Stage", "Score", "Fit grade", "Days in stage", "Last interaction"):
        assert derived in names
    assert {"Owner", "Source channel", "Campaign", "Import batch"} <= set(names)


def test_id_column_holds_each_lead_id(workspace, pipeline, tmp_path) -> None:
    path, _ = export(workspace, tmp_path)
    ws = openpyxl.load_workbook(path)["Leads"]
    ids = [row[0].value for row in ws.iter_rows(min_row=2)]
    assert ids == sorted(lead.id for lead in pipeline.values())
    assert all(ws.cell(r, 1).data_type == "n" for r in range(2, 7))


def test_numbers_and_dates_are_real_values_with_formats(
    workspace, pipeline, clock, tmp_path
) -> None:
    path, _ = export(workspace, tmp_path)
    won = rows_by_id(openpyxl.load_workbook(path)["Leads"])[pipeline["won"].id]
    stored = workspace.leads.lead(pipeline["won"].id)
    assert won["Budget"].value == pytest.approx(12500.5)
    assert won["Budget"].data_type == "n" and won["Budget"].number_format == "#,##0.00"
    assert won["Company size"].value == 120 and won["Company size"].data_type == "n"
    assert won["Score"].data_type == "n"
    assert won["Last interaction"].is_date
    assert won["Last interaction"].value == local(stored.last_interaction_at)
    assert won["Last interaction"].number_format == "yyyy-mm-dd hh:mm"
    assert won["In stage since"].value == local(stored.stage_entered_at)
    assert won["Days in stage"].value == (clock() - stored.stage_entered_at).days == 4
    assert won["Stage"].value == "Customer" and won["Phone"].value == "+34 600 111 222"
    assert won["fleet size"].value == "14" and won["Owner"].value == "ana"


def test_times_are_shown_in_the_chosen_zone(workspace, pipeline, db_url, tmp_path) -> None:
    from leaddesk.storage.db import open_database

    db = open_database(db_url)
    try:
        prague = ZoneInfo("Europe/Prague")
        SqlExporter(db.engine, tz=prague).export(tmp_path / "p.xlsx")
    finally:
        db.close()
    ws = openpyxl.load_workbook(tmp_path / "p.xlsx")["Leads"]
    stored = workspace.leads.lead(pipeline["won"].id)
    shown = rows_by_id(ws)[stored.id]["Created"].value
    assert shown == stored.created_at.astimezone(prague).replace(tzinfo=None)


def test_header_is_bold_frozen_filtered_and_columns_are_fitted(
    workspace, pipeline, tmp_path
) -> None:
    path, _ = export(workspace, tmp_path)
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2", ws.title
        assert all(cell.font.b for cell in ws[1]), ws.title
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"
    leads = wb["Leads"]
    email_col = header(leads).index("Email") + 1
    width = leads.column_dimensions[leads.cell(1, email_col).column_letter].width
    assert width >= len("lucia@talleres.es")


def test_interactions_and_stage_history_sheets(workspace, pipeline, tmp_path) -> None:
    path, _ = export(workspace, tmp_path)
    wb = openpyxl.load_workbook(path)
    won = pipeline["won"].id
    interactions = [r for r in wb["Interactions"].iter_rows(min_row=2, values_only=True)]
    assert [(r[0], r[1], r[3], r[4], r[5]) for r in interactions] == [
        (won, "Lucía García", "Visit", "/pricing", None),
        (won, "Lucía García", "Form conversion", "Demo request", "Demo request"),
    ]
    assert isinstance(interactions[0][2], datetime)
    history = [r for r in wb["Stage history"].iter_rows(min_row=2, values_only=True) if r[0] == won]
    assert [(r[3], r[4]) for r in history] == [
        (None, "Lead"),
        ("Lead", "MQL"),
        ("MQL", "SAL"),
        ("SAL", "SQL"),
        ("SQL", "Customer"),
    ]
    assert history[3][5] == "ready" and history[3][6] is False and history[3][8] == "tester"
    automatic = wb["Stage history"].cell(3, 7)
    assert automatic.data_type == "b"


def test_funnel_counts_each_stage_reached_with_conversion_rates(
    workspace, pipeline, tmp_path
) -> None:
    path, _ = export(workspace, tmp_path)
    ws = openpyxl.load_workbook(path)["Funnel"]
    rows = {r[0].value: [c.value for c in r[1:]] for r in ws.iter_rows(min_row=2)}
    assert rows["Lead"] == [5, None, 1, 1]
    assert rows["MQL"][0] == 3 and rows["MQL"][1] == pytest.approx(0.6)
    assert rows["SAL"][:3] == [1, pytest.approx(1 / 3), pytest.approx(0.2)]
    assert rows["SQL"][:2] == [1, 1] and rows["Customer"] == [1, 1, pytest.approx(0.2), 1]
    assert rows["Nurture"] == [1, None, None, 1] and rows["Disqualified"] == [1, None, None, 1]
    assert ws.cell(3, 3).number_format == "0.0%"


FORMULAS = [
    p + body
    for p, body in zip(
        FORMULA_PREFIXES, ["1+1", "1+1", "1+1", "SUM(A1)", "=1+1", "=1+1"], strict=True
    )
]


@pytest.mark.parametrize("value", FORMULAS, ids=["eq", "plus", "minus", "at", "tab", "cr"])
def test_formula_like_text_is_written_as_text(workspace, tmp_path, value) -> None:
    lead = workspace.leads.create_lead(
        {"first_name": "Eve", "company": "x", "custom": {"note": value}}
    ).value
    workspace.leads.edit_lead(lead.id, {"company": value}, None)
    path, _ = export(workspace, tmp_path)
    ws = openpyxl.load_workbook(path)["Leads"]
    row = rows_by_id(ws)[lead.id]
    names = header(ws)
    exact = {
        r[0]: r for r in CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    }
    for column in ("note", "Company"):
        cell = row[column]
        expected = value if column == "note" else value.strip()
        assert cell.data_type == "s"
        assert cell.quotePrefix  # Excel keeps it text even when the cell is edited
        # openpyxl leaves a CR as its XML escape _x000D_; calamine reads it as Excel does
        assert exact[lead.id][names.index(column)] == expected
    with zipfile.ZipFile(path) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet


def test_csv_prefixes_formula_like_text_and_keeps_numbers_plain(
    workspace, pipeline, tmp_path
) -> None:
    lead = workspace.leads.create_lead(
        {"first_name": "Eve", "company": "=cmd|' /C calc'!A0", "custom": {"x": "\t@SUM(1)"}}
    ).value
    path, result = export(workspace, tmp_path, "leads.csv")
    assert result.format is ExportFormat.CSV and result.leads == 6
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8 accents
    with path.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.DictReader(fh))
    by_id = {int(r[ID_HEADER]): r for r in table}
    assert by_id[lead.id]["Company"] == "'=cmd|' /C calc'!A0"
    assert by_id[lead.id]["x"] == "'\t@SUM(1)"
    won = by_id[pipeline["won"].id]
    assert won["Phone"] == "'+34 600 111 222"
    assert won["Budget"] == "12500.50" and won["Company size"] == "120"
    assert won["Stage"] == "Customer" and won["Days in stage"] == "4"
    stored = workspace.leads.lead(pipeline["won"].id)
    assert won["Created"] == local(stored.created_at).isoformat(sep=" ", timespec="seconds")


def test_filter_exports_only_matching_leads_and_their_history(
    workspace, pipeline, tmp_path
) -> None:
    path, result = export(workspace, tmp_path, lead_filter=LeadFilter(owner="ana"))
    wb = openpyxl.load_workbook(path)
    ids = {pipeline["won"].id, pipeline["nurture"].id}
    assert set(rows_by_id(wb["Leads"])) == ids and result.leads == 2
    assert {r[0] for r in wb["Stage history"].iter_rows(min_row=2, values_only=True)} == ids
    assert wb["Funnel"]["B2"].value == 2


def test_stage_and_id_scopes(workspace, pipeline, tmp_path) -> None:
    path, _ = export(workspace, tmp_path, "s.xlsx", stages=frozenset({Stage.MQL, Stage.LEAD}))
    got = set(rows_by_id(openpyxl.load_workbook(path)["Leads"]))
    assert got == {pipeline["mql"].id, pipeline["stay"].id}
    chosen = (pipeline["gone"].id, pipeline["won"].id)
    path, result = export(workspace, tmp_path, "i.xlsx", lead_ids=chosen)
    wb = openpyxl.load_workbook(path)
    assert set(rows_by_id(wb["Leads"])) == set(chosen) and result.interactions == 2


def test_archived_leads_are_left_out(workspace, pipeline, tmp_path) -> None:
    workspace.leads.archive_lead(pipeline["gone"].id)
    _, result = export(workspace, tmp_path)
    assert result.leads == 4
    assert workspace.exporter.count(ExportScope()) == 4


def test_cancel_leaves_no_file_and_keeps_an_older_one(workspace, pipeline, tmp_path) -> None:
    target = tmp_path / "leads.xlsx"
    target.write_bytes(b"the previous export")
    seen: list[str] = []

    def on_update(done: int, total: int, message: str) -> None:
        seen.append(message)
        if "interactions" in message:
            progress.cancel()

    progress = Progress(on_update)
    with pytest.raises(OperationCancelled):
        workspace.exporter.export(target, ExportScope(), None, progress)
    assert target.read_bytes() == b"the previous export"
    left = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("leads.sqlite"))
    assert left == ["leads.xlsx"]
    assert seen[0] == "Writing leads…"


def test_cancelled_new_export_leaves_nothing(workspace, pipeline, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(excel_export, "BATCH", 2)
    progress = Progress(lambda done, total, msg: done >= 2 and progress.cancel())
    with pytest.raises(OperationCancelled):
        workspace.exporter.export(tmp_path / "new.csv", ExportScope(), None, progress)
    assert not [p for p in tmp_path.iterdir() if "new" in p.name]


def test_progress_reaches_every_row(workspace, pipeline, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(excel_export, "BATCH", 3)
    updates: list[tuple[int, int]] = []
    progress = Progress(lambda done, total, msg: updates.append((done, total)))
    workspace.exporter.export(tmp_path / "p.xlsx", ExportScope(), None, progress)
    assert updates[-1] == (5 + 2 + 13, 5 + 2 + 13)
    assert [d for d, _ in updates] == sorted(d for d, _ in updates)


def test_missing_folder_is_a_clear_error(workspace, tmp_path) -> None:
    target = tmp_path / "no" / "leads.xlsx"
    with pytest.raises(ExportFileError, match="does not exist"):
        workspace.exporter.export(target)
    assert not target.parent.exists()


def test_export_replaces_an_existing_file(workspace, pipeline, tmp_path) -> None:
    target = tmp_path / "leads.xlsx"
    target.write_bytes(b"old")
    export(workspace, tmp_path)
    assert openpyxl.load_workbook(target).sheetnames[0] == "Leads"


def test_a_sheet_past_excel_row_limit_continues_on_a_second_sheet(
    workspace, pipeline, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(export_sheets, "MAX_DATA_ROWS", 3)
    path, _ = export(workspace, tmp_path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:2] == ["Leads", "Leads (2)"]
    assert wb["Leads (2)"].max_row == 3 and header(wb["Leads (2)"])[0] == ID_HEADER
    assert wb["Leads (2)"].freeze_panes == "A2"


def test_custom_field_named_like_a_column_keeps_its_data(workspace, tmp_path) -> None:
    lead = workspace.leads.create_lead(
        {"first_name": "Ann", "email": "a@b.cz", "custom": {"email": "other@b.cz"}}
    ).value
    path, _ = export(workspace, tmp_path)
    row = rows_by_id(openpyxl.load_workbook(path)["Leads"])[lead.id]
    assert row["Email"].value == "a@b.cz" and row["email (custom)"].value == "other@b.cz"


def test_many_leads_are_streamed_in_lead_order(db_url, tmp_path) -> None:
    """2,500 leads written with Core inserts: every one exported once, in id order."""
    from sqlalchemy import insert

    from leaddesk.storage.db import open_database
    from leaddesk.storage.models import LeadRow

    db = open_database(db_url)
    at = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    with db.engine.begin() as conn:
        conn.execute(
            insert(LeadRow),
            [
                {
                    "stage": "lead",
                    "first_name": f"P{n}",
                    "email": f"p{n}@x.cz",
                    "budget": Decimal(n),
                    "custom": {"k": str(n)} if n % 2 else {},
                    "created_at": at,
                    "updated_at": at,
                    "stage_entered_at": at - timedelta(days=n % 30),
                    "version": 1,
                }
                for n in range(2500)
            ],
        )
    try:
        result = SqlExporter(db.engine, clock=lambda: at).export(tmp_path / "many.xlsx")
    finally:
        db.close()
    ws = openpyxl.load_workbook(tmp_path / "many.xlsx", read_only=True)["Leads"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert result.leads == len(rows) == 2500
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    assert rows[7][14] == 7 and rows[7][17] == "7" and rows[8][17] is None
