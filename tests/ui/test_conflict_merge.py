"""Saving over someone else's change merges field by field; only overlaps reach the dialog."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from leaddesk.ui.detail.view import show_lead
from leaddesk.ui.team.conflict_dialog import ConflictDialog
from tests.team.helpers import open_as
from tests.ui.board_helpers import add_lead, make_window
from tests.ui.test_lead_detail import type_into


@pytest.fixture
def bob(db_url, clock):
    """A second user with their own copy of the app on the same database."""
    workspace = open_as(db_url, "bob", clock)
    yield workspace
    workspace.close()


class DialogWatch:
    """Answers the conflict dialog whenever one opens (``answer``); notes what it showed."""

    def __init__(self, answer: Callable[[ConflictDialog], object]) -> None:
        self.answer = answer
        self.shown: list[list[str]] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._click)
        self.timer.start()

    def _click(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, ConflictDialog) and widget.isVisible():
                self.shown.append(widget.visible_fields())
                self.answer(widget)

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def reapply_mine(qtbot):
    watch = DialogWatch(lambda dialog: dialog.reapply_button.click())
    yield watch
    watch.stop()


@pytest.fixture
def keep_theirs(qtbot):
    watch = DialogWatch(lambda dialog: dialog.keep_theirs_button.click())
    yield watch
    watch.stop()


@pytest.fixture
def close_dialog(qtbot):
    watch = DialogWatch(lambda dialog: dialog.reject())
    yield watch
    watch.stop()


def test_reapplying_my_city_keeps_the_job_title_they_changed(
    qtbot, workspace, bob, reapply_mine
) -> None:
    lead_id = add_lead(workspace, first_name="Tereza", city="Brno", job_title="Recepční")
    window = make_window(qtbot, workspace)
    view = show_lead(window, lead_id)
    type_into(view, "city", "Olomouc")
    seen_by_bob = bob.leads.lead(lead_id)
    bob.leads.edit_lead(lead_id, {"job_title": "Ředitelka"}, seen_by_bob.version)

    saved = view.save()

    stored = bob.leads.lead(lead_id)
    assert (stored.city, stored.job_title) == ("Olomouc", "Ředitelka")
    assert saved
    assert reapply_mine.shown == []  # nothing overlapped: no question asked
    assert "merged" in window.statusBar().currentMessage()
    assert not view.dirty and view.fields.edits["job_title"].text() == "Ředitelka"


def test_only_the_field_both_changed_is_asked_and_reapplying_keeps_their_other_field(
    qtbot, workspace, bob, reapply_mine
) -> None:
    lead_id = add_lead(workspace, first_name="Jan", city="Brno", phone="+420 1")
    window = make_window(qtbot, workspace)
    view = show_lead(window, lead_id)
    type_into(view, "city", "Zlín")
    type_into(view, "phone", "+420 2")
    seen_by_bob = bob.leads.lead(lead_id)
    bob.leads.edit_lead(lead_id, {"job_title": "Owner", "phone": "+420 3"}, seen_by_bob.version)

    saved = view.save()

    stored = bob.leads.lead(lead_id)
    assert (stored.city, stored.phone, stored.job_title) == ("Zlín", "+420 2", "Owner")
    assert reapply_mine.shown == [["phone"]]
    assert saved and not view.dirty


def test_keeping_theirs_on_the_overlap_still_saves_my_other_fields(
    qtbot, workspace, bob, keep_theirs
) -> None:
    lead_id = add_lead(workspace, first_name="Lucía", city="Sevilla", phone="+34 1")
    window = make_window(qtbot, workspace)
    view = show_lead(window, lead_id)
    type_into(view, "city", "Cádiz")
    type_into(view, "phone", "+34 2")
    seen_by_bob = bob.leads.lead(lead_id)
    bob.leads.edit_lead(lead_id, {"phone": "+34 3", "company": "Hotel Mar"}, seen_by_bob.version)

    assert view.save()

    stored = bob.leads.lead(lead_id)
    assert (stored.city, stored.phone, stored.company) == ("Cádiz", "+34 3", "Hotel Mar")
    assert keep_theirs.shown == [["phone"]]
    assert view.fields.edits["phone"].text() == "+34 3" and not view.dirty


def test_closing_the_dialog_saves_nothing_and_keeps_my_edits(
    qtbot, workspace, bob, close_dialog
) -> None:
    lead_id = add_lead(workspace, first_name="Marco", city="Milano")
    window = make_window(qtbot, workspace)
    view = show_lead(window, lead_id)
    type_into(view, "city", "Torino")
    type_into(view, "job_title", "CEO")
    seen_by_bob = bob.leads.lead(lead_id)
    bob.leads.edit_lead(lead_id, {"city": "Roma"}, seen_by_bob.version)

    assert not view.save()

    assert close_dialog.shown == [["city"]]
    stored = bob.leads.lead(lead_id)
    assert (stored.city, stored.job_title) == ("Roma", "")
    assert view.dirty and view.fields.edits["city"].text() == "Torino"
    assert view.fields.edits["job_title"].text() == "CEO"
    assert window.undo_stack.count() == 0


def test_custom_fields_merge_one_by_one_through_the_form(
    qtbot, workspace, bob, reapply_mine
) -> None:
    lead_id = add_lead(workspace, first_name="Jiří", custom={"Zdroj": "veletrh"})
    window = make_window(qtbot, workspace)
    view = show_lead(window, lead_id)
    view.fields.add_custom_row("Licence", "25")
    seen_by_bob = bob.leads.lead(lead_id)
    bob.leads.edit_lead(lead_id, {"custom": {"Zdroj": "web"}}, seen_by_bob.version)

    assert view.save()

    assert reapply_mine.shown == []
    assert dict(bob.leads.lead(lead_id).custom) == {"Zdroj": "web", "Licence": "25"}


def test_undoing_a_merged_save_takes_back_only_my_fields(
    qtbot, workspace, bob, reapply_mine
) -> None:
    lead_id = add_lead(workspace, first_name="Tereza", city="Brno")
    window = make_window(qtbot, workspace)
    view = show_lead(window, lead_id)
    type_into(view, "city", "Olomouc")
    seen_by_bob = bob.leads.lead(lead_id)
    bob.leads.edit_lead(lead_id, {"job_title": "Ředitelka"}, seen_by_bob.version)
    assert view.save()

    window.undo_stack.undo()

    stored = bob.leads.lead(lead_id)
    assert (stored.city, stored.job_title) == ("Brno", "Ředitelka")


def test_a_save_made_while_the_dialog_is_open_is_merged_too(qtbot, workspace, bob) -> None:
    lead_id = add_lead(workspace, first_name="Ana", city="Porto", phone="+351 1")

    def save_again_then_reapply(dialog: ConflictDialog) -> None:
        now = bob.leads.lead(lead_id)
        bob.leads.edit_lead(lead_id, {"job_title": "Gerente"}, now.version)
        dialog.reapply_button.click()

    watch = DialogWatch(save_again_then_reapply)
    try:
        window = make_window(qtbot, workspace)
        view = show_lead(window, lead_id)
        type_into(view, "city", "Braga")
        type_into(view, "phone", "+351 2")
        seen_by_bob = bob.leads.lead(lead_id)
        bob.leads.edit_lead(lead_id, {"phone": "+351 3"}, seen_by_bob.version)

        assert view.save()
    finally:
        watch.stop()

    stored = bob.leads.lead(lead_id)
    assert (stored.city, stored.phone, stored.job_title) == ("Braga", "+351 2", "Gerente")
    assert watch.shown == [["phone"]]  # asked once: the later save overlapped nothing
