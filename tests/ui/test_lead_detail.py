"""The lead detail view: fields, validation, conflicts, score, history, timeline."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt

from leaddesk.core.leads import InteractionKind
from leaddesk.core.stages import Stage
from leaddesk.ui.board.stage_model import CardRole
from leaddesk.ui.detail.view import LeadDetailView, open_lead_window, show_lead
from leaddesk.ui.qualification import form
from leaddesk.ui.team import conflict_dialog
from tests.ui.board_helpers import add_lead, make_window


def type_into(view: LeadDetailView, field: str, text: str) -> None:
    edit = view.fields.edits[field]
    edit.setText(text)
    edit.textEdited.emit(text)  # as if typed (keyClicks cannot type non-ASCII)


def test_show_lead_replaces_the_dock_placeholder(qtbot, workspace) -> None:
    lead_id = add_lead(workspace, first_name="Lucía", last_name="Pérez", company="Hotel Mar")
    window = make_window(qtbot, workspace)
    view = show_lead(window, lead_id)
    assert window.detail_dock.widget() is view
    assert view.title.text() == "Lucía Pérez"
    assert view.fields.edits["company"].text() == "Hotel Mar"
    assert show_lead(window, lead_id) is view  # the same lead: the same view


def test_editing_a_field_persists_and_undo_takes_it_back(qtbot, workspace) -> None:
    lead_id = add_lead(workspace, first_name="Jiří", company="Strojírny")
    window = make_window(qtbot, workspace)
    view = show_lead(window, lead_id)
    type_into(view, "job_title", "Ředitel výroby")
    type_into(view, "budget", "12.500,50")
    assert view.dirty and view.save_button.isEnabled()
    assert view.save()
    lead = workspace.leads.lead(lead_id)
    assert lead.job_title == "Ředitel výroby" and str(lead.budget) == "12500.50"
    assert not view.dirty
    card = window.board.columns[Stage.LEAD].model.index(0).data(CardRole)
    assert card.job_title == "Ředitel výroby"
    window.undo_stack.undo()
    assert workspace.leads.lead(lead_id).job_title == ""
    assert view.fields.edits["job_title"].text() == ""


def test_custom_fields_can_be_added_and_saved(qtbot, workspace) -> None:
    lead_id = add_lead(workspace, custom={"idioma": "es"})
    window = make_window(qtbot, workspace)
    view = show_lead(window, lead_id)
    assert view.fields.custom_values() == {"idioma": "es"}
    view.fields.add_custom_row("licencias", "25")
    assert view.save()
    assert dict(workspace.leads.lead(lead_id).custom) == {"idioma": "es", "licencias": "25"}


def test_invalid_values_are_refused_with_the_field_named(qtbot, workspace) -> None:
    lead_id = add_lead(workspace, email="ana@forno.it")
    window = make_window(qtbot, workspace)
    view = show_lead(window, lead_id)
    type_into(view, "email", "ana at forno")
    assert not view.save()
    assert "Email" in view.error.text()
    assert view.fields.edits["email"].styleSheet()
    type_into(view, "email", "ana@forno.it")
    type_into(view, "company_size", "12.5")
    assert not view.save()
    assert "whole number" in view.error.text()
    assert workspace.leads.lead(lead_id).company_size is None


def test_a_conflicting_save_is_refused_and_keeps_both_sides(qtbot, workspace, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(
        conflict_dialog, "resolve_conflict", lambda *a: asked.append(a) or ("cancel", [])
    )
    lead_id = add_lead(workspace, city="Brno")
    window = make_window(qtbot, workspace)
    view = show_lead(window, lead_id)
    type_into(view, "city", "Praha")
    workspace.leads.edit_lead(lead_id, {"city": "Ostrava"}, None)  # another window saves first
    assert not view.save()
    assert workspace.leads.lead(lead_id).city == "Ostrava"
    assert "changed elsewhere" in view.error.text()
    assert view.fields.edits["city"].text() == "Praha"  # the rep's edit is not lost
    assert len(asked) == 1  # the conflict dialog was asked (and closed without a choice)
    assert window.undo_stack.count() == 0
    view.revert()  # shows what is stored now; a new edit then saves over it
    assert view.fields.edits["city"].text() == "Ostrava"
    type_into(view, "city", "Praha")
    assert view.save() and workspace.leads.lead(lead_id).city == "Praha"


def test_a_change_in_another_view_while_editing_still_conflicts(
    qtbot, workspace, monkeypatch
) -> None:
    monkeypatch.setattr(conflict_dialog, "resolve_conflict", lambda *a: ("cancel", []))
    lead_id = add_lead(workspace, city="Brno")
    window = make_window(qtbot, workspace)
    view = show_lead(window, lead_id)
    type_into(view, "city", "Praha")
    other = open_lead_window(window, lead_id)
    type_into(other, "city", "Ostrava")
    assert other.save()  # its Changes reach the first view, which keeps the user's edit
    assert view.fields.edits["city"].text() == "Praha"
    assert not view.save()
    assert workspace.leads.lead(lead_id).city == "Ostrava"


def test_a_conflict_goes_to_the_conflict_dialog_when_there_is_one(
    qtbot, workspace, monkeypatch
) -> None:
    seen = []
    monkeypatch.setattr(
        conflict_dialog,
        "resolve_conflict",
        lambda parent, merge: seen.append(merge) or (conflict_dialog.CANCEL, []),
    )
    lead_id = add_lead(workspace, city="Brno")
    window = make_window(qtbot, workspace)
    view = show_lead(window, lead_id)
    type_into(view, "city", "Praha")
    workspace.leads.edit_lead(lead_id, {"city": "Ostrava"}, None)
    assert not view.save()
    ((merge,),) = (seen,)
    assert [(c.name, c.mine, c.theirs) for c in merge.clashes] == [("city", "Praha", "Ostrava")]
    assert workspace.leads.lead(lead_id).city == "Ostrava"  # closing the dialog saves nothing
    assert view.fields.edits["city"].text() == "Praha" and view.dirty  # and keeps my edit


def test_logging_an_interaction_adds_it_to_the_timeline_at_once(qtbot, workspace) -> None:
    lead_id = add_lead(workspace)
    window = make_window(qtbot, workspace)
    view = show_lead(window, lead_id)
    before = view.timeline.count()
    row = view.log_row
    row.kind.setCurrentIndex(row.kind.findData(InteractionKind.CALL.value))
    qtbot.keyClicks(row.note, "Wants a demo next week")
    qtbot.keyClick(row.note, Qt.Key.Key_Return)
    assert view.timeline.count() == before + 1
    assert view.timeline.kinds()[0] == "call"
    assert "Wants a demo next week" in view.timeline.item(0).text()
    assert row.note.text() == ""
    (logged,) = workspace.leads.interactions(lead_id)
    assert logged.kind is InteractionKind.CALL and logged.actor == "tester"
    card = window.board.columns[Stage.LEAD].model.index(0).data(CardRole)
    assert card.last_interaction_at == logged.occurred_at


def test_stage_history_lists_moves_with_why_and_who(qtbot, workspace) -> None:
    lead_id = add_lead(workspace)
    workspace.leads.move_lead(lead_id, Stage.DISQUALIFIED, reason="competitor")
    window = make_window(qtbot, workspace)
    view = show_lead(window, lead_id)
    rows = [
        [view.history.topLevelItem(r).text(c) for c in range(4)]
        for r in range(view.history.topLevelItemCount())
    ]
    assert rows[0][0] == "new → Lead"
    assert rows[-1][0] == "Lead → Disqualified"
    assert rows[-1][2] == "competitor" and rows[-1][3] == "tester"
    assert "stage_change" in view.timeline.kinds()


def test_score_breakdown_shows_an_empty_state_then_the_rules(qtbot, workspace) -> None:
    lead_id = add_lead(workspace)
    window = make_window(qtbot, workspace)
    workspace.scoring = SimpleNamespace(explain=lambda i: None)  # nothing to explain yet
    view = show_lead(window, lead_id)
    assert view.score_panel.empty.isVisibleTo(view.score_panel)
    item = SimpleNamespace
    workspace.scoring = SimpleNamespace(
        explain=lambda i: SimpleNamespace(
            fit=30,
            engagement=12,
            total=42,
            grade="B",
            items=[
                item(rule_name="Decision maker", part="fit", points=30),
                item(rule_name="Pricing page", part="engagement", points=15),
                item(rule_name="Unsubscribed", part="engagement", points=-3),
            ],
        )
    )
    view.show_lead(workspace.leads.lead(lead_id))
    assert "Total 42" in view.score_panel.summary.text()
    fit, engagement = (view.score_panel.rules.topLevelItem(i) for i in range(2))
    assert (fit.text(0), fit.text(1), fit.childCount()) == ("Fit", "+30", 1)
    assert (engagement.text(1), engagement.childCount()) == ("+12", 2)


def test_the_call_button_shows_for_sal_and_opens_the_form(qtbot, workspace, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(form, "open_qualification_form", lambda w, i: opened.append(i))
    window = make_window(qtbot, workspace)
    sal = add_lead(workspace, Stage.SAL)
    lead = add_lead(workspace)
    assert not show_lead(window, lead).call_button.isVisibleTo(window.detail_dock)
    view = show_lead(window, sal)
    assert view.call_button.isVisibleTo(window.detail_dock)
    view.call_button.click()
    assert opened == [sal]


def test_double_click_on_a_card_opens_the_lead_in_its_own_window(qtbot, workspace) -> None:
    lead_id = add_lead(workspace, first_name="Giulia")
    window = make_window(qtbot, workspace)
    window.show()
    qtbot.waitExposed(window)
    cards = window.board.columns[Stage.LEAD].list_view
    centre = cards.visualRect(cards.model().index(0)).center()
    qtbot.mouseDClick(cards.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    (view,) = [w for w in window.findChildren(LeadDetailView) if w.isWindow()]
    assert view.lead_id == lead_id and "Giulia" in view.windowTitle()
    assert open_lead_window(window, lead_id).isWindow()


def test_a_custom_date_is_validated_and_kept_as_a_date(qtbot, workspace) -> None:
    lead_id = add_lead(workspace, custom={"fecha_alta": "2026-03-01", "idioma": "es"})
    window = make_window(qtbot, workspace)
    view = show_lead(window, lead_id)
    table = view.fields.custom
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "fecha_alta")
    table.item(row, 1).setText("31/02/2026")  # no such day
    assert table.item(row, 1).background().color().name() == "#f8d7da"  # marked at once
    assert not view.save()
    assert "fecha_alta" in view.error.text() and "31/02/2026" in view.error.text()
    assert workspace.leads.lead(lead_id).custom["fecha_alta"] == "2026-03-01"
    table.item(row, 1).setText("15 marzo 2026")
    assert table.item(row, 1).background().style() == Qt.BrushStyle.NoBrush
    assert view.save()
    assert dict(workspace.leads.lead(lead_id).custom) == {
        "fecha_alta": "2026-03-15",
        "idioma": "es",
    }
    table.item(row, 1).setText("")  # a date may be cleared
    assert view.save()
    assert workspace.leads.lead(lead_id).custom["fecha_alta"] == ""
