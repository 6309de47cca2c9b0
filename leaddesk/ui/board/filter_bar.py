"""Above the board: the filter box, quick filters (owner, channel, campaign, batch, grade,
mine) and the sort order."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from leaddesk.core.leads import CardSort, ImportBatch, LeadFilter
from leaddesk.core.services import LeadService

GRADES = ("A", "B", "C", "D")


class FilterBar(QWidget):
    """Emits ``changed`` whenever any part of the filter changes; ``sort_changed`` too."""

    changed = Signal()
    sort_changed = Signal(object)

    def __init__(self, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 2)
        # A narrow window squeezes the quick filters rather than refusing to shrink.
        self.setMinimumWidth(320)
        self.text_edit = QLineEdit(self)
        self.text_edit.setObjectName("boardFilter")
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.setPlaceholderText(
            self.tr("Filter: name, company, email, any field (Ctrl+F)")
        )
        self.text_edit.setAccessibleName(self.tr("Filter the board"))
        self.text_edit.setMinimumWidth(140)
        self.text_edit.textChanged.connect(self.changed)
        layout.addWidget(self.text_edit, 2)
        # Unfiltered, a box shows what it filters by ("Channel", "Campaign"): short enough
        # to be read whole on a laptop in every language, and never alike.
        self.owner = self._combo(self.tr("Any owner"), self.tr("Owner"), "ownerFilter")
        self.channel = self._combo(self.tr("Any channel"), self.tr("Channel"), "channelFilter")
        self.campaign = self._combo(self.tr("Any campaign"), self.tr("Campaign"), "campaignFilter")
        self.batch = self._combo(self.tr("Any import"), self.tr("Import"), "batchFilter")
        self.grade = self._combo(self.tr("Any grade"), self.tr("Grade"), "gradeFilter")
        for grade in GRADES:
            self.grade.addItem(self.tr("Grade {grade}").format(grade=grade), grade)
        for combo in (self.owner, self.channel, self.campaign, self.batch, self.grade):
            layout.addWidget(combo, 1)
        self.mine = QCheckBox(self.tr("Mine"), self)
        self.mine.setObjectName("mineFilter")
        self.mine.setToolTip(self.tr("Only leads I own ({actor})").format(actor=actor or "-"))
        self.mine.setEnabled(bool(actor))  # no user name: nobody's leads are "mine"
        self.mine.toggled.connect(self._mine_toggled)
        layout.addWidget(self.mine)
        self.sort = QComboBox(self)
        self.sort.setObjectName("boardSort")
        self.sort.setAccessibleName(self.tr("Sort cards by"))
        for sort, label in (
            (CardSort.SCORE, self.tr("Sort by score")),
            (CardSort.AGE, self.tr("Sort by age")),
            (CardSort.NAME, self.tr("Sort by name")),
        ):
            self.sort.addItem(label, sort.value)
        self.sort.currentIndexChanged.connect(
            lambda _i: self.sort_changed.emit(CardSort(self.sort.currentData()))
        )
        layout.addWidget(self.sort)

    def _combo(self, any_label: str, short_label: str, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(any_label)
        combo.addItem(short_label, None)
        combo.setItemData(0, any_label, Qt.ItemDataRole.ToolTipRole)
        # Never narrower than its unfiltered label; a long value (an import's file name) is
        # elided, whole in the tooltip, rather than widening the window.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        metrics = combo.fontMetrics()
        combo.setMinimumContentsLength(
            math.ceil(metrics.horizontalAdvance(short_label) / metrics.horizontalAdvance("x"))
        )
        combo.currentIndexChanged.connect(lambda _i: self._choice_changed(combo))
        self._choice_changed(combo)
        return combo

    def _choice_changed(self, combo: QComboBox) -> None:
        combo.setToolTip(str(combo.currentData(Qt.ItemDataRole.ToolTipRole) or combo.currentText()))
        self.changed.emit()

    def _mine_toggled(self, on: bool) -> None:
        self.owner.setEnabled(not on)
        self.changed.emit()

    def set_sort(self, sort: CardSort) -> None:
        self.sort.blockSignals(True)
        self.sort.setCurrentIndex(max(self.sort.findData(sort.value), 0))
        self.sort.blockSignals(False)

    def fill_choices(self, service: LeadService, batches: list[ImportBatch]) -> None:
        """(Re)load the quick filters' values, keeping what is chosen."""
        for combo, field_name in (
            (self.owner, "owner"),
            (self.channel, "source_channel"),
            (self.campaign, "campaign"),
        ):
            self._refill(combo, [(v, v) for v in service.distinct_values(field_name)])
        self._refill(
            self.batch,
            [(f"#{b.id} {b.file_name}", b.id) for b in batches if b.undone_at is None],
        )

    def clear_filters(self) -> None:
        """Show every lead again (a new lead must not be hidden by an old filter)."""
        self._set_filters(0)

    def show_only_batch(self, batch_id: int) -> bool:
        """Every other filter cleared, the import batch chosen; False if it is not offered."""
        index = self.batch.findData(batch_id)
        if index < 0:
            return False
        self._set_filters(index)
        return True

    def _set_filters(self, batch_index: int) -> None:
        parts = (self.text_edit, self.owner, self.channel, self.campaign, self.grade, self.mine)
        for part in (*parts, self.batch):
            part.blockSignals(True)
        try:
            self.text_edit.clear()
            for combo in (self.owner, self.channel, self.campaign, self.grade):
                combo.setCurrentIndex(0)
            self.mine.setChecked(False)
            self.owner.setEnabled(True)  # what unticking "Mine" does
            self.batch.setCurrentIndex(batch_index)
        finally:
            for part in (*parts, self.batch):
                part.blockSignals(False)
        self.changed.emit()  # once, not once per part

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for label, value in items:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
        combo.blockSignals(False)

    def current_filter(self) -> LeadFilter:
        owner = self.actor if self.mine.isChecked() else (self.owner.currentData() or "")
        return LeadFilter(
            text=self.text_edit.text().strip(),
            owner=owner,
            source_channel=self.channel.currentData() or "",
            campaign=self.campaign.currentData() or "",
            import_batch_id=self.batch.currentData(),
            fit_grade=self.grade.currentData() or "",
        )
