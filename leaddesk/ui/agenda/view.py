"""My day (Ctrl+3): calls to make, follow-ups due, MQLs waiting and meetings, in one list.

Each row opens its lead; Enter on a call opens the qualification call; on a follow-up,
D marks it done, R moves it to tomorrow and W to a week later (all undoable).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leaddesk.core.agenda.values import AgendaDay, FollowUp, Section, WaitingLead
from leaddesk.core.changes import Changes
from leaddesk.ui.commands import push_checked
from leaddesk.ui.formatting import format_date, format_time
from leaddesk.ui.i18n import ui_tr
from leaddesk.ui.theme import late_colour

ROW = Qt.ItemDataRole.UserRole  # (row kind, lead id, the FollowUp or None)


def tr(text: str) -> str:
    return ui_tr(text)


# From this many hours a wait reads better in days: "12 d of 48 h", not "293 h of 48 h".
DAYS_FROM_HOURS = 72


def wait_text(lead: WaitingLead, template: str = "", days_template: str = "") -> str:
    """The wait against the limit: "30 h of 24 h", or "12 d of 48 h" for a long one
    (``template``, ``days_template``: already translated)."""
    if lead.waited_hours >= DAYS_FROM_HOURS:
        return (days_template or tr("{waited} d of {limit} h")).format(
            waited=round(lead.waited_hours / 24), limit=lead.limit_hours
        )
    return (template or tr("{waited} h of {limit} h")).format(
        waited=round(lead.waited_hours), limit=lead.limit_hours
    )


class AgendaTree(QTreeWidget):
    """The day's sections and their rows; keys act on the current row."""

    activated_row = Signal(object)  # the row's (kind, lead id, item)
    key_on_row = Signal(str, object)  # "done" / "tomorrow" / "week", the row

    KEYS = {Qt.Key.Key_D: "done", Qt.Key.Key_R: "tomorrow", Qt.Key.Key_W: "week"}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        row = item.data(0, ROW) if item is not None else None
        if row is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated_row.emit(row)
            return
        action = self.KEYS.get(Qt.Key(event.key()))
        if row is not None and action and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.key_on_row.emit(action, row)
            return
        super().keyPressEvent(event)


