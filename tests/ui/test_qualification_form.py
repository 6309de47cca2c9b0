"""The qualification-call form, driven with the keyboard like a rep who makes twenty calls a day."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from leaddesk.core.changes import Changes
from leaddesk.core.leads import InteractionKind, Offer
from leaddesk.core.qualification.outcomes import Outcome
from leaddesk.core.stages import Stage
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.qualification.form import QualificationForm, open_qualification_form


@pytest.fixture
def workspace(sqlite_url, clock):
    """The form's behaviour does not depend on the backend (the service tests run on both):
    SQLite only, to keep the suite fast."""
    from leaddesk.app import build_workspace
    from leaddesk.storage.db import open_database

    ws = build_workspace(open_database(sqlite_url), actor="tester")
    ws.leads.clock = clock
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot, workspace) -> MainWindow:
    window = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QApplication.setKeyboardInputInterval(30)
    return window


def sal_lead(ws, **fields) -> int:
    base = {
        "first_name": "Marco",
        "last_name": "Ferrari",
        "email": "marco@studio-aurora.it",
        "phone": "+39 055 123 4567",
        "company": "Studio Dentistico Aurora",
        "job_title": "Office Manager",
    }
    lead = ws.leads.create_lead({**base, **fields}).value
    ws.leads.move_lead(lead.id, Stage.MQL)
    ws.leads.move_lead(lead.id, Stage.SAL)
    return lead.id


def open_form(qtbot, window, lead_id, target=None) -> QualificationForm:
    form = open_qualification_form(window, lead_id, target)
    assert form is not None
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    return form


def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is, as a rep would type it."""
    QTest.keyClick(QApplication.focusWidget(), key, modifier)


def alt(letter: str) -> None:
    press(getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)


def pick_outcome(qtbot, form, number: int) -> None:
    """Alt+1/2/3 picks an outcome (a mnemonic click lands after a short animation)."""
    alt(str(number))
    expected = list(Outcome)[number - 1]
    radio = form.outcome_panel.radios[expected]
    qtbot.waitUntil(lambda: radio.isChecked() and not radio.isDown())


def choose(letter: str, times: int = 1) -> None:
    """In a focused combo, type the answer's first letter (again to reach the next one)."""
    for _ in range(times):
        press(getattr(Qt.Key, f"Key_{letter.upper()}"))
        # A person types slower than the combo's type-ahead interval; a test must wait it out.
        QTest.qWait(QApplication.keyboardInputInterval() + 10)


