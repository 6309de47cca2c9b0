"""The board answers what the user does: a click fills the side panel, a new lead is shown,
the status bar counts what the filter shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from leaddesk.core.stages import Stage
from leaddesk.ui.detail.view import LeadDetailView
from leaddesk.ui.dialogs import NewLeadDialog
from leaddesk.ui.main_window import MainWindow
from tests.ui.board_helpers import add_lead, shown_window


def click_card(
    qtbot: Any, window: MainWindow, lead_id: int, keys: Any = Qt.KeyboardModifier.NoModifier
) -> None:
    stage = window.board.displayed_stage(lead_id)
    column = window.board.columns[stage]
    index = column.model.index(column.model.row_of(lead_id))
    view = column.list_view
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, keys, view.visualRect(index).center()
    )


def test_clicking_a_card_fills_the_side_panel(qtbot, workspace) -> None:
    add_lead(workspace, first_name="Ana")
    bea = add_lead(workspace, Stage.MQL, first_name="Bea")
    window = shown_window(qtbot, workspace)
    click_card(qtbot, window, bea)
    detail = window.detail_dock.widget()
    assert isinstance(detail, LeadDetailView) and detail.lead_id == bea
    assert window.selected_lead_ids() == [bea]


def test_ctrl_click_extends_the_selection_without_changing_the_panel(qtbot, workspace) -> None:
    ana = add_lead(workspace, first_name="Ana")
    bea = add_lead(workspace, first_name="Bea")
    window = shown_window(qtbot, workspace)
    click_card(qtbot, window, ana)
    click_card(qtbot, window, bea, Qt.KeyboardModifier.ControlModifier)
    assert sorted(window.selected_lead_ids()) == sorted([ana, bea])
    assert window.detail_dock.widget().lead_id == ana


def test_a_new_lead_is_shown_selected_and_in_the_panel(qtbot, workspace) -> None:
    add_lead(workspace, first_name="Ana", company="Hotel Praha")
    window = shown_window(qtbot, workspace)
    window.board.filter_bar.text_edit.setText("Praha")  # a filter the new lead does not match
    window.actions["new_lead"].trigger()
    dialog = window.findChild(NewLeadDialog)
    dialog.edits["first_name"].setText("Zdeněk")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    lead = next(x for x in workspace.leads.repo.iter_leads() if x.first_name == "Zdeněk")
    assert window.board.displayed_stage(lead.id) is Stage.LEAD
    assert window.selected_lead_ids() == [lead.id]
    detail = window.detail_dock.widget()
    assert isinstance(detail, LeadDetailView) and detail.lead_id == lead.id


def test_the_count_says_what_the_filter_shows_of_all_leads(qtbot, workspace) -> None:
    for name in ("Ana", "Bea", "Carla"):
        add_lead(workspace, first_name=name, company="Forno" if name != "Ana" else "Hotel")
    window = shown_window(qtbot, workspace)
    assert window.count_label.text() == "3 leads"
    window.board.filter_bar.text_edit.setText("Forno")
    qtbot.waitUntil(lambda: window.count_label.text() == "2 of 3 leads")
    window.board.filter_bar.text_edit.setText("Hotel")
    qtbot.waitUntil(lambda: window.count_label.text() == "1 of 3 leads")
    window.board.filter_bar.text_edit.clear()
    qtbot.waitUntil(lambda: window.count_label.text() == "3 leads")


def test_a_new_lead_is_shown_on_a_board_still_building_its_index(
    qtbot, workspace, monkeypatch
) -> None:
    from leaddesk.ui.board import board_view

    monkeypatch.setattr(board_view, "SYNC_INDEX_LIMIT", 0)  # as with 20,000+ leads
    monkeypatch.setattr(board_view, "INDEX_DELAY_MS", 60_000)
    add_lead(workspace, first_name="Ana", company="Hotel Praha")
    window = shown_window(qtbot, workspace)
    window.board.filter_bar.text_edit.setText("Praha")
    assert window.board.index is None
    window.actions["new_lead"].trigger()
    dialog = window.findChild(NewLeadDialog)
    dialog.edits["first_name"].setText("Zdeněk")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    lead = next(x for x in workspace.leads.repo.iter_leads() if x.first_name == "Zdeněk")
    assert window.selected_lead_ids() == [lead.id]
    assert window.detail_dock.widget().lead_id == lead.id