class MyDayPage(QWidget):
    """The rep's work queue, for them or for everyone, refreshed by every change."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("myDayPage")
        self.window_ = window
        self.day: AgendaDay | None = None
        self._stale = True
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_bar())
        self.tree = AgendaTree(self)
        self.tree.setObjectName("agendaTree")
        self.tree.setHeaderLabels(
            [self.tr("Lead"), self.tr("Company"), self.tr("What"), self.tr("When / wait")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.header().resizeSection(0, 220)
        self.tree.header().resizeSection(1, 200)
        self.tree.header().resizeSection(2, 330)
        self.tree.activated_row.connect(self.open_row)
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.tree.key_on_row.connect(self.act_on_row)
        layout.addWidget(self.tree)
        hint = QLabel(
            self.tr(
                "Enter opens the lead (on a call: the qualification call). On a follow-up: "
                "D done, R tomorrow, W in a week."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        bar.addWidget(self.title)
        bar.addStretch(1)
        label = QLabel(self.tr("&For:"), self)
        self.user_box = QComboBox(self)
        self.user_box.setObjectName("agendaUser")
        label.setBuddy(self.user_box)
        self._fill_users()
        self.user_box.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(label)
        bar.addWidget(self.user_box)
        self.start_button = QPushButton(self.tr("&Start calling"), self)
        self.start_button.setObjectName("startCalling")
        self.start_button.clicked.connect(self.start_calling)
        bar.addWidget(self.start_button)
        self.export_button = QPushButton(self.tr("E&xport calendar…"), self)
        self.export_button.clicked.connect(self.export_calendar)
        bar.addWidget(self.export_button)
        return bar

    def _fill_users(self) -> None:
        me = self.workspace.actor
        if me:
            self.user_box.addItem(self.tr("Me ({name})").format(name=me), me)
        self.user_box.addItem(self.tr("Everyone"), "")
        owners = [owner for owner in self.workspace.leads.distinct_values("owner") if owner]
        for owner in owners:
            if owner != me:
                self.user_box.addItem(owner, owner)
        if owners and me not in owners:  # owning no lead (yet), "my day" would be empty
            self.user_box.setCurrentIndex(self.user_box.findData(""))

    @property
    def workspace(self) -> Any:
        return self.window_.workspace

    @property
    def user(self) -> str:
        return str(self.user_box.currentData() or "")

    # -- filling -------------------------------------------------------------------------
    def refresh(self, on: date | None = None) -> None:
        """Ask for the day again and show it, keeping the current row where it can."""
        current = self.tree.currentItem()
        keep = current.data(0, ROW) if current is not None else None
        self.day = self.workspace.agenda.day(self.user, on)
        self._stale = False
        self._words: dict[str, str] = {}  # each word translated once per refresh
        self._wait = tr("{waited} h of {limit} h")
        self._wait_days = tr("{waited} d of {limit} h")
        self._score = self.tr("score {score}")
        self._late = self.tr("past the limit")
        self.title.setText(
            self.tr("My day — {date}").format(date=format_date(self.day.day, long=True))
        )
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        day = self.day
        calls = self._section(self.tr("Calls to make"), day.calls, "call")
        self._section(self.tr("Follow-ups overdue"), day.overdue, "follow_up", late=True)
        self._section(self.tr("Follow-ups due today"), day.today, "follow_up")
        self._section(self.tr("Follow-ups this week"), day.this_week, "follow_up")
        self._section(self.tr("MQLs waiting for sales"), day.mqls, "mql")
        self._section(self.tr("Meetings today"), day.meetings_today, "meeting")
        self._section(self.tr("Meetings tomorrow"), day.meetings_tomorrow, "meeting")
        self.tree.expandAll()
        self.tree.setUpdatesEnabled(True)
        self.start_button.setEnabled(day.calls.total > 0)
        self._restore_current(keep, calls)

    def _restore_current(self, keep: Any, calls: QTreeWidgetItem) -> None:
        first = None
        for top in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(top)
            for n in range(section.childCount()):
                child = section.child(n)
                first = first or child
                if keep is not None and _same_row(child.data(0, ROW), keep):
                    self.tree.setCurrentItem(child)
                    return
        self.tree.setCurrentItem(calls.child(0) if calls.childCount() else first or calls)

    def _section(
        self, title: str, section: Section, kind: str, late: bool = False
    ) -> QTreeWidgetItem:
        head = QTreeWidgetItem(self.tree, [f"{title} ({section.total})"])
        head.setFirstColumnSpanned(True)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled)
        bold = QFont(head.font(0))
        bold.setBold(True)
        head.setFont(0, bold)
        for row in section.rows:
            values = self._waiting(row) if isinstance(row, WaitingLead) else self._item(row, kind)
            child = QTreeWidgetItem(head, values)
            child.setData(0, ROW, (kind, row.lead_id, row if isinstance(row, FollowUp) else None))
            if late or (isinstance(row, WaitingLead) and row.is_late):
                for column in range(4):
                    child.setForeground(column, QBrush(late_colour(self.palette())))
        if section.total > len(section.rows):
            more = QTreeWidgetItem(
                head, [self.tr("… and %n more", "", section.total - len(section.rows))]
            )
            more.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return head

    def _waiting(self, lead: WaitingLead) -> list[str]:
        what = self._score.format(score=lead.score)
        if lead.is_late:
            what += " · " + self._late
        return [lead.name, lead.company, what, wait_text(lead, self._wait, self._wait_days)]

    def _word(self, text: str) -> str:
        found = self._words.get(text)
        if found is None:
            found = self._words[text] = tr(text)
        return found

    def _item(self, item: FollowUp, kind: str) -> list[str]:
        what = self._word(item.what)
        if item.content:
            what += f" — {self._word(item.content)}"
        when = format_date(item.due_on)
        if kind == "meeting" and item.at is not None:
            when = format_time(item.at)
        return [item.lead_name, item.company, what, when]

    # -- acting --------------------------------------------------------------------------
    def current_row(self) -> tuple[str, int, FollowUp | None] | None:
        item = self.tree.currentItem()
        return item.data(0, ROW) if item is not None else None

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        row = item.data(0, ROW)
        if row is not None:
            self.open_row(row)

    def open_row(self, row: tuple[str, int, FollowUp | None]) -> None:
        """A call opens the qualification call; any other row opens the lead."""
        kind, lead_id, _item = row
        self.window_.open_lead(lead_id)
        if kind == "call":
            from leaddesk.ui.qualification.form import open_qualification_form

            open_qualification_form(self.window_, lead_id)

    def act_on_row(self, action: str, row: tuple[str, int, FollowUp | None]) -> None:
        """D, R or W on a follow-up (or a meeting): done, tomorrow, in a week."""
        from leaddesk.ui.agenda.commands import FinishFollowUpCommand, RescheduleFollowUpCommand

        item = row[2]
        if item is None:
            return
        service, apply = self.workspace.agenda, self.window_.apply_changes
        if action == "done":
            command: Any = FinishFollowUpCommand(service, apply, item)
        else:
            command = RescheduleFollowUpCommand(
                service, apply, item, 1 if action == "tomorrow" else 7
            )
        self.window_.run_guarded(lambda: push_checked(self.window_.undo_stack, command))

    def start_calling(self) -> None:
        from leaddesk.ui.agenda.session import CallSession

        if self.day is None or not self.day.calls.rows:
            return
        self.session = CallSession(self.window_, [c.lead_id for c in self.day.calls.rows])
        self.session.start()

    def export_calendar(self) -> None:
        from leaddesk.ui.agenda.calendar import export_calendar

        export_calendar(self.window_, self.user)

    # -- following the rest of the app ---------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        if not changes:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
        self.tree.setFocus()


def _same_row(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return False
    same_item = (a[2].id if a[2] else None) == (b[2].id if b[2] else None)
    return a[0] == b[0] and a[1] == b[1] and same_item


#: Core's agenda words, listed for lupdate (looked up in the "core" context by ``ui_tr``).
CORE_WORDS = (
    QT_TRANSLATE_NOOP("core", "Follow up after nurturing"),
    QT_TRANSLATE_NOOP("core", "Demo / sales call"),
    QT_TRANSLATE_NOOP("core", "Call again"),
    QT_TRANSLATE_NOOP("core", "a follow-up needs something to do"),
)
