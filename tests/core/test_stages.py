"""The lifecycle table: every allowed and every refused move."""

from __future__ import annotations

import itertools

import pytest

from leaddesk.core.errors import StageMoveRefused
from leaddesk.core.stages import AUTOMATIC_MOVES, MANUAL_MOVES, MoveVia, Stage, check_move

S = Stage
PAIRS = [(a, b) for a, b in itertools.product(Stage, Stage) if a != b]


def manual_ok(a: Stage, b: Stage) -> bool:
    """The product's rules, written out independently of the table in stages.py."""
    if b is S.DISQUALIFIED:
        return a is not S.CUSTOMER
    if b is S.SQL:
        return a is S.CUSTOMER  # a customer can be reopened; anything else needs a call
    if a is S.SAL and b is S.NURTURE:
        return False  # the call decides
    if b is S.CUSTOMER:
        return a is S.SQL
    allowed = {
        (S.LEAD, S.MQL),
        (S.LEAD, S.NURTURE),
        (S.MQL, S.LEAD),
        (S.MQL, S.SAL),
        (S.MQL, S.NURTURE),
        (S.SAL, S.MQL),
        (S.SQL, S.NURTURE),
        (S.NURTURE, S.MQL),
        (S.NURTURE, S.LEAD),
        (S.DISQUALIFIED, S.LEAD),
        (S.DISQUALIFIED, S.NURTURE),
    }
    return (a, b) in allowed


@pytest.mark.parametrize(("current", "target"), PAIRS, ids=lambda s: s.value)
def test_manual_move_with_reason_follows_the_lifecycle(current: Stage, target: Stage) -> None:
    if manual_ok(current, target):
        check_move(current, target, reason="because")
    else:
        with pytest.raises(StageMoveRefused):
            check_move(current, target, reason="because")


@pytest.mark.parametrize("current", [s for s in Stage if s not in (S.DISQUALIFIED, S.CUSTOMER)])
def test_disqualifying_without_a_reason_is_refused(current: Stage) -> None:
    with pytest.raises(StageMoveRefused) as err:
        check_move(current, S.DISQUALIFIED)
    assert err.value.needs == "reason"


def test_drop_from_sal_into_sql_without_call_asks_for_the_call() -> None:
    with pytest.raises(StageMoveRefused) as err:
        check_move(S.SAL, S.SQL)
    assert err.value.needs == "call"


@pytest.mark.parametrize("current", [S.LEAD, S.MQL, S.NURTURE])
def test_into_sql_with_a_written_override_is_allowed(current: Stage) -> None:
    check_move(current, S.SQL, override=True, reason="Signed LOI at the fair")
    with pytest.raises(StageMoveRefused):
        check_move(current, S.SQL, override=True, reason="   ")


@pytest.mark.parametrize(("current", "target"), PAIRS, ids=lambda s: s.value)
def test_automatic_moves_never_touch_sales_stages(current: Stage, target: Stage) -> None:
    expected = target in AUTOMATIC_MOVES.get(current, frozenset())
    if expected:
        check_move(current, target, via=MoveVia.AUTOMATIC)
        assert {current, target} <= {S.LEAD, S.MQL, S.NURTURE}
    else:
        with pytest.raises(StageMoveRefused):
            check_move(current, target, via=MoveVia.AUTOMATIC)


@pytest.mark.parametrize("target", [S.SQL, S.NURTURE, S.DISQUALIFIED])
def test_call_outcomes_from_sal(target: Stage) -> None:
    check_move(S.SAL, target, via=MoveVia.CALL, reason="competitor")


def test_call_outside_sal_needs_an_override() -> None:
    with pytest.raises(StageMoveRefused) as err:
        check_move(S.MQL, S.SQL, via=MoveVia.CALL, reason="ready")
    assert err.value.needs == "override"
    check_move(S.MQL, S.SQL, via=MoveVia.CALL, reason="ready", override=True)


def test_call_cannot_make_a_customer() -> None:
    with pytest.raises(StageMoveRefused):
        check_move(S.SAL, S.CUSTOMER, via=MoveVia.CALL, reason="x")


def test_same_stage_is_refused() -> None:
    for stage in Stage:
        with pytest.raises(StageMoveRefused):
            check_move(stage, stage, reason="x")


def test_manual_table_has_every_stage() -> None:
    assert set(MANUAL_MOVES) == set(Stage)
