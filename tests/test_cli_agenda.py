"""``leaddesk agenda``: the day's queue on the command line, as text and as JSON."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from leaddesk.cli import main
from leaddesk.core.stages import Stage


@pytest.fixture
def db_with_a_day(tmp_path: Path) -> str:
    from leaddesk.app import build_workspace
    from leaddesk.storage.db import open_database

    url = f"sqlite:///{tmp_path / 'day.sqlite'}"
    ws = build_workspace(open_database(url), actor="ana")
    ws.leads.clock = lambda: datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    lead = ws.leads.create_lead({"first_name": "Marta", "company": "Forno", "owner": "ana"}).value
    ws.leads.move_lead(lead.id, Stage.MQL)
    ws.leads.move_lead(lead.id, Stage.SAL)
    other = ws.leads.create_lead({"first_name": "Jan", "owner": "tom"}).value
    ws.agenda.set_follow_up(other.id, date(2026, 3, 1), "Send the price list")
    ws.close()
    return url


def test_agenda_prints_each_section_for_a_user(db_with_a_day: str, capsys) -> None:
    assert main(["agenda", "--db", db_with_a_day, "--user", "ana", "--date", "2026-03-02"]) == 0
    out = capsys.readouterr().out
    assert "My day — 2026-03-02 — ana" in out
    assert "Calls to make: 1" in out and "Marta (Forno)" in out
    assert "Follow-ups overdue: 0" in out  # Jan's follow-up is tom's


def test_agenda_json_for_everyone_holds_the_overdue_follow_up(db_with_a_day: str, capsys) -> None:
    assert main(["agenda", "--db", db_with_a_day, "--date", "2026-03-02", "--json"]) == 0
    day = json.loads(capsys.readouterr().out)
    assert day["date"] == "2026-03-02" and day["user"] is None
    overdue = day["follow_ups"]["overdue"]
    assert overdue["total"] == 1 and overdue["rows"][0]["what"] == "Send the price list"
    assert day["calls_to_make"]["rows"][0]["name"] == "Marta"
    assert day["limits"] == {"mql_to_sal_hours": 24, "sal_to_call_hours": 48}


def test_agenda_refuses_a_date_it_cannot_read(db_with_a_day: str, capsys) -> None:
    with pytest.raises(SystemExit):
        main(["agenda", "--db", db_with_a_day, "--date", "tomorrow"])
    assert "not a date" in capsys.readouterr().err


def test_demo_database_holds_follow_ups_and_meetings(capsys) -> None:
    assert main(["agenda", "--demo", "--json"]) == 0
    day = json.loads(capsys.readouterr().out)
    follow = day["follow_ups"]
    assert follow["overdue"]["total"] > 0 and follow["this_week"]["total"] > 0
    meetings = day["meetings"]["today"]["total"] + day["meetings"]["tomorrow"]["total"]
    assert meetings > 0


def test_agenda_ics_writes_one_event_per_item_with_stable_uids(
    db_with_a_day: str, tmp_path: Path, capsys
) -> None:
    from icalendar import Calendar

    path = tmp_path / "day.ics"
    assert main(["agenda", "--db", db_with_a_day, "--ics", str(path)]) == 0
    first = Calendar.from_ical(path.read_bytes())
    events = list(first.walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == ["Send the price list — Jan"]
    assert events[0].decoded("dtstart") == date(2026, 3, 1)  # a day, not an hour
    assert main(["agenda", "--db", db_with_a_day, "--ics", str(path)]) == 0
    again = Calendar.from_ical(path.read_bytes())
    assert [str(e["uid"]) for e in again.walk("VEVENT")] == [str(events[0]["uid"])]
