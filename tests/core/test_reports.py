"""The funnel rule, conversions, grouping and score quality on known histories."""

from __future__ import annotations

import pytest

from leaddesk.core.reports.funnel import (
    BLANK,
    GroupBy,
    LeadReach,
    by_fit_grade,
    entered_mask,
    funnel,
    group_funnels,
    percentile,
    reached,
    score_deciles,
)
from leaddesk.core.stages import Stage
from tests.reports_data import HISTORIES


def known_reaches() -> list[LeadReach]:
    return [
        LeadReach(
            entered=entered_mask(stage for stage, _ in steps),
            source_channel=source,
            owner=owner,
            score=score,
            fit_grade=grade,
        )
        for source, owner, score, grade, steps in HISTORIES.values()
    ]


def test_a_lead_that_skips_sal_counts_in_sal_as_skipped() -> None:
    mask = entered_mask([Stage.LEAD, Stage.MQL, Stage.SQL])
    assert reached(mask, Stage.SAL)
    assert reached(mask, Stage.SQL)
    assert not reached(mask, Stage.CUSTOMER)
    result = funnel(known_reaches())
    assert result.rows[2].stage is Stage.SAL
    assert result.rows[2].skipped == 1
    assert [row.skipped for row in result.rows] == [0, 0, 1, 0, 0]


def test_funnel_counts_leads_reaching_each_stage() -> None:
    result = funnel(known_reaches())
    # 6 leads; MQL: won, skips_sal, back_to_nurture, lost_after_sql; SAL the same four
    # (skips_sal by implication); SQL: won, skips_sal, lost_after_sql; Customer: won.
    assert [row.reached for row in result.rows] == [6, 4, 4, 3, 1]


def test_conversions_between_consecutive_stages() -> None:
    result = funnel(known_reaches())
    assert result.rows[0].conversion is None
    assert [row.conversion for row in result.rows[1:]] == pytest.approx([4 / 6, 1.0, 3 / 4, 1 / 3])
    assert result.rows[4].share_of_leads == pytest.approx(1 / 6)


def test_re_entering_mql_from_nurture_counts_once() -> None:
    steps = HISTORIES["back_to_nurture"][4]
    mask = entered_mask(stage for stage, _ in steps)
    result = funnel([LeadReach(mask)])
    assert [row.reached for row in result.rows] == [1, 1, 1, 0, 0]


def test_disqualified_after_sql_stays_counted_in_sql() -> None:
    steps = HISTORIES["lost_after_sql"][4]
    result = funnel([LeadReach(entered_mask(stage for stage, _ in steps))])
    assert result.count(Stage.SQL) == 1
    assert result.count(Stage.CUSTOMER) == 0


def test_share_of_mqls_that_never_became_sql() -> None:
    result = funnel(known_reaches())
    assert result.mql_never_sql == 1  # back_to_nurture
    assert result.mql_never_sql_share == pytest.approx(0.25)


def test_an_empty_cohort_has_no_rates() -> None:
    result = funnel([])
    assert [row.reached for row in result.rows] == [0, 0, 0, 0, 0]
    assert result.mql_never_sql_share is None
    assert all(row.conversion is None for row in result.rows)


def test_funnel_split_by_source_one_row_per_group() -> None:
    rows = group_funnels(known_reaches(), GroupBy.SOURCE)
    by_label = {row.label: row for row in rows}
    assert set(by_label) == {"Referral", "Paid search", "Purchased list"}
    referral = by_label["Referral"]
    assert [r.reached for r in referral.funnel.rows] == [2, 2, 2, 2, 1]
    assert referral.to_sql == 1.0
    assert referral.to_customer == 0.5
    paid = by_label["Paid search"]
    assert paid.to_sql == 0.5 and paid.to_customer == 0.0
    assert paid.mql_to_sql == 0.5
    purchased = by_label["Purchased list"]
    assert purchased.leads == 2 and purchased.mql_to_sql is None


