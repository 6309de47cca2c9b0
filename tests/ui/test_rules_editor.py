"""The scoring-rules editor, driven through its real widgets and model."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox

from leaddesk.core.leads import InteractionKind
from leaddesk.core.scoring.engine import Activity, Rule, RulePart, RuleSet
from leaddesk.core.scoring.match import Operator
from leaddesk.core.stages import Stage
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.scoring.editor import RulesEditor
from leaddesk.ui.scoring.model import CAP, MATCHED, NAME, POINTS, RATE, TARGET, VALUE
from leaddesk.ui.scoring.suggest_dialog import rule_key

RULES = RuleSet(
    rules=(
        Rule("Owner", RulePart.FIT, 30, field="job_title", operator=Operator.EQUALS, value="Owner"),
        Rule(
            "Big",
            RulePart.FIT,
            10,
            field="company_size",
            operator=Operator.GREATER_THAN,
            value="100",
        ),
        Rule("Visits", RulePart.ENGAGEMENT, 5, activity=Activity.VISIT, cap=20),
    ),
    mql_threshold=50,
    margin=5,
)


@pytest.fixture(autouse=True)
def _rules(workspace, tmp_path) -> None:
    workspace.scoring.save_rules(RULES)  # before any lead is scored
    workspace.backups.set_folder(tmp_path / "backups")


def open_editor(qtbot, workspace) -> tuple[MainWindow, RulesEditor]:
    window = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(window)
    window.actions["scoring_rules"].trigger()
    editor = window.findChild(RulesEditor)
    assert editor is not None
    qtbot.waitUntil(lambda: editor.last_preview is not None, timeout=10_000)
    return window, editor


def settle(qtbot, editor: RulesEditor) -> None:
    """Wait for the preview of the latest edit."""
    editor.last_preview = None
    qtbot.waitUntil(lambda: editor.last_preview is not None, timeout=10_000)


def set_cell(editor: RulesEditor, row: int, column: int, text: str) -> None:
    assert editor.model.setData(editor.model.index(row, column), text, Qt.ItemDataRole.EditRole)


def make(workspace, title: str, size: int = 10, **fields):
    data = {"first_name": title, "email": f"{title.lower()}{size}@firma.cz", "job_title": title}
    return workspace.leads.create_lead({**data, "company_size": size, **fields}).value


def test_editor_shows_the_saved_rules_and_thresholds(qtbot, workspace) -> None:
    _, editor = open_editor(qtbot, workspace)
    model = editor.model
    assert model.rowCount() == 3
    assert model.index(0, NAME).data() == "Owner"
    assert model.index(0, TARGET).data() == "Job title"
    assert model.index(2, TARGET).data() == "any visit"
    assert model.index(2, CAP).data() == "20"
    assert editor.threshold.value() == 50 and editor.margin.value() == 5
    assert not editor.save_button.isEnabled()  # nothing changed yet


def test_a_non_number_is_an_inline_error_and_blocks_save(qtbot, workspace) -> None:
    _, editor = open_editor(qtbot, workspace)
    set_cell(editor, 1, POINTS, "lots")
    assert not editor.save_button.isEnabled()
    assert "Rule 2, Points" in editor.error_label.text() and "lots" in editor.error_label.text()
    cell = editor.model.index(1, POINTS)
    assert "not a number" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    set_cell(editor, 1, POINTS, "12")
    assert editor.error_label.text() == ""
    assert editor.save_button.isEnabled()


def test_an_unknown_field_and_a_word_where_a_number_is_needed(qtbot, workspace) -> None:
    _, editor = open_editor(qtbot, workspace)
    set_cell(editor, 0, TARGET, "custom.shoe_size")
    assert "unknown field" in editor.error_label.text()
    set_cell(editor, 0, TARGET, "Job title")  # the label is understood as well as the name
    set_cell(editor, 1, VALUE, "hundred")
    assert "Rule 2, Value" in editor.error_label.text()
    assert not editor.save_button.isEnabled()
    set_cell(editor, 1, VALUE, "200")
    assert editor.save_button.isEnabled()


def test_grade_boundaries_out_of_order_block_save(qtbot, workspace) -> None:
    _, editor = open_editor(qtbot, workspace)
    editor.grade_spins["C"].setValue(99)
    assert "Grade boundaries" in editor.error_label.text()
    assert not editor.save_button.isEnabled()


def test_add_duplicate_delete_and_reorder(qtbot, workspace) -> None:
    _, editor = open_editor(qtbot, workspace)
    model = editor.model
    editor.table.selectRow(0)
    editor.duplicate_rule()
    assert [model.index(r, NAME).data() for r in range(4)] == [
        "Owner",
        "Owner (copy)",
        "Big",
        "Visits",
    ]
    editor.move_rule(1)
    assert model.index(2, NAME).data() == "Owner (copy)"
    editor.delete_rule()
    assert model.rowCount() == 3 and "Owner (copy)" not in [
        model.index(r, NAME).data() for r in range(3)
    ]
    editor.add_rule(RulePart.ENGAGEMENT)
    assert model.rowCount() == 4
    rules = editor.edited_rules()
    assert rules is not None and rules.rules[-1].activity is Activity.VISIT


def test_preview_counts_the_leads_a_change_moves(qtbot, workspace) -> None:
    owner = make(workspace, "Owner", 500)  # 40
    make(workspace, "Owner", 5)  # 30
    make(workspace, "Clerk", 5)  # 0
    assert workspace.leads.lead(owner.id).score == 40
    _, editor = open_editor(qtbot, workspace)
    assert "3 leads, scored under these rules" in editor.preview_label.text()
    editor.threshold.setValue(25)
    settle(qtbot, editor)
    assert editor.last_preview.into_mql == 2
    assert "2 move into MQL, 0 out" in editor.preview_label.text()
    set_cell(editor, 0, POINTS, "50")
    settle(qtbot, editor)
    assert editor.last_preview.rescored == 2
    assert "rescores 2 of 3 leads" in editor.preview_label.text()


def test_save_rescores_the_board_and_undo_restores(qtbot, workspace) -> None:
    owner = make(workspace, "Owner", 500)
    window, editor = open_editor(qtbot, workspace)
    seen = []
    window.changes_applied.connect(seen.append)
    set_cell(editor, 0, POINTS, "45")
    editor.save()
    command = editor.last_command
    qtbot.waitUntil(lambda: command.rescores == 1, timeout=10_000)
    scoring = workspace.scoring
    assert scoring.rules().rules[0].points == 45
    lead = workspace.leads.lead(owner.id)
    assert (lead.score, lead.stage) == (55, Stage.MQL)
    assert any(owner.id in c.leads for c in seen)
    assert window.undo_stack.canUndo()
    backups = workspace.backups
    if backups.supports_backups:  # the state before the rescore was kept
        assert [b.reason for b in backups.list_backups()] == ["rules"]

    window.undo_stack.undo()
    qtbot.waitUntil(lambda: command.rescores == 2, timeout=10_000)
    assert scoring.rules() == RULES
    assert workspace.leads.lead(owner.id).score == 40
    assert editor.model.index(0, POINTS).data() == "30"  # the editor follows the undo


def test_evidence_columns_and_backtest_from_outcomes(qtbot, workspace) -> None:
    for n in range(6):
        won = make(workspace, "Owner", 10 + n)
        workspace.leads.move_lead(won.id, Stage.SQL, override=True, reason="signed up")
        lost = make(workspace, "Clerk", 10 + n)
        workspace.leads.move_lead(lost.id, Stage.DISQUALIFIED, reason="no budget")
    _, editor = open_editor(qtbot, workspace)
    assert editor.model.index(0, MATCHED).data() == "6"
    assert editor.model.index(0, RATE).data() == "100%"
    assert editor.last_backtest.auc == 1.0
    assert "ROC AUC 1.00 over 12 decided leads" in editor.auc_label.text()
    # Decile 1 = the lowest scores, as in Reports; tied scores share a decile.
    rows = [
        [editor.deciles.item(r, c).text() for c in (0, 3)] for r in range(editor.deciles.rowCount())
    ]
    assert rows == [["D1", "0%"], ["D6", "100%"]]


def decided_leads(workspace) -> list[tuple[object, bool]]:
    """80 decided leads; returns each with whether it converted."""
    made = []
    for n in range(40):
        origin = {"origin": "Referral" if n % 2 else "List"}
        owner = make(workspace, "Owner", 20, custom=origin)
        if n < 30:
            workspace.leads.move_lead(owner.id, Stage.SQL, override=True, reason="signed up")
        else:
            workspace.leads.move_lead(owner.id, Stage.DISQUALIFIED, reason="no budget")
        student = make(workspace, "Student", 20, custom=origin)
        if n < 8:
            workspace.leads.move_lead(student.id, Stage.SQL, override=True, reason="signed up")
        else:
            workspace.leads.move_lead(student.id, Stage.DISQUALIFIED, reason="student")
        made += [(owner, n < 30), (student, n < 8)]
    return made


def open_suggestion(qtbot, editor):
    assert editor.buttons["suggest"].isEnabled()
    editor.buttons["suggest"].click()
    dialog = editor.suggest_dialog
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=15_000)
    return dialog


def table_rows(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_suggest_proposes_beside_the_current_rules_and_applies(qtbot, workspace) -> None:
    decided_leads(workspace)
    _, editor = open_editor(qtbot, workspace)
    before = editor.edited_rules()
    dialog = open_suggestion(qtbot, editor)
    # Side by side: Owner's points changed, the rules it does not keep removed.
    rows = table_rows(dialog.compare)
    assert [r[:2] + [r[3]] for r in rows if r[3] != "Removed"] == [
        ["Job title is Owner", "30", "Changed"]
    ]
    assert [r[0] for r in rows if r[3] == "Removed"] == ["Big", "Visits"]
    # Each rule's leads, their conversion and its lift over all decided leads (47.5 %).
    assert rows[0][4:] == ["40", "75%", "1.58"]
    # Judged on the leads it did not learn from, with a band; too few leads: a warning.
    assert "On the other 24, which it did not learn from" in dialog.summary.text()
    assert "current rules 0.83 (0.70–0.94), suggested rules 0.83 (" in dialog.summary.text()
    assert dialog.warning.isVisibleTo(dialog) and "too few" in dialog.warning.text()
    # The threshold trade-off, the suggested one marked.
    thresholds = table_rows(dialog.thresholds)
    assert any("(suggested)" in r[0] for r in thresholds)
    assert all(r[1].endswith("%") and r[2].endswith("%") for r in thresholds)
    # Nothing changed in the editor until Apply.
    assert editor.edited_rules() == before
    dialog.apply_button.click()
    rules = editor.edited_rules()
    by_value = {(r.field, r.value): r.points for r in rules.rules if r.part is RulePart.FIT}
    assert len(by_value) == 1  # Owner and Student are one fact (a pair)
    assert by_value.get(("job_title", "Owner"), 1) > 0
    assert by_value.get(("job_title", "Student"), -1) < 0
    assert "ROC AUC" in editor.suggest_label.text()
    assert editor.save_button.isEnabled()


def test_suggest_cancel_keeps_the_rules_and_fields_can_be_left_out(qtbot, workspace) -> None:
    decided_leads(workspace)
    _, editor = open_editor(qtbot, workspace)
    before = editor.edited_rules()
    dialog = open_suggestion(qtbot, editor)
    fields = {
        dialog.fields.item(r).data(Qt.ItemDataRole.UserRole): dialog.fields.item(r)
        for r in range(dialog.fields.count())
    }
    fields["job_title"].setCheckState(Qt.CheckState.Unchecked)
    dialog.learn_button.click()
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=15_000)
    assert "job_title" not in {r.field for r in dialog.result.rules.rules}
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert editor.edited_rules() == before
    assert editor.suggest_label.text() == ""


def test_reset_to_default_fills_the_shipped_rules(qtbot, workspace) -> None:
    _, editor = open_editor(qtbot, workspace)
    editor.buttons["reset"].click()
    assert editor.model.rowCount() > 20
    assert editor.edited_rules() is not None


def test_the_window_rescores_in_the_background_once_decay_is_due(qtbot, workspace, clock) -> None:
    from leaddesk.ui.scoring.commands import schedule_decay_rescore

    lead = make(workspace, "Clerk", 5)
    workspace.leads.log_interaction(lead.id, InteractionKind.VISIT)
    assert workspace.leads.lead(lead.id).score == 5
    workspace.scoring.save_rules(
        RuleSet(
            rules=(
                Rule("Visits", RulePart.ENGAGEMENT, 5, activity=Activity.VISIT, half_life_days=1),
            )
        )
    )
    clock.advance(days=2)
    window = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(window)
    seen = []
    window.changes_applied.connect(seen.append)
    schedule_decay_rescore(window, first_ms=0)
    qtbot.waitUntil(lambda: any(lead.id in c.leads for c in seen), timeout=10_000)
    assert workspace.leads.lead(lead.id).score == 1  # 5 points after two half-lives
    assert window.findChild(QTimer, "decayRescoreTimer") is not None


def test_typing_in_a_cell_is_checked_before_leaving_it(qtbot, workspace) -> None:
    from PySide6.QtWidgets import QLineEdit

    _, editor = open_editor(qtbot, workspace)
    index = editor.model.index(2, CAP)
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    line = editor.table.findChild(QLineEdit)
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, "ten")
    assert "Rule 3, Cap" in editor.error_label.text()
    assert not editor.save_button.isEnabled()
    line.selectAll()
    qtbot.keyClicks(line, "10")
    assert editor.error_label.text() == "" and editor.save_button.isEnabled()


def test_the_daily_rescore_is_one_timer_that_stops_with_the_window(qtbot, workspace) -> None:
    from leaddesk.ui.scoring.commands import schedule_decay_rescore

    window = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(window)
    first = schedule_decay_rescore(window, first_ms=60_000)
    again = schedule_decay_rescore(window, first_ms=60_000)  # another database opened
    assert again is first and len(window.findChildren(QTimer, "decayRescoreTimer")) == 1
    window.show()
    window.close()
    assert not first.isActive()  # a closed window's database is not rescored later


def test_a_field_filled_after_the_outcome_is_shown_flagged_and_left_out(
    qtbot, workspace, clock
) -> None:
    """Sales wrote 'Reason' on most leads after deciding them: the field list says so,
    unticked; ticking it keeps it in the next learning."""
    made = decided_leads(workspace)
    clock.advance(days=1)
    for n, (lead, won) in enumerate(made):
        reason = "Fit" if won != (n % 7 == 0) else "Price"
        custom = {**lead.custom, "Reason": reason}
        workspace.leads.edit_lead(lead.id, {"custom": custom}, None)
    _, editor = open_editor(qtbot, workspace)
    dialog = open_suggestion(qtbot, editor)
    items = {
        dialog.fields.item(r).data(Qt.ItemDataRole.UserRole): dialog.fields.item(r)
        for r in range(dialog.fields.count())
    }
    reason = items["custom.Reason"]
    assert reason.text() == "Reason — looks like an outcome"
    assert reason.checkState() == Qt.CheckState.Unchecked
    assert reason.toolTip().startswith("filled after the outcome: on 100% of the decided leads")
    assert dialog.flag_notes.isVisibleTo(dialog)
    assert "Reason: filled after the outcome" in dialog.flag_notes.text()
    assert items["custom.origin"].checkState() == Qt.CheckState.Checked
    assert "custom.Reason" not in {r.field for r in dialog.result.rules.rules}

    reason.setCheckState(Qt.CheckState.Checked)
    dialog.learn_button.click()
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=15_000)
    assert reason.checkState() == Qt.CheckState.Checked  # kept, still flagged
    assert reason.text() == "Reason — looks like an outcome"
    assert "custom.Reason" in {r.field for r in dialog.result.rules.rules}
    # learnt again: the current rules' evidence (kept from the first time) is still shown
    assert all(dialog.evidence.get(rule_key(r)) is not None for r in dialog.current.rules)
    assert all(dialog.evidence.get(rule_key(r)) is not None for r in dialog.result.rules.rules)
