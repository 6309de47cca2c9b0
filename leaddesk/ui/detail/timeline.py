"""A lead's history, newest first, with an icon per kind; and the quick "log interaction" row."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from leaddesk.core.leads import Interaction, InteractionKind, StageChange
from leaddesk.ui.formatting import format_datetime
from leaddesk.ui.i18n import stage_name, translate_stored, ui_tr

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
STAGE_CHANGE = "stage_change"


def tr(text: str) -> str:
    # lupdate files a module-level tr() under the empty context; kinds are core's words.
    return ui_tr(text)


KIND_LABELS: dict[str, str] = {
    InteractionKind.VISIT: QT_TRANSLATE_NOOP("", "Visit"),
    InteractionKind.FORM_CONVERSION: QT_TRANSLATE_NOOP("", "Form conversion"),
    InteractionKind.EMAIL_OPEN: QT_TRANSLATE_NOOP("", "Email opened"),
    InteractionKind.EMAIL_CLICK: QT_TRANSLATE_NOOP("", "Email clicked"),
    InteractionKind.SOCIAL: QT_TRANSLATE_NOOP("", "Social engagement"),
    InteractionKind.CONTACT_REQUEST: QT_TRANSLATE_NOOP("", "Contact request"),
    InteractionKind.CALL: QT_TRANSLATE_NOOP("", "Call"),
    InteractionKind.CALL_ATTEMPT: QT_TRANSLATE_NOOP("", "Call attempt"),
    InteractionKind.MEETING: QT_TRANSLATE_NOOP("", "Meeting"),
    InteractionKind.NOTE: QT_TRANSLATE_NOOP("", "Note"),
    InteractionKind.FOLLOW_UP: QT_TRANSLATE_NOOP("", "Follow-up"),
    STAGE_CHANGE: QT_TRANSLATE_NOOP("", "Stage change"),
}
#: What a rep logs by hand most often, first.
LOGGABLE = (
    InteractionKind.NOTE,
    InteractionKind.CALL,
    InteractionKind.CALL_ATTEMPT,
    InteractionKind.MEETING,
    InteractionKind.CONTACT_REQUEST,
    InteractionKind.VISIT,
    InteractionKind.FORM_CONVERSION,
    InteractionKind.EMAIL_OPEN,
    InteractionKind.EMAIL_CLICK,
    InteractionKind.SOCIAL,
)


@cache
def kind_icon(kind: str) -> QIcon:
    """The timeline icon of an interaction kind (or of a stage change)."""
    path = ICONS / f"{kind}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def local_time(moment: datetime) -> str:
    """A stored UTC time in the user's local time and locale."""
    return format_datetime(moment)


def interaction_text(item: Interaction) -> str:
    title = tr(KIND_LABELS.get(item.kind, item.kind))
    if item.offer is not None:
        title += f" — {tr(item.offer.value.replace('_', ' ').capitalize())}"
    if item.campaign:
        title += f" ({item.campaign})"
    lines = [title]
    if item.detail:
        lines.append(translate_stored(item.detail))
    when = local_time(item.occurred_at)
    lines.append(f"{when} · {item.actor}" if item.actor else when)
    return "\n".join(lines)


def stage_change_text(change: StageChange) -> str:
    start = stage_name(change.from_stage) if change.from_stage else tr("new")
    lines = [f"{start} → {stage_name(change.to_stage)}"]
    if change.reason:
        lines.append(translate_stored(change.reason))
    who = tr("automatic") if change.automatic else change.actor
    lines.append(f"{local_time(change.at)} · {who}" if who else local_time(change.at))
    return "\n".join(lines)


class Timeline(QListWidget):
    """Interactions and stage changes together, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setAccessibleName(tr("Interaction timeline"))
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)

    def show_history(self, interactions: list[Interaction], changes: list[StageChange]) -> None:
        rows: list[tuple[datetime, int, str, str]] = [
            (i.occurred_at, i.id, i.kind.value, interaction_text(i)) for i in interactions
        ]
        rows += [(c.at, c.id, STAGE_CHANGE, stage_change_text(c)) for c in changes]
        rows.sort(key=lambda r: (r[0], r[1]), reverse=True)
        self.clear()
        for _at, _id, kind, text in rows:
            item = QListWidgetItem(kind_icon(kind), text)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setToolTip(text)
            self.addItem(item)

    def kinds(self) -> list[str]:
        return [self.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.count())]


class LogInteractionRow(QWidget):
    """Pick a kind, type a note, press Enter: ``logged(kind, note)``."""

    logged = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox(self)
        self.kind.setObjectName("logKind")
        self.kind.setAccessibleName(tr("Interaction kind"))
        for kind in LOGGABLE:
            self.kind.addItem(kind_icon(kind.value), tr(KIND_LABELS[kind]), kind.value)
        self.note = QLineEdit(self)
        self.note.setObjectName("logNote")
        self.note.setAccessibleName(tr("Note"))
        self.note.setPlaceholderText(tr("Log an interaction: type a note, press Enter"))
        self.note.returnPressed.connect(self._log)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        layout.addWidget(self.kind, 0)
        layout.addWidget(self.note, 3)

    def _log(self) -> None:
        kind = InteractionKind(self.kind.currentData())
        note = self.note.text().strip()
        if not note and kind is InteractionKind.NOTE:
            return  # an empty note says nothing
        self.logged.emit(kind, note)
        self.note.clear()
