"""The pure export rules: formula safety, the funnel tally, the columns, stage names."""

from __future__ import annotations

import pytest

from leaddesk.core.errors import FieldInvalid
from leaddesk.core.exporting.plan import (
    ExportFormat,
    FunnelTally,
    csv_safe,
    csv_unescape,
    looks_like_formula,
    parse_stage,
)
from leaddesk.core.sheet_columns import ID_HEADER, lead_columns
from leaddesk.core.stages import Stage


@pytest.mark.parametrize("text", ["=1+1", "+44 1", "-2", "@SUM(A1)", "\t=1", "\r=1"])
def test_the_six_formula_prefixes_are_caught_and_escaped(text: str) -> None:
    assert looks_like_formula(text)
    assert csv_safe(text) == "'" + text
    assert csv_unescape(csv_safe(text)) == text


@pytest.mark.parametrize("text", ["", "Jana", "a=b", " =1", "'quoted", "100"])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert not looks_like_formula(text)
    assert csv_safe(text) == text == csv_unescape(text)


def test_funnel_counts_a_lead_at_every_stage_up_to_its_furthest() -> None:
    tally = FunnelTally()
    for lead_id, stage in [(1, Stage.LEAD), (2, Stage.CUSTOMER), (3, Stage.NURTURE)]:
        tally.add_lead(lead_id, stage)
    tally.add_change(3, Stage.MQL)  # went MQL, then back to nurture
    tally.add_change(3, Stage.NURTURE)
    tally.add_change(99, Stage.SQL)  # not exported: ignored
    rows = {r.stage: r for r in tally.rows()}
    assert [rows[s].reached for s in (Stage.LEAD, Stage.MQL, Stage.SAL, Stage.SQL)] == [3, 2, 1, 1]
    assert rows[Stage.MQL].from_previous == pytest.approx(2 / 3)
    assert rows[Stage.SAL].from_previous == 0.5 and rows[Stage.CUSTOMER].from_top == pytest.approx(
        1 / 3
    )
    assert rows[Stage.NURTURE].reached == 1 and rows[Stage.NURTURE].now == 1
    assert rows[Stage.LEAD].from_previous is None


def test_empty_funnel_has_no_rates() -> None:
    rows = FunnelTally().rows()
    assert all(r.reached == 0 and r.from_top is None for r in rows)
    assert [r.stage for r in rows][-2:] == [Stage.NURTURE, Stage.DISQUALIFIED]


def test_lead_columns_start_with_the_id_and_rename_clashing_custom_fields() -> None:
    headers = [c.header for c in lead_columns(["Region", "Stage", "email"])]
    assert headers[0] == ID_HEADER
    assert "Region" in headers and "Stage (custom)" in headers and "email (custom)" in headers
    assert headers.count("Stage") == 1


def test_stage_names_and_formats() -> None:
    assert parse_stage("mql") is Stage.MQL and parse_stage(" Customer ") is Stage.CUSTOMER
    with pytest.raises(FieldInvalid, match="not a stage"):
        parse_stage("won")
    assert ExportFormat.for_path("a.CSV") is ExportFormat.CSV
    assert ExportFormat.for_path("a.xlsx") is ExportFormat.XLSX
