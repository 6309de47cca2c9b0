"""The parts of the qualification-call form: who is called, and the answers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.core.errors import FieldInvalid
from leaddesk.core.leads import Interaction
from leaddesk.core.number_text import clean_decimal
from leaddesk.core.qualification.answers import CallAnswers
from leaddesk.core.qualification.questions import SECTIONS, AnswerKind, Question
from leaddesk.core.qualification.service import CallContext
from leaddesk.ui.formatting import format_date, format_number
from leaddesk.ui.i18n import ui_tr
from leaddesk.ui.theme import LABEL_GAP

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
        self.name = QLabel(f"<b style='font-size:14pt'>{escape_html(lead.name)}</b>", self)
        role = " · ".join(p for p in (lead.job_title, lead.company) if p)
        self.role = QLabel(escape_html(role) or tr("(no role or company)"), self)
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
            score += "<br>" + ", ".join(f"{escape_html(n)} {p:+d}" for n, p in reasons)
        self.score = QLabel(score, self)
        # Wrapped, not widening: the form is as wide for every lead.
        self.role.setWordWrap(True)
        self.score.setWordWrap(True)
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
            lines.append(
                f"{local(item.occurred_at)} — {escape_html(kind)}: {escape_html(first[:80])}"
            )
        return "<br>".join(lines)


def escape_html(text: str) -> str:
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
        form.setHorizontalSpacing(LABEL_GAP)
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
            amount = answers.budget_amount
            raw["budget_amount"] = format_number(amount, 0 if amount == int(amount) else 2)
        self.set_raw(raw)
