"""Reading activity rows: column roles, what values mean, natural keys, counts."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leaddesk.core.activity.column_roles import Role, suggest_roles
from leaddesk.core.activity.event_types import EventType, classify_value
from leaddesk.core.activity.events import Event, EventProblem, natural_key, parse_event_time
from leaddesk.core.activity.mapping import (
    ActivityMapping,
    ActivityMappingError,
    check_mapping,
    people_index,
)
from leaddesk.core.activity.planner import EventPlanner
from leaddesk.core.leads import InteractionKind as K
from leaddesk.core.leads import Offer as O
from leaddesk.core.values import DateOrder, ValueProblem


@pytest.mark.parametrize(
    ("text", "kind", "offer"),
    [
        ("open", K.EMAIL_OPEN, None),
        ("click", K.EMAIL_CLICK, None),
        ("Descargó whitepaper", K.FORM_CONVERSION, O.WHITE_PAPER),
        ("Richiesta demo", K.FORM_CONVERSION, O.DEMO_REQUEST),
        ("webinar registration", K.FORM_CONVERSION, O.WEBINAR),
        ("Stáhl e-book", K.FORM_CONVERSION, O.WHITE_PAPER),
        ("Žádost o kontakt", K.CONTACT_REQUEST, None),
        ("Solicitud de prueba gratuita", K.FORM_CONVERSION, O.FREE_TRIAL),
        ("page view", K.VISIT, None),
        ("Návštěva stránky", K.VISIT, None),
        ("Apertura email", K.EMAIL_OPEN, None),
        ("retweet", K.SOCIAL, None),
        ("clikc", K.EMAIL_CLICK, None),
        ("bounce", None, None),
        ("", None, None),
    ],
)
def test_event_words_in_four_languages(text: str, kind: K | None, offer: O | None) -> None:
    assert classify_value(text) == EventType(kind, offer)


def test_roles_from_a_mailchimp_activity_header() -> None:
    headers = ["action", "campaign_id", "member_id", "timestamp", "url"]
    assert suggest_roles(headers, []) == (
        Role.WHAT,
        Role.CAMPAIGN,
        Role.IGNORE,
        Role.WHEN,
        Role.DETAIL,
    )


def test_roles_from_spanish_and_czech_headers_and_email_values() -> None:
    headers = ["Correo electrónico", "Fecha", "Acción", "Kampaň", "x"]
    preview = [["ana@talleres.es", "01/02/2024", "abrió", "Primavera", "p@q.cz"]]
    roles = suggest_roles(headers, preview)
    assert roles[:4] == (Role.EMAIL, Role.WHEN, Role.WHAT, Role.CAMPAIGN)
    assert roles[4] is Role.IGNORE  # a second email column is not a second person


def test_counts_become_one_event_per_occurrence_with_stable_keys() -> None:
    mapping = ActivityMapping(
        ("email", "opens", "clicks"),
        (Role.EMAIL, Role.OPENS, Role.CLICKS),
        fixed_time=datetime(2024, 5, 1, tzinfo=UTC),
        campaign="May news",
    )
    events = list(EventPlanner(mapping).events(2, ["Ana@X.es", "3", "1"]))
    assert [e.kind for e in events] == [K.EMAIL_OPEN] * 3 + [K.EMAIL_CLICK]
    assert all(isinstance(e, Event) and e.email == "ana@x.es" for e in events)
    assert len({e.natural_key for e in events}) == 4
    later = replace_time(mapping, datetime(2024, 5, 8, tzinfo=UTC))
    again = list(EventPlanner(later).events(2, ["ana@x.es", "5", "1"]))
    # A week later with more opens: the first three keys are the same, two are new.
    assert {e.natural_key for e in events} < {e.natural_key for e in again}
    assert len(again) == 6


def replace_time(mapping: ActivityMapping, when: datetime) -> ActivityMapping:
    from dataclasses import replace

    return replace(mapping, fixed_time=when)


def test_event_rows_name_the_column_of_a_problem() -> None:
    mapping = ActivityMapping(("Email", "When", "What"), (Role.EMAIL, Role.WHEN, Role.WHAT))
    planner = EventPlanner(mapping)
    bad_date = list(planner.events(5, ["a@b.com", "yesterday-ish", "open"]))
    assert isinstance(bad_date[0], EventProblem) and bad_date[0].column == "When"
    no_email = list(planner.events(6, ["", "2024-01-02", "open"]))
    assert isinstance(no_email[0], EventProblem) and no_email[0].column == "Email"
    unknown = list(planner.events(7, ["a@b.com", "2024-01-02", "bounce"]))
    assert isinstance(unknown[0], EventProblem) and "bounce" in unknown[0].reason


def test_same_event_same_key_different_detail_different_key() -> None:
    when = datetime(2024, 1, 2, 10, 0, tzinfo=UTC)
    assert natural_key("a@b.com", when, K.VISIT, "/pricing") == natural_key(
        "a@b.com", when, K.VISIT, " /PRICING "
    )
    assert natural_key("a@b.com", when, K.VISIT, "/pricing") != natural_key(
        "a@b.com", when, K.VISIT, "/blog"
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-09-07T02:17:47.000Z", datetime(2022, 9, 7, 2, 17, 47, tzinfo=UTC)),
        ("1262519553", datetime(2010, 1, 3, 11, 52, 33, tzinfo=UTC)),
        ("Mar 6, 2010 11:22:33", datetime(2010, 3, 6, 11, 22, 33, tzinfo=UTC)),
        ("8/9/14 19:00", datetime(2014, 8, 9, 19, 0, tzinfo=UTC)),
    ],
)
def test_event_times(value: str, expected: datetime) -> None:
    assert parse_event_time(value, DateOrder.MONTH_FIRST) == expected


def test_a_mapping_without_who_when_or_what_is_refused() -> None:
    with pytest.raises(ActivityMappingError, match="who"):
        check_mapping(ActivityMapping(("a",), (Role.WHEN,)))
    with pytest.raises(ActivityMappingError, match="no date column"):
        check_mapping(ActivityMapping(("e", "w"), (Role.EMAIL, Role.WHAT)))
    with pytest.raises(ActivityMappingError, match="what happened"):
        check_mapping(ActivityMapping(("e", "t"), (Role.EMAIL, Role.WHEN)))
    with pytest.raises(ActivityMappingError, match="people file"):
        check_mapping(ActivityMapping(("id", "t"), (Role.PERSON_REF, Role.WHEN)))


def test_people_index_by_column_and_by_row_order() -> None:
    rows = [(2, ["x1", "ana@a.es"]), (3, ["x2", ""]), (4, ["x3", "pia@b.it"])]
    assert people_index(["id", "email"], iter(rows), "id") == {"x1": "ana@a.es", "x3": "pia@b.it"}
    assert people_index(["id", "email"], iter(rows), "#row") == {"1": "ana@a.es", "3": "pia@b.it"}
    with pytest.raises(ActivityMappingError, match="no column 'nope'"):
        people_index(["id", "email"], iter(rows), "nope")


ISO_MAPPING = ActivityMapping(
    ("Email", "When", "What", "Page"), (Role.EMAIL, Role.WHEN, Role.WHAT, Role.DETAIL)
)


@settings(max_examples=200, deadline=None)
@given(
    when=st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    sep=st.sampled_from([" ", "T"]),
)
def test_iso_times_read_the_same_on_the_quick_path(when: datetime, sep: str) -> None:
    text = when.replace(microsecond=0).isoformat(sep)
    [event] = EventPlanner(ISO_MAPPING).events(2, ["a@b.com", text, "page view", "/x"])
    expected = parse_event_time(text, DateOrder.DAY_FIRST)
    assert isinstance(event, Event) and event.occurred_at == expected
    assert event.occurred_at.utcoffset() == timedelta(0)
    assert event.natural_key == natural_key("a@b.com", expected, K.VISIT, "/x")


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="0123456789-T :+Z.", min_size=19, max_size=19)
    | st.builds(
        lambda d, tail: d.isoformat(" ")[: 19 - len(tail)] + tail,
        st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
        st.sampled_from(["", "Z", "+01", "+0100", "-05:00", ":9"]),
    )
)
def test_nineteen_character_times_agree_with_the_general_reading(text: str) -> None:
    """Whatever looks like 'YYYY-MM-DD HH:MM:SS': the same time, or the same refusal."""
    [item] = EventPlanner(ISO_MAPPING).events(2, ["a@b.com", text, "page view", "/x"])
    try:
        expected = parse_event_time(text, DateOrder.DAY_FIRST)
    except ValueProblem:
        assert isinstance(item, EventProblem) and item.column == "When"
    else:
        assert isinstance(item, Event) and item.occurred_at == expected


def test_the_same_person_written_differently_is_one_person_and_bad_ones_stay_bad() -> None:
    planner = EventPlanner(ISO_MAPPING)
    rows = [" Ana@X.es ", "ana@x.es", "ANA@X.ES", "not-an-email", "not-an-email"]
    items = [
        next(planner.events(n, [who, "2024-01-02 10:00:00", "open", ""]))
        for n, who in enumerate(rows, 2)
    ]
    assert [i.email for i in items[:3] if isinstance(i, Event)] == ["ana@x.es"] * 3
    assert all(isinstance(i, EventProblem) and i.column == "Email" for i in items[3:])


def test_equal_cells_of_different_types_keep_their_own_meaning() -> None:
    """1 and True are equal in Python but not the same word in a file."""
    mapping = replace(ISO_MAPPING, values={"1": EventType(K.VISIT)})
    planner = EventPlanner(mapping)
    first = next(planner.events(2, ["a@b.com", "2024-01-02 10:00:00", 1, ""]))
    second = next(planner.events(3, ["a@b.com", "2024-01-02 10:00:00", True, ""]))
    assert isinstance(first, Event) and first.kind is K.VISIT
    assert isinstance(second, EventProblem) and "'true'" in second.reason


def test_a_time_with_an_impossible_offset_is_a_problem_not_a_crash() -> None:
    with pytest.raises(ValueProblem, match="is not a date"):
        parse_event_time("00001 000:0-00030:0", DateOrder.DAY_FIRST)


def test_garbage_collection_is_paused_only_while_importing() -> None:
    import gc

    from leaddesk.core.bulk import paused_gc

    assert gc.isenabled()
    with pytest.raises(RuntimeError), paused_gc():
        assert not gc.isenabled()
        raise RuntimeError("the import failed")
    assert gc.isenabled()
    gc.disable()  # someone else had turned it off: it stays off
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
