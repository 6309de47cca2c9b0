"""Which chart each reports tab draws, from a computed :class:`ReportSet`."""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.figure import Figure
from PySide6.QtCore import QLocale

from leaddesk.core.reports.funnel import GroupBy
from leaddesk.core.reports.service import ReportSet
from leaddesk.ui.formatting import format_week
from leaddesk.ui.i18n import core_tr, outcome_name, ui_tr
from leaddesk.ui.reports.charts import (
    ChartColours,
    funnel_chart,
    grouped_bars,
    side_by_side,
    stacked_bars,
)

TAB_KEYS = ("funnel", "groups", "timing", "calls", "score")
Painter = Callable[[Figure, ChartColours], None]


def tr(text: str) -> str:
    return ui_tr(text)


def _percent(value: float | None) -> str:
    return "" if value is None else QLocale().toString(value * 100, "f", 1) + " %"


def chart_for(key: str, result: ReportSet, by: GroupBy) -> Painter:
    """The painter for tab ``key``."""
    return {
        "funnel": _funnel,
        "groups": lambda r: _groups(r, by),
        "timing": _timing,
        "calls": _calls,
        "score": _score,
    }[key](result)


def _funnel(result: ReportSet) -> Painter:
    rows = result.funnel.rows
    notes = [""] + [
        tr("{rate} of {stage}").format(
            rate=_percent(row.conversion), stage=core_tr(prev.stage.label)
        )
        if row.conversion is not None
        else ""
        for prev, row in zip(rows, rows[1:], strict=False)
    ]
    never = _percent(result.funnel.mql_never_sql_share) or "–"
    return funnel_chart(
        [core_tr(row.stage.label) for row in rows],
        [row.reached for row in rows],
        notes,
        tr("Leads reaching each stage — {share} of MQLs never became SQL").format(share=never),
        tr("No leads in this period"),
    )


def _groups(result: ReportSet, by: GroupBy) -> Painter:
    rows = result.groups.get(by, ())
    return grouped_bars(
        [row.label for row in rows],
        [
            (tr("To SQL"), [row.to_sql for row in rows]),
            (tr("To customer"), [row.to_customer for row in rows]),
        ],
        tr("Conversion by group (largest groups)"),
        tr("No leads in this period"),
    )


def _timing(result: ReportSet) -> Painter:
    timings = [t for t in result.timings if t.visits]
    return grouped_bars(
        [core_tr(t.stage.label) for t in timings],
        [
            (tr("Median"), [t.median_days for t in timings]),
            (tr("80th percentile"), [t.p80_days for t in timings]),
        ],
        tr("Days in stage (visits that ended)"),
        tr("No lead has left a stage yet"),
        percent=False,
        rotate=False,
    )


def _calls(result: ReportSet) -> Painter:
    calls = result.calls
    return stacked_bars(
        [format_week(w.week_start) for w in calls.weeks],
        [
            (outcome_name(outcome), [w.counts[n] for w in calls.weeks])
            for n, outcome in enumerate(calls.outcomes)
        ],
        tr("Qualification call outcomes per week"),
        tr("No qualification calls in this period"),
    )


def _score(result: ReportSet) -> Painter:
    empty = tr("No leads in this period")
    deciles = grouped_bars(
        [d.label for d in result.deciles],
        [
            (tr("To SQL"), [d.to_sql for d in result.deciles]),
            (tr("To customer"), [d.to_customer for d in result.deciles]),
        ],
        tr("By score decile (D10 = highest scores)"),
        empty,
        rotate=False,
    )
    grades = grouped_bars(
        [g.label for g in result.grades],
        [
            (tr("To SQL"), [g.to_sql for g in result.grades]),
            (tr("To customer"), [g.to_customer for g in result.grades]),
        ],
        tr("By fit grade"),
        empty,
        rotate=False,
    )
    return side_by_side(deciles, grades)
