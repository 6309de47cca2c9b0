"""The rules table of the scoring-rules editor: editable drafts, checked as the user types."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QWidget,
)

from leaddesk.core.leads import FIELD_LABELS, LEAD_FIELDS, Offer
from leaddesk.core.scoring.engine import ACTIVITY_LABELS, Activity, Rule, RulePart
from leaddesk.core.scoring.loop import RuleEvidence
from leaddesk.core.scoring.match import OPERATOR_LABELS, VALUELESS_OPERATORS, Operator, to_number
from leaddesk.core.scoring.validation import validate_rule
from leaddesk.ui.formatting import format_number, format_percent
from leaddesk.ui.i18n import core_tr, translate_message, ui_tr

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return ui_tr(text)


# Columns: the rule itself, then the closed-loop evidence (read only).
ON, NAME, TARGET, OPERATOR, VALUE, POINTS, CAP, HALF_LIFE, WINDOW = range(9)
MATCHED, RATE, LIFT, SUGGESTED = range(9, 13)
HEADERS = (
    QT_TRANSLATE_NOOP("", "On"),
    QT_TRANSLATE_NOOP("", "Name"),
    QT_TRANSLATE_NOOP("", "Field or activity"),
    QT_TRANSLATE_NOOP("", "Operator"),
    QT_TRANSLATE_NOOP("", "Value / offer / page"),
    QT_TRANSLATE_NOOP("", "Points"),
    QT_TRANSLATE_NOOP("", "Cap"),
    QT_TRANSLATE_NOOP("", "Half-life"),
    QT_TRANSLATE_NOOP("", "Window"),
    QT_TRANSLATE_NOOP("", "Matched"),
    QT_TRANSLATE_NOOP("", "Conv."),
    QT_TRANSLATE_NOOP("", "Lift"),
    QT_TRANSLATE_NOOP("", "Suggest"),
)
HEADER_TIPS = {
    CAP: QT_TRANSLATE_NOOP(
        "", "The most points (or, for negative points, the most penalty) the rule can give"
    ),
    HALF_LIFE: QT_TRANSLATE_NOOP(
        "", "Days after which an activity's points have halved; empty: they never fade"
    ),
    WINDOW: QT_TRANSLATE_NOOP(
        "", "Only activity of the last so many days counts; empty: all of it"
    ),
    MATCHED: QT_TRANSLATE_NOOP(
        "", "Past leads with an outcome (SQL, Customer or Disqualified) the rule matched"
    ),
    RATE: QT_TRANSLATE_NOOP(
        "", "How many of the matched leads converted (reached SQL or Customer)"
    ),
    LIFT: QT_TRANSLATE_NOOP("", "Their conversion rate divided by the rate of all decided leads"),
    SUGGESTED: QT_TRANSLATE_NOOP("", "Points the outcomes suggest for this rule"),
}
#: the core's problem columns → the table's
PROBLEM_COLUMNS = {
    "name": NAME,
    "target": TARGET,
    "value": VALUE,
    "points": POINTS,
    "cap": CAP,
    "half_life_days": HALF_LIFE,
    "window_days": WINDOW,
}
TEXT_COLUMNS = {NAME: "name", TARGET: "target", VALUE: "value", POINTS: "points"}
NUMBER_COLUMNS = {CAP: "cap", HALF_LIFE: "half_life", WINDOW: "window"}
ERROR_BRUSH = QBrush(QColor("#f8d7da"))


@dataclass
class RuleDraft:
    """A rule as typed: every cell is text until it checks out."""

    enabled: bool = True
    name: str = ""
    target: str = ""  # a field name (job_title, custom.x) or an activity (first_visit)
    operator: Operator = Operator.EQUALS
    value: str = ""
    points: str = "0"
    cap: str = ""
    half_life: str = ""
    window: str = ""
    problems: dict[int, str] = field(default_factory=dict)  # column → message

    @staticmethod
    def from_rule(rule: Rule) -> RuleDraft:
        if rule.part is RulePart.FIT:
            target, value = rule.field, rule.value
        else:
            target = rule.activity.value if rule.activity else ""
            value = offer_name(rule.offer) if rule.offer else rule.detail_contains
        return RuleDraft(
            enabled=rule.enabled,
            name=rule.name,
            target=target,
            operator=rule.operator,
            value=value,
            points=_text(rule.points),
            cap=_text(rule.cap),
            half_life=_text(rule.half_life_days),
            window=_text(rule.window_days),
        )

    @property
    def part(self) -> RulePart:
        return RulePart.ENGAGEMENT if parse_activity(self.target) else RulePart.FIT

    def to_rule(self, custom_fields: Sequence[str]) -> Rule | None:
        """Check the draft (problems land in ``self.problems``); the rule when it is valid."""
        self.problems = {}
        numbers: dict[str, float | None] = {}
        for column, key in [(POINTS, "points"), *NUMBER_COLUMNS.items()]:
            raw = getattr(self, key).strip()
            number = to_number(raw) if raw else None
            if raw and number is None:
                self.problems[column] = tr("{value!r} is not a number").format(value=raw)
            elif key == "points" and number is None:
                self.problems[column] = tr("points must be a number")
            numbers[key] = number
        rule = self._build(numbers, custom_fields)
        for problem in validate_rule(0, rule, custom_fields):
            self.problems.setdefault(PROBLEM_COLUMNS.get(problem.column, NAME), problem.message)
        return None if self.problems else rule

    def _build(self, numbers: dict[str, float | None], custom_fields: Sequence[str]) -> Rule:
        activity = parse_activity(self.target)
        common = dict(
            name=self.name.strip(),
            points=numbers["points"] or 0.0,
            enabled=self.enabled,
            cap=numbers["cap"],
            window_days=numbers["window"],
            half_life_days=numbers["half_life"],
        )
        if activity is None:
            return Rule(
                part=RulePart.FIT,
                field=parse_field(self.target, custom_fields),
                operator=self.operator,
                value=self.value.strip(),
                **common,  # type: ignore[arg-type]
            )
        offer = parse_offer(self.value) if activity is Activity.FORM_CONVERSION else None
        detail = "" if offer is not None else self.value.strip()
        return Rule(
            part=RulePart.ENGAGEMENT,
            activity=activity,
            offer=offer,
            detail_contains=detail,
            **common,  # type: ignore[arg-type]
        )


def _text(number: float | None) -> str:
    return "" if number is None else f"{number:g}"


def parse_activity(text: str) -> Activity | None:
    key = text.strip().lower()
    for activity in Activity:
        if key in (activity.value, ACTIVITY_LABELS[activity].lower()):
            return activity
    return None


def offer_name(offer: Offer) -> str:
    """An offer as the user reads it ("demo request", "solicitud de demo")."""
    return core_tr(offer.value.replace("_", " "))


def parse_offer(text: str) -> Offer | None:
    """A typed offer: its name in the user's language, or its English name or value."""
    typed = text.strip().lower()
    key = typed.replace(" ", "_")
    return next((o for o in Offer if key == o.value or typed == offer_name(o).lower()), None)