def test_groups_by_owner_and_blank_and_batch_labels() -> None:
    reaches = [
        *known_reaches(),
        LeadReach(0, 2, import_batch_id=7),
        LeadReach(0, owner=""),
    ]
    owners = group_funnels(reaches, GroupBy.OWNER)
    assert [(r.label, r.leads) for r in owners] == [("ana", 3), ("tom", 3), (BLANK, 3)]
    batches = group_funnels(reaches, GroupBy.BATCH, {7: "fair.xlsx (2026-01-05)"})
    assert [(r.label, r.leads) for r in batches] == [(BLANK, 7), ("fair.xlsx (2026-01-05)", 2)]


def test_score_deciles_are_equal_count_buckets_with_conversions() -> None:
    # 20 leads with scores 0..19; the top 2 reached SQL, the top one became a customer.
    customer = entered_mask([Stage.CUSTOMER])
    sql = entered_mask([Stage.SQL])
    reaches = [
        LeadReach(customer if i == 19 else sql if i == 18 else 0, score=i) for i in range(20)
    ]
    deciles = score_deciles(reaches)
    assert [d.label for d in deciles] == [f"D{n}" for n in range(1, 11)]
    assert all(d.leads == 2 for d in deciles)
    assert (deciles[0].min_score, deciles[0].max_score) == (0, 1)
    assert deciles[9].to_sql == 1.0 and deciles[9].to_customer == 0.5
    assert all(d.to_sql == 0 for d in deciles[:9])


def test_few_leads_leave_empty_deciles_out() -> None:
    deciles = score_deciles(known_reaches())
    assert sum(d.leads for d in deciles) == 6
    assert len(deciles) == 6


def test_conversion_by_fit_grade() -> None:
    grades = by_fit_grade(known_reaches())
    assert [(g.label, g.leads, g.sql, g.customers) for g in grades] == [
        ("A", 2, 2, 1),
        ("B", 2, 1, 0),
        ("D", 2, 0, 0),
    ]


def test_percentiles_interpolate_like_spreadsheets() -> None:
    assert percentile([4, 1, 3, 2], 50) == pytest.approx(2.5)
    assert percentile([1, 2, 3, 4], 80) == pytest.approx(3.4)
    assert percentile([7], 80) == 7
    assert percentile([10, 20], 0) == 10 and percentile([10, 20], 100) == 20
    assert percentile([], 50) is None


def test_aggregated_rows_count_as_many_leads() -> None:
    sql = entered_mask([Stage.SQL])
    one_by_one = [LeadReach(sql, source_channel="Web")] * 3 + [LeadReach(0, source_channel="Web")]
    aggregated = [LeadReach(sql, 3, source_channel="Web"), LeadReach(0, source_channel="Web")]
    assert funnel(one_by_one) == funnel(aggregated)
    assert group_funnels(one_by_one, GroupBy.SOURCE) == group_funnels(aggregated, GroupBy.SOURCE)
    assert score_deciles(one_by_one) == score_deciles(aggregated)
    assert [d.leads for d in score_deciles(aggregated)] == [4]  # one score, one decile


def test_equal_scores_share_a_decile_whatever_their_outcome() -> None:
    customer = entered_mask([Stage.CUSTOMER])
    reaches = [LeadReach(customer if i < 5 else 0, score=0) for i in range(20)]
    reaches += [LeadReach(0, score=10) for _ in range(5)]
    deciles = score_deciles(reaches)
    assert [(d.label, d.leads, d.customers) for d in deciles] == [("D1", 20, 5), ("D9", 5, 0)]


def test_placeholder_values_join_the_blank_group() -> None:
    reaches = [
        LeadReach(0, 2, source_channel="Web"),
        LeadReach(0, 1, source_channel="Select"),
        LeadReach(0, 1, source_channel="-- Seleziona --"),
        LeadReach(0, 1, source_channel=""),
    ]
    rows = group_funnels(reaches, GroupBy.SOURCE)
    assert [(r.label, r.leads) for r in rows] == [(BLANK, 3), ("Web", 2)]
