"""The reports' SQL on SQLite and PostgreSQL agrees with the known histories."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import insert, update

from leaddesk.core.reports.funnel import GroupBy, ReportFilter
from leaddesk.core.reports.service import ReportExportError, ReportService
from leaddesk.core.reports.tables import Column, ColumnKind, ReportTable
from leaddesk.core.reports.timing import stage_visits, time_in_stage
from leaddesk.core.stages import Stage
from leaddesk.storage.db import Database, open_database
from leaddesk.storage.models import ImportBatchRow, InteractionRow, LeadRow
from leaddesk.storage.repositories.reports import SqlReportQueries
from leaddesk.storage.writing.reports import write_report_workbook
from tests.reports_data import START, at, insert_histories


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.close()


def service(db: Database) -> ReportService:
    return ReportService(SqlReportQueries(db.engine), write_report_workbook, clock=lambda: at(40))


def test_lead_reach_matches_the_rule(db: Database) -> None:
    insert_histories(db.engine)
    result = service(db).compute(ReportFilter())
    assert [row.reached for row in result.funnel.rows] == [6, 4, 4, 3, 1]
    assert [row.skipped for row in result.funnel.rows] == [0, 0, 1, 0, 0]
    assert result.funnel.mql_never_sql == 1
    for by in GroupBy:  # counted per group in SQL, or per lead in Python: the same answer
        assert service(db).funnel_by(ReportFilter(), by) == result.groups[by]


def test_period_selects_the_leads_created_in_it(db: Database) -> None:
    insert_histories(db.engine)  # created on START
    insert_histories(db.engine, created_day=60)  # two months later
    svc = service(db)
    january = ReportFilter(start=START, end=START + timedelta(days=31))
    assert svc.compute(january).funnel.leads == 6
    assert svc.compute(ReportFilter()).funnel.leads == 12
    assert svc.compute(ReportFilter(start=START + timedelta(days=31))).funnel.leads == 6


def test_filters_narrow_the_cohort(db: Database) -> None:
    insert_histories(db.engine)
    svc = service(db)
    tom = svc.compute(ReportFilter(owner="tom"))
    assert [row.reached for row in tom.funnel.rows] == [3, 2, 2, 1, 0]
    referral = svc.compute(ReportFilter(source_channel="Referral"))
    assert [row.reached for row in referral.funnel.rows] == [2, 2, 2, 2, 1]
    assert svc.compute(ReportFilter(campaign="nothing")).funnel.leads == 0


def test_archived_leads_are_left_out(db: Database) -> None:
    ids = insert_histories(db.engine)
    with db.engine.begin() as conn:
        conn.execute(
            update(LeadRow.__table__).where(LeadRow.id == ids["won"]).values(archived=True)
        )
    result = service(db).compute(ReportFilter())
    assert [row.reached for row in result.funnel.rows] == [5, 3, 3, 2, 0]
    assert service(db).funnel_by(ReportFilter(), GroupBy.SOURCE)[0].leads == 2


def test_funnel_by_batch_names_the_purchased_list(db: Database) -> None:
    with db.engine.begin() as conn:
        batch = conn.execute(
            insert(ImportBatchRow.__table__).values(
                file_name="fair.xlsx", kind="leads", created_at=START, counts={}, mapping={}
            )
        ).inserted_primary_key[0]
    insert_histories(db.engine, import_batch_id=batch)
    insert_histories(db.engine)
    svc = service(db)
    rows = svc.funnel_by(ReportFilter(), GroupBy.BATCH)
    assert [(r.label, r.leads) for r in rows] == [("fair.xlsx (2026-01-05)", 6), ("—", 6)]
    assert svc.compute(ReportFilter(import_batch_id=batch)).funnel.leads == 6
    assert svc.options().batches == ((batch, "fair.xlsx (2026-01-05)"),)


def test_time_in_stage_and_slowest_from_the_database(db: Database) -> None:
    ids = insert_histories(db.engine)
    result = service(db).compute(ReportFilter())
    timings = {t.stage: t for t in result.timings}
    assert timings[Stage.SQL].median_days == pytest.approx(7.5)
    assert timings[Stage.LEAD].visits == 5
    # Open now: only_lead (Lead since day 0), back_to_nurture (SAL since day 10),
    # skips_sal (SQL since day 4); won and the disqualified ones are not waiting.
    slow = [(s.lead.lead_id, round(s.days)) for s in result.slowest]
    assert slow == [(ids["only_lead"], 40), (ids["skips_sal"], 36), (ids["back_to_nurture"], 30)]


def test_stays_measured_in_sql_match_the_history_walked_in_python(db: Database) -> None:
    insert_histories(db.engine)
    insert_histories(db.engine, created_day=3.5)
    queries = SqlReportQueries(db.engine)
    walked = time_in_stage(stage_visits(queries.stage_entries(ReportFilter())))
    measured = time_in_stage(queries.stage_visits(ReportFilter()))
    assert len(measured) == len(walked)
    for a, b in zip(measured, walked, strict=True):
        assert (a.stage, a.visits, a.in_stage_now) == (b.stage, b.visits, b.in_stage_now)
        assert a.median_days == pytest.approx(b.median_days)
        assert a.p80_days == pytest.approx(b.p80_days)


def test_calls_and_disqualifications_in_the_period(db: Database) -> None:
    ids = insert_histories(db.engine)
    with db.engine.begin() as conn:
        for lead, day, outcome in (("won", 6, "ready"), ("lost_after_sql", 3, "ready")):
            conn.execute(
                insert(InteractionRow.__table__).values(
                    lead_id=ids[lead],
                    kind="call",
                    occurred_at=at(day),
                    data={"outcome": outcome},
                )
            )
        conn.execute(
            insert(InteractionRow.__table__).values(
                lead_id=ids["won"], kind="visit", occurred_at=at(1), data={}
            )
        )
    result = service(db).compute(ReportFilter())
    assert result.calls.outcomes == ("ready",)
    assert [w.counts for w in result.calls.weeks] == [(2,)]
    assert result.reasons.reasons == ("Competitor",)
    assert result.reasons.sources == ("Paid search", "Purchased list")
    late = service(db).compute(ReportFilter(start=at(4)))
    assert [w.counts for w in late.calls.weeks] == [(1,)]
    assert late.reasons.sources == ("Paid search",)  # the day-1 disqualification is earlier


def test_export_writes_numbers_and_text(tmp_path: Path) -> None:
    table = ReportTable(
        "By source / channel: a very long title indeed",
        (Column("Source"), Column("Leads", ColumnKind.INT), Column("To SQL", ColumnKind.PERCENT)),
        (("=HYPERLINK(1)", 12, 0.25), ("Referral", 3, None)),
    )
    path = tmp_path / "report.xlsx"
    write_report_workbook(path, [table, table])
    book = openpyxl.load_workbook(path)
    assert len(book.sheetnames) == 2 and all(len(n) <= 31 for n in book.sheetnames)
    sheet = book.worksheets[0]
    assert [c.value for c in sheet[1]] == ["Source", "Leads", "To SQL"]
    assert [c.value for c in sheet[2]] == ["=HYPERLINK(1)", 12, 0.25]
    assert sheet["A2"].data_type == "s"  # text, never a formula
    assert sheet["C2"].number_format == "0.0%"
    assert sheet["C3"].value is None
    assert sheet.freeze_panes == "A2"


def test_export_to_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ReportExportError, match="does not exist"):
        write_report_workbook(tmp_path / "nope" / "r.xlsx", [])


def test_filter_lists_leave_placeholders_out(db: Database) -> None:
    ids = insert_histories(db.engine)
    with db.engine.begin() as conn:
        conn.execute(
            update(LeadRow.__table__)
            .where(LeadRow.id == ids["won"])
            .values(source_channel="Select")
        )
    options = service(db).options()
    assert "Select" not in options.sources and "Referral" in options.sources
