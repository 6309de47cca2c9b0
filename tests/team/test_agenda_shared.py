"""On a shared database each rep sees their own day, and a follow-up done by one user is
done for everyone at their next poll (in the window too)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from leaddesk.core.stages import Stage
from leaddesk.ui.main_window import MainWindow
from tests.team.helpers import fresh_postgres, needs_postgres, open_as


def test_each_rep_sees_their_own_day(db_url, clock) -> None:
    alice, bob = open_as(db_url, "alice", clock), open_as(db_url, "bob", clock)
    try:
        for ws, name in ((alice, "Ada"), (bob, "Bruno")):
            lead = ws.leads.create_lead({"first_name": name}).value  # owned by its creator
            ws.leads.move_lead(lead.id, Stage.MQL)
            ws.leads.move_lead(lead.id, Stage.SAL)
            ws.agenda.set_follow_up(lead.id, clock().date(), f"Call {name}")
        day = clock().date()
        assert [c.name for c in alice.agenda.day("alice", day).calls.rows] == ["Ada"]
        assert [f.what for f in bob.agenda.day("bob", day).today.rows] == ["Call Bruno"]
        assert bob.agenda.day("", day).today.total == 2
    finally:
        alice.close()
        bob.close()


def test_a_follow_up_done_by_one_user_is_done_for_the_other(db_url, clock) -> None:
    alice, bob = open_as(db_url, "alice", clock), open_as(db_url, "bob", clock)
    try:
        lead = alice.leads.create_lead({"first_name": "Ada", "owner": "bob"}).value
        item = alice.agenda.set_follow_up(lead.id, clock().date(), "Send the quote").value
        bob.team.poll()
        clock.advance(seconds=5)
        alice.agenda.complete(item.id)
        assert lead.id in bob.team.poll().leads  # bob's copy is told at its next poll
        assert bob.agenda.day("bob", clock().date()).today.total == 0
    finally:
        alice.close()
        bob.close()


@needs_postgres
def test_my_day_follows_another_users_done_follow_up(qtbot) -> None:
    url = fresh_postgres()
    alice, bob = open_as(url, "alice"), open_as(url, "bob")
    try:
        lead = alice.leads.create_lead({"first_name": "Ada", "owner": "bob"}).value
        item = alice.agenda.set_follow_up(lead.id, bob.agenda.today(), "Send the quote").value
        window = MainWindow(bob, settings=QSettings())
        qtbot.addWidget(window)
        window.show()
        sync = window.team_sync
        qtbot.waitUntil(lambda: not sync._busy)
        window.actions["view_my_day"].trigger()
        page = window.my_day_page
        assert page.day.today.total == 1
        alice.agenda.complete(item.id)
        with qtbot.waitSignal(window.changes_applied, timeout=5000):
            sync.poll_now()
        assert page.day.today.total == 0
    finally:
        alice.close()
        bob.close()