def answer_ready_by_keyboard(qtbot) -> None:
    alt("n")
    choose("y")  # need: Yes
    press(Qt.Key.Key_Tab)
    choose("h")  # urgency: High
    press(Qt.Key.Key_Tab)
    QTest.keyClicks(QApplication.focusWidget(), "Quotes take a week")
    alt("y")
    choose("y")  # money this period: Yes
    alt("d")
    choose("y")  # decision maker: Yes
    alt("t")
    press(Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
    press(Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)  # timing: Within 3 months


def save_by_keyboard(form) -> None:
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def interactions(ws, lead_id):
    return ws.leads.interactions(lead_id)


def test_the_form_shows_who_is_called_and_their_history(qtbot, window, workspace) -> None:
    lead_id = sal_lead(workspace)
    workspace.leads.log_interaction(
        lead_id, InteractionKind.FORM_CONVERSION, "Demo form", offer=Offer.DEMO_REQUEST
    )
    form = open_form(qtbot, window, lead_id)
    assert "Marco Ferrari" in form.header.name.text()
    assert form.header.role.text() == "Office Manager · Studio Dentistico Aurora"
    assert form.header.phone.text() == "+39 055 123 4567"
    form.header.copy_phone.click()
    assert QApplication.clipboard().text() == "+39 055 123 4567"
    assert "Form conversion: Demo form" in form.header.recent.text()
    # prefilled from the demo request
    assert form.answer_panel.inputs["asked_for"].text() == "Demo request"
    assert form.answer_panel.inputs["interest"].currentData() == "high"
    assert form.outcome_panel.content.currentData() == "demo_request"


def test_the_score_shows_its_top_reasons_when_scoring_is_installed(
    qtbot, window, workspace, monkeypatch
) -> None:
    class Item:
        def __init__(self, rule_name, points):
            self.rule_name, self.points = rule_name, points

    class Explanation:
        items = [Item("Visited pricing", 5), Item("Demo request", 30), Item("Free mail", -10)]

    monkeypatch.setattr(workspace.scoring, "explain", lambda lead_id: Explanation())
    form = open_form(qtbot, window, sal_lead(workspace))
    assert "Demo request +30, Free mail -10, Visited pricing +5" in form.header.score.text()


def test_keyboard_answers_change_the_proposal_live(qtbot, window, workspace) -> None:
    form = open_form(qtbot, window, sal_lead(workspace))
    panel = form.outcome_panel
    assert panel.outcome() is Outcome.NURTURE
    assert "need not confirmed" in panel.proposal_label.text()
    answer_ready_by_keyboard(qtbot)
    assert form.answer_panel.inputs["problem"].text() == "Quotes take a week"
    assert panel.outcome() is Outcome.READY
    assert (
        "need and budget confirmed, talking to the decision maker, decides within 3 months "
        "→ ready" in panel.proposal_label.text()
    )
    alt("n")
    choose("n")  # need: No — with money available, still only nurturing
    assert panel.outcome() is Outcome.NURTURE
    alt("i")
    choose("n")  # interest: None → suspect
    assert panel.outcome() is Outcome.SUSPECT
    assert "no interest in our solution" in panel.proposal_label.text()


@pytest.mark.parametrize(
    ("outcome", "stage", "extra_kind"),
    [
        (Outcome.READY, Stage.SQL, InteractionKind.MEETING),
        (Outcome.NURTURE, Stage.NURTURE, None),
        (Outcome.SUSPECT, Stage.DISQUALIFIED, None),
    ],
)
def test_saving_each_outcome_moves_the_lead_with_the_call_in_its_timeline(
    qtbot, window, workspace, outcome, stage, extra_kind
) -> None:
    lead_id = sal_lead(workspace)
    form = open_form(qtbot, window, lead_id)
    if outcome is Outcome.READY:
        answer_ready_by_keyboard(qtbot)
    elif outcome is Outcome.NURTURE:
        alt("n")
        choose("y")
        alt("t")
        choose("w", 4)  # timing: Within a year
        alt("l")
        choose("w")  # helpful content: Webinar
    else:
        alt("n")
        choose("n")  # need: No
        alt("y")
        choose("n")  # money this period: No
        alt("r")
        choose("s")  # reason: Student or researcher
    assert form.outcome_panel.outcome() is outcome
    with qtbot.waitSignal(window.changes_applied):
        save_by_keyboard(form)
    assert form.recorded is not None, form.message.text()
    assert workspace.leads.lead(lead_id).stage is stage
    timeline = interactions(workspace, lead_id)
    calls = [i for i in timeline if i.kind is InteractionKind.CALL]
    assert len(calls) == 1 and calls[0].data["outcome"] == outcome.value
    assert calls[0].detail.startswith(f"Qualification call — {outcome.label}")
    assert (extra_kind in {i.kind for i in timeline}) if extra_kind else len(timeline) == 1
    last = workspace.leads.stage_history(lead_id)[-1]
    assert last.interaction_id == calls[0].id
    if outcome is Outcome.NURTURE:
        assert calls[0].data["follow_up_offer"] == "webinar"
    if outcome is Outcome.SUSPECT:
        assert calls[0].data["disqualify_reason"] == "student_researcher"
    assert workspace.qualification.load_draft(lead_id) is None


def test_undo_restores_the_stage_and_removes_the_call(qtbot, window, workspace) -> None:
    lead_id = sal_lead(workspace, budget="1000")
    open_form(qtbot, window, lead_id)
    answer_ready_by_keyboard(qtbot)
    alt("m")
    QApplication.focusWidget().selectAll()
    QTest.keyClicks(QApplication.focusWidget(), "40000")
    save_by_keyboard(None)
    assert workspace.leads.lead(lead_id).budget == Decimal(40000)
    window.undo_stack.undo()
    lead = workspace.leads.lead(lead_id)
    assert lead.stage is Stage.SAL
    assert lead.budget == Decimal(1000)
    assert "decision_maker" not in lead.custom
    assert interactions(workspace, lead_id) == []
    window.undo_stack.redo()
    assert workspace.leads.lead(lead_id).stage is Stage.SQL


def test_choosing_against_the_proposal_asks_for_a_one_line_reason(qtbot, window, workspace) -> None:
    lead_id = sal_lead(workspace)
    form = open_form(qtbot, window, lead_id)
    answer_ready_by_keyboard(qtbot)
    assert not form.outcome_panel.choice_reason.isVisibleTo(form)
    pick_outcome(qtbot, form, 3)  # suspect, although the answers say ready
    assert form.outcome_panel.outcome() is Outcome.SUSPECT
    assert form.outcome_panel.choice_reason.isVisibleTo(form)
    save_by_keyboard(form)
    assert "say in one line why" in form.message.text()
    assert workspace.leads.lead(lead_id).stage is Stage.SAL
    alt("h")
    QTest.keyClicks(QApplication.focusWidget(), "works for a competitor")
    alt("r")
    choose("c")  # reason: Competitor
    save_by_keyboard(form)
    assert workspace.leads.lead(lead_id).stage is Stage.DISQUALIFIED
    last = workspace.leads.stage_history(lead_id)[-1]
    assert "against the proposal (ready for a demo / sales call): works for a competitor" in (
        last.reason
    )


def test_the_draft_survives_closing_and_reopening(qtbot, window, workspace) -> None:
    lead_id = sal_lead(workspace)
    form = open_form(qtbot, window, lead_id)
    alt("n")
    choose("y")
    alt("p")
    QTest.keyClicks(QApplication.focusWidget(), "Paper schedules")
    pick_outcome(qtbot, form, 2)  # nurture chosen by hand
    press(Qt.Key.Key_Escape)
    box = form.close_box
    assert box is not None and box.isVisible()
    form.keep_button.click()
    assert not form.isVisible()
    service = workspace.qualification
    assert service.load_draft(lead_id)["inputs"]["problem"] == "Paper schedules"

    again = open_form(qtbot, window, lead_id)
    assert again is not form
    assert again.answer_panel.inputs["need"].currentData() == "yes"
    assert again.answer_panel.inputs["problem"].text() == "Paper schedules"
    assert again.outcome_panel.outcome() is Outcome.NURTURE and again.outcome_panel.touched
    assert again.restored.isVisibleTo(again)
    press(Qt.Key.Key_Escape)  # restored answers are still unsaved: it asks again
    again.discard_button.click()
    assert service.load_draft(lead_id) is None


def test_answers_are_drafted_while_typing_so_a_crash_loses_nothing(
    qtbot, window, workspace
) -> None:
    lead_id = sal_lead(workspace)
    form = open_form(qtbot, window, lead_id)
    alt("w")
    QTest.keyClicks(QApplication.focusWidget(), "Elena from finance")
    service = workspace.qualification
    qtbot.waitUntil(lambda: service.load_draft(lead_id) is not None)
    form.hide()  # the window vanishes without any closing question, as in a crash
    form.deleteLater()
    qtbot.wait(10)
    again = open_form(qtbot, window, lead_id)
    assert again.answer_panel.inputs["other_deciders"].text() == "Elena from finance"


def test_cancel_in_the_close_question_keeps_the_form_open(qtbot, window, workspace) -> None:
    form = open_form(qtbot, window, sal_lead(workspace))
    alt("n")
    choose("y")
    form.reject()
    form.close_box.reject()
    assert form.isVisible()


def test_closing_without_answers_asks_nothing(qtbot, window, workspace) -> None:
    form = open_form(qtbot, window, sal_lead(workspace))
    press(Qt.Key.Key_Escape)
    assert form.close_box is None and not form.isVisible()


def test_a_refused_save_keeps_the_answers_as_a_draft(qtbot, window, workspace) -> None:
    lead_id = sal_lead(workspace)
    form = open_form(qtbot, window, lead_id)
    answer_ready_by_keyboard(qtbot)
    alt("m")
    QApplication.focusWidget().selectAll()
    QTest.keyClicks(QApplication.focusWidget(), "lots")
    save_by_keyboard(form)
    assert "Budget amount" in form.message.text()
    assert form.isVisible()
    draft = workspace.qualification.load_draft(lead_id)
    assert draft["inputs"]["budget_amount"] == "lots"
    assert draft["inputs"]["problem"] == "Quotes take a week"
    assert workspace.leads.lead(lead_id).stage is Stage.SAL


def test_a_lead_changed_meanwhile_is_not_overwritten_and_the_answers_stay(
    qtbot, window, workspace
) -> None:
    lead_id = sal_lead(workspace, budget="1000")
    form = open_form(qtbot, window, lead_id)
    answer_ready_by_keyboard(qtbot)
    other = workspace.leads.lead(lead_id)
    workspace.leads.edit_lead(lead_id, {"budget": "3000"}, other.version)  # another rep
    save_by_keyboard(form)
    assert "changed by someone else" in form.message.text()
    lead = workspace.leads.lead(lead_id)
    assert (lead.stage, lead.budget) == (Stage.SAL, Decimal(3000))
    assert interactions(workspace, lead_id) == []
    assert workspace.qualification.load_draft(lead_id)["inputs"]["need"] == "yes"


def test_couldnt_reach_them_logs_an_attempt_and_keeps_sal(qtbot, window, workspace) -> None:
    lead_id = sal_lead(workspace)
    form = open_form(qtbot, window, lead_id)
    alt("c")
    qtbot.waitUntil(lambda: not form.isVisible())
    assert workspace.leads.lead(lead_id).stage is Stage.SAL
    [attempt] = interactions(workspace, lead_id)
    assert attempt.kind is InteractionKind.CALL_ATTEMPT
    window.undo_stack.undo()
    assert interactions(workspace, lead_id) == []


def test_a_lead_not_in_sal_needs_a_confirmed_override(qtbot, window, workspace) -> None:
    lead = workspace.leads.create_lead({"first_name": "Jana", "email": "jana@hotel.cz"}).value
    workspace.leads.move_lead(lead.id, Stage.MQL)
    form = open_form(qtbot, window, lead.id)
    assert form.override_frame.isVisibleTo(form)
    assert QApplication.focusWidget() is form.override_reason
    answer_ready_by_keyboard(qtbot)
    save_by_keyboard(form)
    assert "Confirm an override" in form.message.text()
    assert workspace.leads.lead(lead.id).stage is Stage.MQL
    alt("v")
    QTest.keyClicks(QApplication.focusWidget(), "asked for a demo on the phone")
    save_by_keyboard(form)
    assert workspace.leads.lead(lead.id).stage is Stage.SQL
    last = workspace.leads.stage_history(lead.id)[-1]
    assert last.override and "override: asked for a demo on the phone" in last.reason


def test_a_drop_target_preselects_the_outcome(qtbot, window, workspace) -> None:
    form = open_form(qtbot, window, sal_lead(workspace), Stage.DISQUALIFIED)
    assert form.outcome_panel.outcome() is Outcome.SUSPECT
    assert form.outcome_panel.pages.currentIndex() == 2


def test_ctrl_q_opens_the_form_for_the_selected_lead(qtbot, window, workspace) -> None:
    lead_id = sal_lead(workspace)
    # The lead was made behind the window's back: tell the views, as a service would.
    window.apply_changes(Changes(added=frozenset({lead_id}), stages=frozenset({Stage.SAL})))
    assert window.actions["qualification_call"].shortcut().toString() == "Ctrl+Q"
    assert window.board.columns[Stage.SAL].select_lead(lead_id)
    window.actions["qualification_call"].trigger()
    form = window.findChild(QualificationForm)
    assert form is not None and form.lead_id == lead_id


def test_every_mnemonic_in_the_form_is_unique(qtbot, window, workspace) -> None:
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    lead = workspace.leads.create_lead({"first_name": "Jana", "email": "jana@hotel.cz"}).value
    form = open_form(qtbot, window, lead.id)  # not in SAL: the override row is there too
    texts = [w.text() for w in form.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in form.findChildren(QAbstractButton)]
    letters = [m.lower() for t in texts for m in re.findall(r"&([^&\s])", t)]
    assert len(letters) == len(set(letters)) >= 24
