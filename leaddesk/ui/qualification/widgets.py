"""The parts of the qualification-call form: who is called, the answers, the outcome."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from leaddesk.core.errors import FieldInvalid
from leaddesk.core.leads import Interaction
from leaddesk.core.number_text import clean_decimal
from leaddesk.core.qualification.answers import CallAnswers
from leaddesk.core.qualification.outcomes import DisqualifyReason, Outcome
from leaddesk.core.qualification.proposal import Proposal
from leaddesk.core.qualification.questions import SECTIONS, AnswerKind, Question
from leaddesk.core.qualification.record import OFFER_LABELS
from leaddesk.core.qualification.service import CallContext
from leaddesk.ui.formatting import format_date
from leaddesk.ui.i18n import translate_message, ui_tr

#: The label of each question with its mnemonic (Alt+letter) — unique in the form.
QUESTION_LABELS: dict[str, str] = {
    "need": QT_TRANSLATE_NOOP("", "&Need identified?"),
    "urgency": QT_TRANSLATE_NOOP("", "&Urgency"),
    "problem": QT_TRANSLATE_NOOP("", "&Problem in their words"),
    "interest": QT_TRANSLATE_NOOP("", "&Interest in our solution"),
    "asked_for": QT_TRANSLATE_NOOP("", "&Asked for / downloaded"),
    "budget_range": QT_TRANSLATE_NOOP("", "&Budget range"),
    "budget_amount": QT_TRANSLATE_NOOP("", "Budget a&mount"),
    "money_available": QT_TRANSLATE_NOOP("", "Mone&y this period?"),
    "decision_maker": QT_TRANSLATE_NOOP("", "&Decision maker?"),
    "other_deciders": QT_TRANSLATE_NOOP("", "&Who else decides?"),
    "timing": QT_TRANSLATE_NOOP("", "&Timing (decide / buy)"),
    "tone": QT_TRANSLATE_NOOP("", "T&one (cold … warm)"),
    "notes": QT_TRANSLATE_NOOP("", "Not&es"),
}
OUTCOME_TEXTS: dict[Outcome, str] = {
    Outcome.READY: QT_TRANSLATE_NOOP("", "&1 Ready → SQL"),
    Outcome.NURTURE: QT_TRANSLATE_NOOP("", "&2 Needs nurturing → Nurture"),
    Outcome.SUSPECT: QT_TRANSLATE_NOOP("", "&3 Suspect → Disqualified"),
}
#: (background, text) of the proposal banner: the outcome can be read at a glance
OUTCOME_COLOURS: dict[Outcome, tuple[str, str]] = {
    Outcome.READY: ("#e3f4e5", "#1b5e20"),
    Outcome.NURTURE: ("#fff4d6", "#6d4c00"),
    Outcome.SUSPECT: ("#fde7e7", "#8e1b1b"),
}
#: Left and right column of sections, so the whole call fits on one screen.
COLUMNS = (("need", "interest", "resources"), ("authority", "timing", "tone", "notes"))


def tr(text: str) -> str:
    return ui_tr(text)


def local(dt: datetime) -> str:
    return format_date(dt)


class CallerHeader(QWidget):
    """Who is being called: name, company, role, phone (copyable), score, recent history."""

    def __init__(
        self, context: CallContext, reasons: Sequence[tuple[str, int]], parent: QWidget
    ) -> None:
        super().__init__(parent)
        lead = context.lead
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.name = QLabel(f"<b style='font-size:14pt'>{_html(lead.name)}</b>", self)
        role = " · ".join(p for p in (lead.job_title, lead.company) if p)
        self.role = QLabel(_html(role) or tr("(no role or company)"), self)
        self.phone = QLineEdit(lead.phone, self)
        self.phone.setReadOnly(True)
        self.phone.setAccessibleName(tr("Phone"))
        self.phone.setPlaceholderText(tr("no phone number"))
        self.copy_phone = QPushButton(tr("Copy"), self)
        self.copy_phone.setAutoDefault(False)
        self.copy_phone.setEnabled(bool(lead.phone))
        self.copy_phone.clicked.connect(lambda: QApplication.clipboard().setText(lead.phone))
        score = tr("Score {score} · {grade} — stage {stage}").format(
            score=lead.score, grade=lead.fit_grade, stage=tr(lead.stage.label)
        )
        if reasons:
            score += "<br>" + ", ".join(f"{_html(n)} {p:+d}" for n, p in reasons)
        self.score = QLabel(score, self)
        self.recent = QLabel(self._recent_text(context.recent), self)
        self.recent.setWordWrap(True)
        phone_row = QHBoxLayout()
        phone_row.addWidget(QLabel(tr("Phone:"), self))
        phone_row.addWidget(self.phone, 1)
        phone_row.addWidget(self.copy_phone)
        layout.addWidget(self.name, 0, 0)
        layout.addWidget(self.role, 1, 0)
        layout.addLayout(phone_row, 2, 0)
        layout.addWidget(self.score, 3, 0)
        layout.addWidget(QLabel(tr("<b>Last interactions</b>"), self), 0, 1)
        layout.addWidget(self.recent, 1, 1, 3, 1)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)

    @staticmethod
    def _recent_text(recent: Sequence[Interaction]) -> str:
        if not recent:
            return tr("None yet.")
        lines = []
        for item in recent:
            kind = tr(item.kind.value.replace("_", " ").capitalize())
            first = item.detail.splitlines()[0] if item.detail else ""
            lines.append(f"{local(item.occurred_at)} — {_html(kind)}: {_html(first[:80])}")
        return "<br>".join(lines)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class AnswerPanel(QWidget):
    """The call's sections as quick inputs: combos for choices, one-line texts."""

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.inputs: dict[str, QWidget] = {}
        self.order: list[QWidget] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        by_key = {s.key: s for s in SECTIONS}
        for column, keys in enumerate(COLUMNS):
            box = QVBoxLayout()
            for key in keys:
                box.addWidget(self._section(by_key[key].title, by_key[key].questions))
            box.addStretch(1)
            grid.addLayout(box, 0, column)

    def _section(self, title: str, questions: Sequence[Question]) -> QGroupBox:
        group = QGroupBox(tr(title), self)
        form = QFormLayout(group)
        for question in questions:
            widget = self._input(question, group)
            label = QLabel(tr(QUESTION_LABELS[question.key]), group)
            label.setBuddy(widget)
            widget.setToolTip(tr(question.text))
            widget.setAccessibleName(tr(question.text))
            form.addRow(label, widget)
            self.inputs[question.key] = widget
            self.order.append(widget)
        return group

    def _input(self, question: Question, parent: QWidget) -> QWidget:
        if question.kind is AnswerKind.CHOICE:
            combo = QComboBox(parent)
            for value, label in question.choices:
                combo.addItem(tr(label), value)
            combo.currentIndexChanged.connect(self.changed)
            return combo
        edit = QLineEdit(parent)
        edit.setObjectName(question.key)
        if question.kind is AnswerKind.AMOUNT:
            edit.setPlaceholderText(tr("e.g. 12,000"))
        edit.textChanged.connect(self.changed)
        return edit

    def raw(self) -> dict[str, str]:
        """What is in the inputs, verbatim (a half-typed amount too): the draft keeps this."""
        raw: dict[str, str] = {}
        for key, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                raw[key] = str(widget.currentData())
            else:
                raw[key] = widget.text()  # type: ignore[attr-defined]
        return raw

    def set_raw(self, raw: dict[str, Any]) -> None:
        for key, widget in self.inputs.items():
            if key not in raw:
                continue
            if isinstance(widget, QComboBox):
                index = widget.findData(str(raw[key]))
                if index >= 0:
                    widget.setCurrentIndex(index)
            else:
                widget.setText(str(raw[key] or ""))  # type: ignore[attr-defined]

    def answers(self) -> CallAnswers:
        """The answers as typed; an amount that is not a number counts as not given."""
        return self._parse(strict=False)

    def checked_answers(self) -> CallAnswers:
        """The answers, refusing an amount that is not a number (FieldInvalid)."""
        return self._parse(strict=True)

    def _parse(self, *, strict: bool) -> CallAnswers:
        raw = self.raw()
        try:
            amount = clean_decimal(tr("Budget amount"), raw["budget_amount"])
        except FieldInvalid:
            if strict:
                raise
            amount = None
        raw["budget_amount"] = "" if amount is None else str(amount)
        return CallAnswers.from_json(raw)

    def set_answers(self, answers: CallAnswers) -> None:
        raw = answers.to_json()
        if answers.budget_amount is not None:
            raw["budget_amount"] = f"{answers.budget_amount:,.2f}".removesuffix(".00")
        self.set_raw(raw)


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
        self.meeting = QDateTimeEdit(_next_working_day_at(10), page)
        self.meeting.setCalendarPopup(True)
        self.meeting.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.meeting.dateTimeChanged.connect(self.changed)
        label = QLabel(tr("Meetin&g (demo / sales call)"), page)
        label.setBuddy(self.meeting)
        form.addRow(label, self.meeting)
        return page

    def _nurture_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.follow_up = QDateEdit(QDate.currentDate().addDays(30), page)
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat("yyyy-MM-dd")
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
        background, text = OUTCOME_COLOURS[proposal.outcome]
        self.proposal_label.setStyleSheet(
            f"background: {background}; color: {text}; padding: 6px; border-radius: 4px"
        )
        self.proposal_label.setText(
            tr("<b>Proposal: {outcome}</b> — {reason}").format(
                outcome=_html(tr(proposal.outcome.label)),
                reason=_html(translate_message(proposal.reason_text)),
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
