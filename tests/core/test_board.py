"""The board's in-memory index: filters, sorts and patches like the database would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from leaddesk.core.board.index import Aging, BoardIndex, aging, days_since, entry_text
from leaddesk.core.leads import BoardEntry, CardSort, LeadFilter
from leaddesk.core.stages import Stage

T0 = datetime(2026, 3, 1, tzinfo=UTC)


def entry(
    lead_id: int,
    stage: Stage = Stage.LEAD,
    *,
    name: str = "Ana Ruiz",
    company: str = "Forno",
    score: int = 0,
    owner: str = "",
    grade: str = "D",
    days_ago: int = 0,
    cents: int = 0,
) -> BoardEntry:
    first, _, last = name.partition(" ")
    return BoardEntry(
        lead_id,
        stage,
        entry_text(first, last, company),
        owner,
        "web",
        "spring",
        None,
        grade,
        score,
        T0 - timedelta(days=days_ago),
        f"{last}\x1f{first}".lower(),
        cents,
    )


def test_aging_turns_amber_past_the_limit_and_red_past_twice_it() -> None:
    assert aging(7, 7) is Aging.FRESH
    assert aging(8, 7) is Aging.AMBER
    assert aging(14, 7) is Aging.AMBER
    assert aging(15, 7) is Aging.RED
    assert aging(100, None) is Aging.FRESH
    assert aging(None, 7) is Aging.FRESH


def test_days_since_counts_whole_days() -> None:
    assert days_since(T0 - timedelta(days=3, hours=5), T0) == 3
    assert days_since(None, T0) is None


def test_filter_text_matches_any_field_case_insensitively_and_every_word() -> None:
    index = BoardIndex(
        [
            entry(1, name="Lucía Pérez", company="Hotel Mar"),
            entry(2, name="Marco Rossi", company="Forno San Marco"),
            entry(3, name="Jana Nováková", company="Pekárna"),
        ]
    )
    assert index.select(LeadFilter(text="MAR")).ids[Stage.LEAD] == [1, 2]
    assert index.select(LeadFilter(text="mar forno")).ids[Stage.LEAD] == [2]
    assert index.select(LeadFilter(text="LUCÍA")).ids[Stage.LEAD] == [1]
    assert index.select(LeadFilter(text="")).ids[Stage.LEAD] == [1, 2, 3]


def test_typing_on_narrows_and_deleting_widens_again() -> None:
    index = BoardIndex([entry(1, name="Ana Bell"), entry(2, name="Anabel Cruz")])
    assert index.select(LeadFilter(text="ana")).ids[Stage.LEAD] == [1, 2]
    assert index.select(LeadFilter(text="anab")).ids[Stage.LEAD] == [2]
    assert index.select(LeadFilter(text="ana")).ids[Stage.LEAD] == [1, 2]


def test_quick_filters_and_totals_per_stage() -> None:
    index = BoardIndex(
        [
            entry(1, Stage.MQL, owner="eva", grade="A", cents=150_050),
            entry(2, Stage.MQL, owner="eva", grade="B", cents=100_000),
            entry(3, Stage.SAL, owner="tom", grade="A", cents=5_000),
        ]
    )
    chosen = index.select(LeadFilter(owner="eva"))
    assert chosen.ids[Stage.MQL] == [1, 2] and chosen.ids[Stage.SAL] == []
    assert chosen.totals[Stage.MQL].count == 2
    assert str(chosen.totals[Stage.MQL].budget) == "2500.5"
    assert index.select(LeadFilter(fit_grade="A")).ids[Stage.SAL] == [3]


def test_sorts_by_score_age_and_name_with_ties_by_id() -> None:
    entries = [
        entry(1, name="Zoe Adams", score=10, days_ago=1),
        entry(2, name="Al Brown", score=30, days_ago=9),
        entry(3, name="Bo Adams", score=10, days_ago=5),
    ]
    index = BoardIndex(entries)
    assert index.select(LeadFilter()).ids[Stage.LEAD] == [2, 1, 3]
    index.set_sort(CardSort.AGE)
    assert index.select(LeadFilter()).ids[Stage.LEAD] == [2, 3, 1]
    index.set_sort(CardSort.NAME)
    assert index.select(LeadFilter()).ids[Stage.LEAD] == [3, 1, 2]


def test_update_moves_rescores_and_removes_entries_in_place() -> None:
    index = BoardIndex([entry(i, score=i) for i in range(1, 6)])
    index.update([3], [entry(3, Stage.MQL, score=3)])
    index.update([1], [entry(1, score=99)])
    index.update([5], [])  # archived: gone from the board
    chosen = index.select(LeadFilter())
    assert chosen.ids[Stage.LEAD] == [1, 4, 2]
    assert chosen.ids[Stage.MQL] == [3]
    assert 5 not in index and len(index) == 4


def test_an_answer_shown_stays_as_it_was_when_the_index_changes() -> None:
    index = BoardIndex([entry(i, score=i) for i in range(1, 5)])
    shown = index.select(LeadFilter())
    before = {stage: list(ids) for stage, ids in shown.ids.items()}
    index.update([2], [entry(2, Stage.MQL, score=2)])
    index.update([9], [entry(9, score=9)])
    assert {stage: list(ids) for stage, ids in shown.ids.items()} == before
    assert list(index.select(LeadFilter()).ids[Stage.LEAD]) == [9, 4, 3, 1]
    assert list(index.select(LeadFilter()).ids[Stage.MQL]) == [2]


NAMES = st.text(alphabet="abmr ", min_size=1, max_size=8)


@settings(max_examples=60, deadline=None)
@given(
    names=st.lists(NAMES, min_size=1, max_size=25),
    typed=st.lists(st.text(alphabet="abmr ", max_size=4), min_size=1, max_size=12),
    moved=st.lists(st.integers(min_value=0, max_value=24), max_size=4),
)
def test_any_typing_gives_the_same_answer_as_filtering_every_lead(names, typed, moved) -> None:
    """Remembered answers and narrowing from them never change what a filter shows."""
    entries = {i: entry(i, name=f"{n} x", score=i % 7) for i, n in enumerate(names)}
    index = BoardIndex(entries.values())
    for step, text in enumerate(typed):
        if moved and step % 3 == 2:  # now and then a lead changes stage meanwhile
            lead_id = moved[step % len(moved)] % len(names)
            entries[lead_id] = entry(lead_id, Stage.MQL, name=f"{names[lead_id]} x", score=1)
            index.update([lead_id], [entries[lead_id]])
        words = text.lower().split()
        for stage in (Stage.LEAD, Stage.MQL):
            expected = sorted(
                (
                    e
                    for e in entries.values()
                    if e.stage is stage and all(w in e.text for w in words)
                ),
                key=lambda e: (-e.score, e.id),
            )
            got = index.select(LeadFilter(text=text))
            assert list(got.ids[stage]) == [e.id for e in expected]
            assert got.totals[stage].count == len(expected)
