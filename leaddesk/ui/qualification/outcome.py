"""The outcome part of the qualification-call form: the proposal, the rep's choice, and
what the chosen outcome asks for."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from leaddesk.core.qualification.outcomes import DisqualifyReason, Outcome
from leaddesk.core.qualification.proposal import Proposal
from leaddesk.core.qualification.record import OFFER_LABELS
from leaddesk.ui.formatting import date_edit_format
from leaddesk.ui.i18n import translate_message, ui_tr
from leaddesk.ui.qualification.widgets import escape_html
from leaddesk.ui.theme import LABEL_GAP, current_is_dark

OUTCOME_TEXTS: dict[Outcome, str] = {
    Outcome.READY: QT_TRANSLATE_NOOP("", "&1 Ready → SQL"),
    Outcome.NURTURE: QT_TRANSLATE_NOOP("", "&2 Needs nurturing → Nurture"),
    Outcome.SUSPECT: QT_TRANSLATE_NOOP("", "&3 Suspect → Disqualified"),
}
#: (background, text) of the proposal banner: the outcome can be read at a glance
# (on the light palette, then on the dark one)
OUTCOME_COLOURS: dict[Outcome, tuple[tuple[str, str], tuple[str, str]]] = {
    Outcome.READY: (("#e3f4e5", "#1b5e20"), ("#1d3a22", "#a5d6a7")),
    Outcome.NURTURE: (("#fff4d6", "#6d4c00"), ("#3d3214", "#ffe08a")),
    Outcome.SUSPECT: (("#fde7e7", "#8e1b1b"), ("#42201f", "#f5b0ad")),
}


def tr(text: str) -> str:
    return ui_tr(text)


class OutcomePanel(QWidget):
    """The proposal, the rep's choice, and what the chosen outcome asks for."""

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.touched = False  # the rep picked an outcome: the proposal no longer moves it
        self.proposal: Proposal | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.proposal_label = QLabel(self)
        self.proposal_label.setWordWrap(True)
        self.proposal_label.setObjectName("proposal")
        layout.addWidget(self.proposal_label)
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.group.buttonClicked.connect(self._on_clicked)
        self.radios: dict[Outcome, QRadioButton] = {}
        for outcome in Outcome:
            radio = QRadioButton(tr(OUTCOME_TEXTS[outcome]), self)
            self.group.addButton(radio)
            self.radios[outcome] = radio
            radio.toggled.connect(self._on_toggled)
            row.addWidget(radio)
        row.addStretch(1)
        layout.addLayout(row)
        choice_row = QFormLayout()
        choice_row.setHorizontalSpacing(LABEL_GAP)
        self.choice_reason = QLineEdit(self)
        self.choice_reason.setPlaceholderText(tr("one line: why not the proposed outcome?"))
        self.choice_label = QLabel(tr("Reason for your c&hoice"), self)
        self.choice_label.setBuddy(self.choice_reason)
        self.choice_reason.textChanged.connect(self.changed)
        choice_row.addRow(self.choice_label, self.choice_reason)
        layout.addLayout(choice_row)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._ready_page())
        self.pages.addWidget(self._nurture_page())
        self.pages.addWidget(self._suspect_page())
        layout.addWidget(self.pages)
        self._show_choice_reason()

    # -- pages -----------------------------------------------------------------------------
    def _ready_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setHorizontalSpacing(LABEL_GAP)
        self.meeting = QDateTimeEdit(_next_working_day_at(10), page)
        self.meeting.setCalendarPopup(True)
        self.meeting.setDisplayFormat(date_edit_format(with_time=True))
        self.meeting.dateTimeChanged.connect(self.changed)
        label = QLabel(tr("Meetin&g (demo / sales call)"), page)
        label.setBuddy(self.meeting)
        form.addRow(label, self.meeting)
        return page

    def _nurture_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setHorizontalSpacing(LABEL_GAP)
        self.follow_up = QDateEdit(QDate.currentDate().addDays(30), page)
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat(date_edit_format())
        self.follow_up.dateChanged.connect(self.changed)
        self.content = QComboBox(page)
        for offer, text in OFFER_LABELS.items():
            self.content.addItem(tr(text), offer.value)
        self.content.currentIndexChanged.connect(self.changed)
        self.content_note = QLineEdit(page)
        self.content_note.setPlaceholderText(tr("which one, e.g. the pricing webinar in May"))
        self.content_note.textChanged.connect(self.changed)
        for text, widget in (
            (QT_TRANSLATE_NOOP("", "&Follow-up on"), self.follow_up),
            (QT_TRANSLATE_NOOP("", "He&lpful content"), self.content),
            (QT_TRANSLATE_NOOP("", "Content note"), self.content_note),
        ):
            label = QLabel(tr(text), page)
            label.setBuddy(widget)
            form.addRow(label, widget)
        return page

    def _suspect_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setHorizontalSpacing(LABEL_GAP)
        self.reason = QComboBox(page)
        for reason in DisqualifyReason:
            self.reason.addItem(tr(reason.label), reason.value)
        self.reason.currentIndexChanged.connect(self.changed)
        self.reason_note = QLineEdit(page)
        self.reason_note.setPlaceholderText(tr("in a few words (needed for 'Other')"))
        self.reason_note.textChanged.connect(self.changed)
        label = QLabel(tr("&Reason"), page)
        label.setBuddy(self.reason)
        form.addRow(label, self.reason)
        form.addRow(QLabel(tr("Reason note"), page), self.reason_note)
        return page

    # -- behaviour -------------------------------------------------------------------------
    def outcome(self) -> Outcome | None:
        for outcome, radio in self.radios.items():
            if radio.isChecked():
                return outcome
        return None

    def set_outcome(self, outcome: Outcome, *, by_user: bool) -> None:
        self.radios[outcome].setChecked(True)
        self.touched = self.touched or by_user
        self._sync()

    def _on_toggled(self, checked: bool) -> None:
        if checked:
            self._sync()

    def _on_clicked(self) -> None:
        # A click (or Alt+1/2/3), even on the proposed outcome, is the rep's own choice.
        self.touched = True
        self._sync()
        self.changed.emit()

    def show_proposal(self, proposal: Proposal) -> None:
        """The live proposal; it also picks the outcome until the rep picks one."""
        self.proposal = proposal
        background, text = OUTCOME_COLOURS[proposal.outcome][int(current_is_dark())]
        self.proposal_label.setStyleSheet(
            f"background: {background}; color: {text}; padding: 6px; border-radius: 4px"
        )
        self.proposal_label.setText(
            tr("<b>Proposal: {outcome}</b> — {reason}").format(
                outcome=escape_html(tr(proposal.outcome.label)),
                reason=escape_html(translate_message(proposal.reason_text)),
            )
        )
        if not self.touched:
            self.set_outcome(proposal.outcome, by_user=False)
            if proposal.disqualify_reason is not None:
                self.reason.setCurrentIndex(self.reason.findData(proposal.disqualify_reason.value))
        self._show_choice_reason()

    def against_proposal(self) -> bool:
        chosen = self.outcome()
        return bool(self.proposal and chosen and chosen is not self.proposal.outcome)

    def _sync(self) -> None:
        chosen = self.outcome()
        if chosen is not None:
            self.pages.setCurrentIndex(list(Outcome).index(chosen))
        self._show_choice_reason()

    def _show_choice_reason(self) -> None:
        against = self.against_proposal()
        self.choice_reason.setVisible(against)
        self.choice_label.setVisible(against)

    def focus_widgets(self) -> list[QWidget]:
        """Tab order of this panel: outcomes, the reason for the choice, the outcome page."""
        return [
            *self.radios.values(),
            self.choice_reason,
            self.meeting,
            self.follow_up,
            self.content,
            self.content_note,
            self.reason,
            self.reason_note,
        ]

    def meeting_at(self) -> datetime:
        return self.meeting.dateTime().toPython().astimezone()

    def follow_up_on(self) -> date:
        return self.follow_up.date().toPython()


def _next_working_day_at(hour: int) -> QDateTime:
    day = date.today() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return QDateTime(QDate(day.year, day.month, day.day), QTime(hour, 0))