def parse_field(text: str, custom_fields: Sequence[str]) -> str:
    """A typed field (name, label, custom name) → the rule's field name, as typed if unknown."""
    raw = text.strip()
    key = raw.lower()
    for name in LEAD_FIELDS:
        if key in (name, FIELD_LABELS[name].lower()):
            return name
    bare = raw[7:] if key.startswith("custom.") else raw
    match = next((c for c in custom_fields if c.lower() == bare.lower()), None)
    return f"custom.{match}" if match is not None else raw


def target_label(target: str) -> str:
    activity = parse_activity(target)
    if activity is not None:
        return tr(ACTIVITY_LABELS[activity])
    return tr(FIELD_LABELS[target]) if target in FIELD_LABELS else target


class RulesModel(QAbstractTableModel):
    """The rules being edited; cells with problems are tinted and carry the message."""

    def __init__(self, custom_fields: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drafts: list[RuleDraft] = []
        self.custom_fields = list(custom_fields)
        self.evidence: list[RuleEvidence | None] = []

    # -- contents --------------------------------------------------------------------------
    def set_rules(self, rules: Sequence[Rule]) -> None:
        self.beginResetModel()
        self.drafts = [RuleDraft.from_rule(r) for r in rules]
        self.evidence = []
        for draft in self.drafts:
            draft.to_rule(self.custom_fields)
        self.endResetModel()

    def set_custom_fields(self, names: Sequence[str]) -> None:
        """New custom field names are known: check every draft again."""
        self.custom_fields = list(names)
        for draft in self.drafts:
            draft.to_rule(self.custom_fields)
        if self.drafts:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.drafts) - 1, WINDOW))

    def rules(self) -> list[Rule] | None:
        """Every rule, or None while any draft has a problem."""
        built = [d.to_rule(self.custom_fields) for d in self.drafts]
        return None if any(r is None for r in built) else built  # type: ignore[return-value]

    def problems(self) -> list[tuple[int, int, str]]:
        return [
            (row, col, msg) for row, d in enumerate(self.drafts) for col, msg in d.problems.items()
        ]

    def set_evidence(self, evidence: Sequence[RuleEvidence | None]) -> None:
        self.evidence = list(evidence)
        if self.drafts:
            self.dataChanged.emit(
                self.index(0, MATCHED), self.index(len(self.drafts) - 1, SUGGESTED)
            )

    # -- rows ------------------------------------------------------------------------------
    def insert_draft(self, row: int, draft: RuleDraft) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.drafts.insert(row, draft)
        draft.to_rule(self.custom_fields)
        self.evidence = []
        self.endInsertRows()

    def remove_draft(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.drafts[row]
        self.evidence = []
        self.endRemoveRows()

    def duplicate(self, row: int) -> None:
        copy = replace(
            self.drafts[row],
            name=tr("{name} (copy)").format(name=translate_message(self.drafts[row].name)),
        )
        self.insert_draft(row + 1, copy)

    def move(self, row: int, delta: int) -> bool:
        target = row + delta
        if not (0 <= row < len(self.drafts) and 0 <= target < len(self.drafts)):
            return False
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self.drafts.insert(target, self.drafts.pop(row))
        self.evidence = []
        self.endMoveRows()
        return True

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.drafts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return tr(HEADER_TIPS[section]) if section in HEADER_TIPS else None
        if orientation is Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = index.column()
        if col == ON:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if col >= MATCHED:
            return base
        draft = self.drafts[index.row()]
        if col == OPERATOR and draft.part is RulePart.ENGAGEMENT:
            return base
        if col in (CAP, HALF_LIFE, WINDOW) and draft.part is RulePart.FIT:
            return base
        if col == VALUE and draft.part is RulePart.FIT and draft.operator in VALUELESS_OPERATORS:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        draft, col = self.drafts[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == ON:
            return Qt.CheckState.Checked if draft.enabled else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and col in draft.problems:
            return ERROR_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:  # a problem, else the cell whole if cut
            return draft.problems.get(col) or self._display(index.row(), draft, col)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(draft, col)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), draft, col)
        return None

    def _edit_text(self, draft: RuleDraft, col: int) -> str:
        if col == NAME:  # a shipped rule's English name, in the reader's language
            return translate_message(draft.name)
        if col == OPERATOR:
            return draft.operator.value
        if col == TARGET:
            return draft.target
        key = TEXT_COLUMNS.get(col) or NUMBER_COLUMNS.get(col)
        return getattr(draft, key) if key else ""

    def _display(self, row: int, draft: RuleDraft, col: int) -> str:
        if col == TARGET:
            return target_label(draft.target)
        if col == OPERATOR:
            return "" if draft.part is RulePart.ENGAGEMENT else tr(OPERATOR_LABELS[draft.operator])
        if col >= MATCHED:
            return self._evidence_text(row, col)
        if col == ON:
            return ""
        return self._edit_text(draft, col)

    def _evidence_text(self, row: int, col: int) -> str:
        ev = self.evidence[row] if row < len(self.evidence) else None
        if ev is None:
            return ""
        if col == MATCHED:
            return str(ev.matched)
        if not ev.matched:
            return "—"
        if col == RATE:
            return format_percent(ev.rate)
        if col == LIFT:
            return f"{format_number(ev.lift, 2)}×"
        return f"{ev.suggested_points:+d}"

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        draft, col = self.drafts[index.row()], index.column()
        if col == ON and role == Qt.ItemDataRole.CheckStateRole:
            draft.enabled = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif col == OPERATOR:
            draft.operator = Operator(value)
        elif col == NAME and str(value) == translate_message(draft.name):
            return False  # the name as shown, untouched: the stored one stays
        elif col in TEXT_COLUMNS:
            setattr(draft, TEXT_COLUMNS[col], str(value))
        elif col in NUMBER_COLUMNS:
            setattr(draft, NUMBER_COLUMNS[col], str(value))
        else:
            return False
        draft.to_rule(self.custom_fields)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), WINDOW))
        return True
