"""The board: columns, drag and drop, refusals, undo, filter, aging, keys, archive."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from leaddesk.core.board.index import Aging
from leaddesk.core.leads import CardSort
from leaddesk.core.stages import Stage
from leaddesk.ui.board import board_view
from leaddesk.ui.board.board_view import BoardView
from leaddesk.ui.board.card_delegate import AMBER, RED, aging_colour
from leaddesk.ui.board.moves import ReasonDialog
from leaddesk.ui.board.stage_model import LEAD_IDS_MIME, AgingRole
from leaddesk.ui.qualification import form
from tests.ui.board_helpers import add_lead, make_window

MOVE = Qt.DropAction.MoveAction


def drop(board: BoardView, lead_ids: list[int], source: Stage, target: Stage) -> bool:
    """Drag from ``source`` (the model's own mime data) and drop on ``target``'s model."""
    source_model = board.columns[source].model
    indexes = [source_model.index(source_model.row_of(i)) for i in lead_ids]
    data = source_model.mimeData(indexes)
    assert data.hasFormat(LEAD_IDS_MIME)
    target_model = board.columns[target].model
    assert target_model.canDropMimeData(data, MOVE, -1, 0, QModelIndex())
    return target_model.dropMimeData(data, MOVE, -1, 0, QModelIndex())


def counts(board: BoardView) -> dict[Stage, str]:
    return {stage: column.count_label.text() for stage, column in board.columns.items()}


def test_the_board_replaces_the_plain_list_with_a_column_per_stage(qtbot, workspace) -> None:
    add_lead(workspace, first_name="Ana", budget="1500")
    add_lead(workspace, Stage.MQL, first_name="Bea", budget="250.50")
    window = make_window(qtbot, workspace)
    board = window.board
    assert isinstance(board, BoardView)
    assert list(board.columns) == list(Stage)
    assert board.columns[Stage.LEAD].count_label.text() == "1"
    assert "1500" in board.columns[Stage.LEAD].budget_label.text().replace(",", "")
    assert board.columns[Stage.MQL].list_view.uniformItemSizes()
    model = board.columns[Stage.MQL].model
    text = model.data(model.index(0), Qt.ItemDataRole.AccessibleTextRole)
    assert text.startswith("Bea") and "Score 0, grade D" in text


def test_dragging_a_card_moves_it_and_the_counts_follow(qtbot, workspace) -> None:
    lead_id = add_lead(workspace, first_name="Marco")
    window = make_window(qtbot, workspace)
    board = window.board
    assert drop(board, [lead_id], Stage.LEAD, Stage.MQL)
    assert workspace.leads.lead(lead_id).stage is Stage.MQL
    assert board.columns[Stage.MQL].model.ids == [lead_id]
    assert board.columns[Stage.LEAD].model.ids == []
    assert counts(board)[Stage.LEAD] == "0" and counts(board)[Stage.MQL] == "1"
    assert "Moved 1 lead to MQL" in window.statusBar().currentMessage()


def test_a_refused_move_leaves_everything_as_it_was(qtbot, workspace) -> None:
    lead_id = add_lead(workspace, first_name="Jana")
    window = make_window(qtbot, workspace)
    board = window.board
    before = (counts(board), workspace.leads.stage_history(lead_id))
    assert not drop(board, [lead_id], Stage.LEAD, Stage.CUSTOMER)
    assert workspace.leads.lead(lead_id).stage is Stage.LEAD
    assert board.columns[Stage.LEAD].model.ids == [lead_id]
    assert (counts(board), workspace.leads.stage_history(lead_id)) == before
    assert window.undo_stack.count() == 0
    assert "cannot move from Lead to Customer" in window.statusBar().currentMessage()


def test_undo_and_redo_restore_the_stage_and_the_history(qtbot, workspace) -> None:
    lead_id = add_lead(workspace)
    window = make_window(qtbot, workspace)
    board = window.board
    drop(board, [lead_id], Stage.LEAD, Stage.MQL)
    assert len(workspace.leads.stage_history(lead_id)) == 2
    window.actions["undo"].trigger()
    assert workspace.leads.lead(lead_id).stage is Stage.LEAD
    assert len(workspace.leads.stage_history(lead_id)) == 1
    assert board.columns[Stage.LEAD].model.ids == [lead_id]
    window.actions["redo"].trigger()
    assert workspace.leads.lead(lead_id).stage is Stage.MQL
    assert [c.to_stage for c in workspace.leads.stage_history(lead_id)] == [Stage.LEAD, Stage.MQL]
    assert board.columns[Stage.MQL].model.ids == [lead_id]


def test_dragging_several_cards_is_one_undo_step(qtbot, workspace) -> None:
    ids = [add_lead(workspace, first_name=n) for n in ("Ana", "Bea", "Cai")]
    window = make_window(qtbot, workspace)
    assert drop(window.board, ids[:2], Stage.LEAD, Stage.MQL)
    assert window.board.columns[Stage.MQL].count_label.text() == "2"
    window.undo_stack.undo()
    assert window.board.columns[Stage.LEAD].count_label.text() == "3"


def test_disqualifying_asks_for_a_reason_and_records_it(qtbot, workspace) -> None:
    lead_id = add_lead(workspace)
    window = make_window(qtbot, workspace)
    drop(window.board, [lead_id], Stage.LEAD, Stage.DISQUALIFIED)
    dialog = window.findChild(ReasonDialog)
    assert dialog is not None and not dialog.ok_button.isEnabled()
    dialog.reason_edit.setPlainText("a student writing a thesis")
    assert dialog.ok_button.isEnabled()
    dialog.accept()
    assert workspace.leads.lead(lead_id).stage is Stage.DISQUALIFIED
    assert workspace.leads.stage_history(lead_id)[-1].reason == "a student writing a thesis"


def test_a_drop_out_of_sal_opens_the_call_form_for_that_target(
    qtbot, workspace, monkeypatch
) -> None:
    calls = []
    monkeypatch.setattr(form, "open_qualification_form", lambda w, i, t: calls.append((w, i, t)))
    lead_id = add_lead(workspace, Stage.SAL)
    window = make_window(qtbot, workspace)
    drop(window.board, [lead_id], Stage.SAL, Stage.NURTURE)
    assert calls == [(window, lead_id, Stage.NURTURE)]
    assert workspace.leads.lead(lead_id).stage is Stage.SAL  # the form decides, not the drop


def test_the_filter_narrows_every_column_as_you_type(qtbot, workspace) -> None:
    add_lead(workspace, first_name="Marco", company="Forno San Marco")
    add_lead(workspace, Stage.MQL, first_name="Petr", company="Pekarna")
    keep = add_lead(workspace, Stage.MQL, first_name="Luca", email="luca@marmi.it")
    window = make_window(qtbot, workspace)
    board = window.board
    window.actions["find"].trigger()
    qtbot.keyClicks(board.filter_bar.text_edit, "marm")
    assert board.columns[Stage.MQL].model.ids == [keep]
    assert board.columns[Stage.LEAD].model.ids == []
    assert board.columns[Stage.MQL].count_label.text() == "1"
    assert board.current_filter().text == "marm"
    board.filter_bar.text_edit.clear()
    assert board.columns[Stage.MQL].count_label.text() == "2"


def test_quick_filters_and_mine_narrow_by_owner_and_grade(qtbot, workspace) -> None:
    mine = add_lead(workspace, first_name="Ana", owner="tester")
    add_lead(workspace, first_name="Bea", owner="eva")
    window = make_window(qtbot, workspace)
    bar = window.board.filter_bar
    bar.mine.setChecked(True)
    assert window.board.columns[Stage.LEAD].model.ids == [mine]
    assert window.board.current_filter().owner == "tester"
    bar.mine.setChecked(False)
    bar.owner.setCurrentIndex(bar.owner.findData("eva"))
    assert window.board.columns[Stage.LEAD].model.ids != [mine]
    bar.owner.setCurrentIndex(0)
    bar.grade.setCurrentIndex(bar.grade.findData("A"))
    assert window.board.columns[Stage.LEAD].model.ids == []


def test_an_old_card_turns_amber_then_red(qtbot, workspace, clock) -> None:
    lead_id = add_lead(workspace, Stage.MQL)
    window = make_window(qtbot, workspace)
    model = window.board.columns[Stage.MQL].model
    assert model.data(model.index(0), AgingRole) == Aging.FRESH
    clock.advance(days=8)  # past the MQL default of 7 days
    window.board.apply_changes(workspace.leads.edit_lead(lead_id, {"city": "Brno"}, None).changes)
    state = model.data(model.index(0), AgingRole)
    assert state == Aging.AMBER and aging_colour(state) == AMBER
    clock.advance(days=7)
    model.forget_cards()
    state = model.data(model.index(0), AgingRole)
    assert state == Aging.RED and aging_colour(state) == RED
    window.board.set_aging_limit(Stage.MQL, 30)
    assert model.data(model.index(0), AgingRole) == Aging.FRESH


def test_ctrl_right_moves_the_selected_lead_to_the_next_stage(qtbot, workspace) -> None:
    lead_id = add_lead(workspace)
    window = make_window(qtbot, workspace)
    column = window.board.columns[Stage.LEAD]
    column.select_lead(lead_id)
    qtbot.keyClick(column.list_view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert workspace.leads.lead(lead_id).stage is Stage.MQL
    assert window.board.selected_lead_ids() == [lead_id]
    mql = window.board.columns[Stage.MQL].list_view
    qtbot.keyClick(mql, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert workspace.leads.lead(lead_id).stage is Stage.LEAD


def test_delete_asks_then_archives_and_undo_brings_it_back(qtbot, workspace) -> None:
    lead_id = add_lead(workspace)
    window = make_window(qtbot, workspace)
    column = window.board.columns[Stage.LEAD]
    column.select_lead(lead_id)
    qtbot.keyClick(column.list_view, Qt.Key.Key_Delete)
    box = window.findChild(QMessageBox, "archiveQuestion")
    assert box is not None
    box.button(QMessageBox.StandardButton.No).click()
    assert not workspace.leads.lead(lead_id).archived
    qtbot.keyClick(column.list_view, Qt.Key.Key_Delete)
    box = [b for b in window.findChildren(QMessageBox, "archiveQuestion") if b.isVisible()][0]
    box.button(QMessageBox.StandardButton.Yes).click()
    assert workspace.leads.lead(lead_id).archived
    assert column.model.ids == []
    window.undo_stack.undo()
    assert not workspace.leads.lead(lead_id).archived
    assert column.model.ids == [lead_id]


def test_only_the_columns_a_change_touches_are_refreshed(qtbot, workspace) -> None:
    lead_id = add_lead(workspace)
    add_lead(workspace, Stage.NURTURE)
    window = make_window(qtbot, workspace)
    resets = {stage: 0 for stage in Stage}
    for stage, column in window.board.columns.items():
        column.model.modelReset.connect(lambda s=stage: resets.__setitem__(s, resets[s] + 1))
    drop(window.board, [lead_id], Stage.LEAD, Stage.MQL)
    assert {s for s, n in resets.items() if n} == {Stage.LEAD, Stage.MQL}


def test_sort_wip_limits_and_collapsed_columns_are_remembered(qtbot, workspace) -> None:
    add_lead(workspace, first_name="Zoe")
    add_lead(workspace, first_name="Al")
    window = make_window(qtbot, workspace)
    board = window.board
    board.set_sort(CardSort.NAME)
    board.set_wip_limit(Stage.LEAD, 1)
    board.columns[Stage.NURTURE].set_collapsed(True)
    assert board.columns[Stage.LEAD].wip_exceeded
    assert board.columns[Stage.LEAD].count_label.text() == "2 / 1"
    again_window = make_window(qtbot, workspace)
    again = again_window.board
    assert again.filter_bar.sort.currentData() == CardSort.NAME.value
    names = [again.columns[Stage.LEAD].model.card(r).name for r in range(2)]
    assert names == ["Al", "Zoe"]
    assert again.columns[Stage.LEAD].wip_exceeded
    assert again.columns[Stage.NURTURE].collapsed
    assert not again.columns[Stage.NURTURE].list_view.isVisibleTo(again)


def test_a_large_board_paints_from_the_database_then_filters_from_the_index(
    qtbot, workspace, monkeypatch
) -> None:
    monkeypatch.setattr(board_view, "SYNC_INDEX_LIMIT", 0)
    add_lead(workspace, first_name="Olga", budget="800")
    keep = add_lead(workspace, first_name="Ivan")
    window = make_window(qtbot, workspace)
    board = window.board
    assert board.columns[Stage.LEAD].count_label.text() == "2"  # before the index exists
    assert not board.index_ready
    assert drop(board, [keep], Stage.LEAD, Stage.MQL)  # a move while the index is built
    assert board.columns[Stage.MQL].model.ids == [keep]
    qtbot.waitUntil(lambda: board.index_ready, timeout=10_000)
    assert board.columns[Stage.MQL].model.ids == [keep]
    assert "800" in board.columns[Stage.LEAD].budget_label.text()
    board.filter_bar.text_edit.setText("ivan")
    assert board.columns[Stage.MQL].model.ids == [keep]
    assert board.columns[Stage.LEAD].model.ids == []


@pytest.mark.parametrize("key", [Qt.Key.Key_Return])
def test_enter_opens_the_lead_beside_the_board(qtbot, workspace, key) -> None:
    lead_id = add_lead(workspace, first_name="Tereza")
    window = make_window(qtbot, workspace)
    column = window.board.columns[Stage.LEAD]
    column.select_lead(lead_id)
    qtbot.keyClick(column.list_view, key)
    from leaddesk.ui.detail.view import LeadDetailView

    detail = window.detail_dock.widget()
    assert isinstance(detail, LeadDetailView) and detail.lead_id == lead_id


def test_left_and_right_step_between_columns_skipping_collapsed_ones(qtbot, workspace) -> None:
    lead_id = add_lead(workspace)
    sal = add_lead(workspace, Stage.SAL)
    window = make_window(qtbot, workspace)
    board = window.board
    board.columns[Stage.MQL].set_collapsed(True)
    board.columns[Stage.LEAD].select_lead(lead_id)
    qtbot.keyClick(board.columns[Stage.LEAD].list_view, Qt.Key.Key_Right)
    assert board.columns[Stage.SAL].list_view.currentIndex().row() == 0
    assert board.columns[Stage.SAL].model.ids == [sal]
    assert workspace.leads.lead(lead_id).stage is Stage.LEAD  # stepping never moves a lead


def test_a_change_from_elsewhere_refreshes_the_card(qtbot, workspace) -> None:
    lead_id = add_lead(workspace, company="Old name")
    window = make_window(qtbot, workspace)
    model = window.board.columns[Stage.LEAD].model
    assert model.card(0).company == "Old name"
    window.apply_changes(workspace.leads.edit_lead(lead_id, {"company": "New name"}, None).changes)
    assert model.card(0).company == "New name"


def test_a_drop_out_of_sal_opens_the_real_call_form_with_the_outcome_chosen(
    qtbot, workspace
) -> None:
    form_module = pytest.importorskip("leaddesk.ui.qualification.form")
    if workspace.qualification is None:
        pytest.skip("the qualification service is not wired")
    lead_id = add_lead(workspace, Stage.SAL)
    window = make_window(qtbot, workspace)
    drop(window.board, [lead_id], Stage.SAL, Stage.SQL)
    form = window.findChild(form_module.QualificationForm)
    assert form is not None and form.lead_id == lead_id
    assert workspace.leads.lead(lead_id).stage is Stage.SAL


def test_the_column_menu_offers_limits_and_collapse(qtbot, workspace) -> None:
    from PySide6.QtCore import QPoint

    from leaddesk.ui.board.column_menu import show_column_menu

    window = make_window(qtbot, workspace)
    menu = show_column_menu(window.board, Stage.SAL, QPoint(5, 5))
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Set WIP limit…", "Set aging limit…", "Collapse"]
    menu.actions()[2].trigger()
    assert window.board.columns[Stage.SAL].collapsed
    menu.close()


def test_a_card_someone_else_moved_meanwhile_is_refused_with_where_it_is_now(
    qtbot, workspace
) -> None:
    """The board still shows the lead in Lead; another user has moved it to MQL since."""
    lead_id = add_lead(workspace, first_name="Petra")
    window = make_window(qtbot, workspace)
    board = window.board
    workspace.leads.move_lead(lead_id, Stage.MQL)  # elsewhere: this window is not told
    assert board.columns[Stage.LEAD].model.ids == [lead_id]
    assert not drop(board, [lead_id], Stage.LEAD, Stage.SAL)
    assert workspace.leads.lead(lead_id).stage is Stage.MQL
    assert "moved meanwhile" in window.statusBar().currentMessage()
    assert "MQL" in window.statusBar().currentMessage()
    assert window.undo_stack.count() == 0
    assert board.columns[Stage.MQL].model.ids == [lead_id]  # the board caught up


def test_cards_are_painted_once_and_again_only_when_they_change(qtbot, workspace) -> None:
    lead_id = add_lead(workspace, company="Forno San Marco")
    window = make_window(qtbot, workspace)
    window.show()
    view = window.board.columns[Stage.LEAD].list_view
    delegate = view.itemDelegate()
    qtbot.waitUntil(lambda: len(delegate._pixmaps) == 1)
    before = view.viewport().grab().toImage()
    view.viewport().repaint()
    assert len(delegate._pixmaps) == 1  # painted again from the kept pixmap
    assert view.viewport().grab().toImage() == before
    lead = workspace.leads.lead(lead_id)
    window.apply_changes(
        workspace.leads.edit_lead(lead_id, {"company": "Hotel Mar"}, lead.version).changes
    )
    qtbot.waitUntil(lambda: len(delegate._pixmaps) == 2)  # the edited card, drawn anew
    assert view.viewport().grab().toImage() != before


def test_the_top_cards_are_fetched_ahead_so_typing_does_not_wait_for_them(
    qtbot, workspace, monkeypatch
) -> None:
    monkeypatch.setattr(board_view, "SYNC_INDEX_LIMIT", 0)
    monkeypatch.setattr(board_view, "PREFETCH_ROWS", 0)  # only the warming fetches here
    monkeypatch.setattr(board_view, "WARM_CARDS", 3)
    for n in range(6):
        add_lead(workspace, first_name=f"Marta {n}", company="Forno")
    window = make_window(qtbot, workspace)  # never shown: nothing is painted
    board = window.board
    model = board.columns[Stage.LEAD].model
    assert model._cards == {}
    qtbot.waitUntil(lambda: board.index_ready, timeout=10_000)
    top = list(model.ids[:3])
    qtbot.waitUntil(lambda: set(model._cards) == set(top), timeout=10_000)
    fetched: list[object] = []
    monkeypatch.setattr(workspace.leads, "cards", lambda wanted: fetched.append(wanted) or [])
    monkeypatch.setattr(board_view, "PREFETCH_ROWS", 3)
    board.filter_bar.text_edit.setText("marta")
    assert fetched == []  # the first screenful of the filter was there already


def test_cards_fetched_ahead_are_dropped_when_a_change_came_meanwhile(qtbot, workspace) -> None:
    lead_id = add_lead(workspace, first_name="Ana", company="Forno")
    window = make_window(qtbot, workspace)
    board = window.board
    model = board.columns[Stage.LEAD].model
    stale = workspace.leads.cards([lead_id])
    seen = board._changes_seen
    lead = workspace.leads.lead(lead_id)
    window.apply_changes(
        workspace.leads.edit_lead(lead_id, {"company": "Hotel Mar"}, lead.version).changes
    )
    model._cards.clear()
    board._cards_warmed(stale, seen)  # the fetch that started before the edit ends now
    assert lead_id not in model._cards
    assert model.card(0).company == "Hotel Mar"


def test_an_undo_refused_because_someone_moved_the_lead_says_so(
    qtbot, workspace, monkeypatch
) -> None:
    """Ctrl+Z after another user moved the lead on: a message, the lead left where it is."""
    lead_id = add_lead(workspace, Stage.MQL)
    window = make_window(qtbot, workspace)
    column = window.board.columns[Stage.MQL]
    column.select_lead(lead_id)
    qtbot.keyClick(column.list_view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert workspace.leads.lead(lead_id).stage is Stage.SAL
    workspace.leads.move_lead(lead_id, Stage.SQL, override=True, reason="elsewhere")
    said: list[str] = []
    monkeypatch.setattr(
        "leaddesk.ui.commands.show_error", lambda _parent, err, *_: said.append(str(err))
    )
    window.undo_stack.undo()  # no exception escapes into Qt
    assert said and "SQL" in said[0]
    assert workspace.leads.lead(lead_id).stage is Stage.SQL
    assert not window.undo_stack.canUndo()  # the refused step left the stack
