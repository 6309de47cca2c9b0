"""What core stores in a lead's history is read in the reader's language: a call a Spanish
colleague saved reads in Czech, and databases written before hold sentences that do too."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from leaddesk.core.leads import InteractionKind, Offer
from leaddesk.core.qualification.answers import CallAnswers
from leaddesk.core.qualification.outcomes import Outcome
from leaddesk.core.qualification.questions import Timing, YesNo
from leaddesk.core.stages import Stage
from leaddesk.ui.detail.view import show_lead
from leaddesk.ui.formatting import format_date
from leaddesk.ui.i18n import core_tr, translate_stored
from tests.ui.i18n_helpers import language
from tests.ui.test_qualification_form import (  # noqa: F401 (fixtures)
    open_form,
    sal_lead,
    save_by_keyboard,
    window,
    workspace,
)

FOLLOW_UP = date(2026, 12, 17)
NOTE = "el webinar de mayo"  # what the rep typed stays as typed


def save_a_nurture_call(qtbot, window, lead_id: int) -> None:  # noqa: F811
    """The call form, filled and saved as a rep does: answers, outcome, content, note."""
    form = open_form(qtbot, window, lead_id)
    form.answer_panel.set_answers(CallAnswers(need=YesNo.YES, timing=Timing.YEAR))
    outcome = form.outcome_panel
    qtbot.mouseClick(outcome.radios[Outcome.NURTURE], Qt.MouseButton.LeftButton)
    outcome.content.setCurrentIndex(outcome.content.findData(Offer.WEBINAR.value))
    outcome.follow_up.setDate(QDate(FOLLOW_UP.year, FOLLOW_UP.month, FOLLOW_UP.day))
    outcome.content_note.setFocus()
    qtbot.keyClicks(outcome.content_note, NOTE)
    with qtbot.waitSignal(window.changes_applied):
        save_by_keyboard(form)
    assert form.recorded is not None, form.message.text()


def shown_history(window, lead_id: int) -> str:  # noqa: F811
    view = show_lead(window, lead_id)
    timeline = [view.timeline.item(n).text() for n in range(view.timeline.count())]
    history = view.history
    rows = [history.topLevelItem(n).text(2) for n in range(history.topLevelItemCount())]
    return "\n".join(timeline + rows)


def test_a_call_saved_in_spanish_reads_in_czech(qtbot, window, workspace) -> None:  # noqa: F811
    lead_id = sal_lead(workspace)
    with language("es"):
        save_a_nurture_call(qtbot, window, lead_id)
    assert workspace.leads.lead(lead_id).stage is Stage.NURTURE
    call = next(i for i in workspace.leads.interactions(lead_id) if i.kind is InteractionKind.CALL)
    assert "Llamada" not in call.detail and NOTE in call.detail  # stored: codes, not Spanish

    with language("cs"):
        shown = shown_history(window, lead_id)
        title = core_tr("Qualification call — {outcome} ({stage})").format(
            outcome=core_tr("needs nurturing"), stage=core_tr("Nurture")
        )
        reason = core_tr("qualification call: {outcome}").format(outcome=core_tr("needs nurturing"))
        follow_up = core_tr("Follow up on {date} with: {offer} — {note}").format(
            date=format_date(FOLLOW_UP), offer=core_tr("Webinar"), note=NOTE
        )
    assert title.startswith("Kvalifikační hovor") and title in shown, shown
    assert reason in shown and follow_up in shown, shown
    assert "17.12.26" in follow_up
    for english in ("Qualification call", "qualification call", "Proposed", "Follow up on"):
        assert english not in shown, shown


@pytest.mark.parametrize(
    ("stored", "czech"),
    [
        ("accepted by sales", "přijat obchodem"),
        ("score crossed the MQL threshold", "skóre překročilo práh MQL"),
        ("qualification call: No budget", "kvalifikační hovor: Bez rozpočtu"),
        ("Qualification call — needs nurturing", "Kvalifikační hovor — "),
        ("Downloaded: demo request", "Staženo: "),
        (
            "Demo / sales call booked for 2026-12-17 15:00",
            "Demo / obchodní hovor domluven na 17.12.26",
        ),
        ("Email opened", "Otevřený e-mail"),
        ("Prefers email to calls", "Prefers email to calls"),  # a note, as typed
    ],
)
def test_sentences_of_older_databases_read_in_czech(stored: str, czech: str) -> None:
    with language("cs"):
        assert translate_stored(stored).startswith(czech)
