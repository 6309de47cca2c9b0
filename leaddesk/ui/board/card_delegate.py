"""Paints a lead card: name, company, job title, score · grade, and how long it has been idle."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from leaddesk.core.board.index import Aging
from leaddesk.core.leads import LeadCard
from leaddesk.ui.board.stage_model import AgingRole, CardRole, DaysRole, LateRole
from leaddesk.ui.theme import grade_colour

Index = QModelIndex | QPersistentModelIndex

AMBER = QColor("#d98e04")
RED = QColor("#c62828")
LATE_COLOUR = QColor("#c0392b")
MARGIN_X, MARGIN_Y, PAD = 3, 3, 6
# Painted cards kept as pixmaps (a screenful of every column, several times over): typing
# in the filter mostly shows cards already painted, and a pixmap is drawn in one call.
PIXMAP_CACHE_CARDS = 300


def aging_colour(state: Aging) -> QColor | None:
    """The warning colour of a card's age: none, amber, then red."""
    return {Aging.AMBER: AMBER, Aging.RED: RED}.get(state)


def blend(base: QColor, tint: QColor, amount: float) -> QColor:
    """``base`` moved ``amount`` (0..1) of the way to ``tint``: works on light and dark."""
    return QColor(
        round(base.red() + (tint.red() - base.red()) * amount),
        round(base.green() + (tint.green() - base.green()) * amount),
        round(base.blue() + (tint.blue() - base.blue()) * amount),
    )


class CardDelegate(QStyledItemDelegate):
    """No widget per card: one painter for all of them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fonts: dict[str, tuple[QFont, QFontMetrics, QFontMetrics]] = {}
        self._pixmaps: OrderedDict[tuple[Any, ...], QPixmap] = OrderedDict()

    def fonts(self, font: QFont) -> tuple[QFont, QFontMetrics, QFontMetrics]:
        """The bold font and both metrics for ``font``, made once (paint runs per card)."""
        key = font.key()
        cached = self._fonts.get(key)
        if cached is None:
            bold = QFont(font)
            bold.setBold(True)
            cached = self._fonts[key] = (bold, QFontMetrics(font), QFontMetrics(bold))
        return cached

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = self.fonts(option.font)[1].height()
        return QSize(200, 3 * line + 2 * PAD + 2 * MARGIN_Y + 4)

    def card_background(self, option: QStyleOptionViewItem, state: Aging) -> QColor:
        base = option.palette.color(QPalette.ColorRole.Base)
        colour = aging_colour(state)
        return base if colour is None else blend(base, colour, 0.16)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card: LeadCard | None = index.data(CardRole)
        if card is None:
            return
        state: Aging = index.data(AgingRole) or Aging.FRESH
        days: int | None = index.data(DaysRole)
        late = bool(index.data(LateRole))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ratio = painter.device().devicePixelRatioF()
        size = option.rect.size()
        key = (card, state, days, late, selected, size.width(), size.height(), ratio)
        key += (option.palette.cacheKey(), option.font.key())
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = self._render(option, card, state, days, selected, ratio, late)
            self._pixmaps[key] = pixmap
            if len(self._pixmaps) > PIXMAP_CACHE_CARDS:
                self._pixmaps.popitem(last=False)
        else:
            self._pixmaps.move_to_end(key)
        painter.drawPixmap(option.rect.topLeft(), pixmap)

    def _render(
        self,
        option: QStyleOptionViewItem,
        card: LeadCard,
        state: Aging,
        days: int | None,
        selected: bool,
        ratio: float,
        late: bool = False,
    ) -> QPixmap:
        """The card drawn once into a pixmap of the item's size (sharp on high-DPI)."""
        size = option.rect.size()
        pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        rect = QRect(QPoint(0, 0), size).adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y)
        painter = QPainter(pixmap)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_frame(painter, option, rect, state, selected)
            self._paint_text(painter, option, rect, card, days, state, late)
        finally:
            painter.end()
        return pixmap

    def _paint_frame(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRect,
        state: Aging,
        selected: bool,
    ) -> None:
        palette = option.palette
        border = (
            palette.color(QPalette.ColorRole.Highlight)
            if selected
            else palette.color(QPalette.ColorRole.Mid)
        )
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(self.card_background(option, state))
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
        colour = aging_colour(state)
        if colour is not None:  # a stripe on the left: visible even when selected
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(rect.x() + 1, rect.y() + 1, 5, rect.height() - 2), 2, 2)

    def _paint_late(self, painter: QPainter, option: QStyleOptionViewItem, row: QRect) -> int:
        """Past the hand-over limit: a red badge at the right of ``row``; returns its width."""
        text = self.tr("late", "past the hand-over limit")
        fonts = self.fonts(option.font)
        bold = fonts[0]
        width = fonts[2].horizontalAdvance(text) + 10
        badge = QRect(row.right() + 1 - width, row.y(), width, row.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(LATE_COLOUR)
        painter.drawRoundedRect(QRectF(badge), 4, 4)
        painter.setFont(bold)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        return width

    def _paint_text(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRect,
        card: LeadCard,
        days: int | None,
        state: Aging,
        late: bool = False,
    ) -> None:
        """Name over the whole first line (cards are narrow on a laptop); company and
        score · grade; job title, the "late" badge and the days idle. What does not fit is
        elided: the item's tooltip holds it all."""
        palette = option.palette
        text_colour = palette.color(QPalette.ColorRole.Text)
        muted = blend(text_colour, palette.color(QPalette.ColorRole.Base), 0.4)
        inner = rect.adjusted(PAD + 2, PAD - 2, -PAD, -PAD + 2)
        bold, metrics, bold_metrics = self.fonts(option.font)
        line = metrics.height()
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        elide = Qt.TextElideMode.ElideRight

        row1 = QRect(inner.x(), inner.y(), inner.width(), line)
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(row1, left, bold_metrics.elidedText(card.name, elide, row1.width()))

        row2 = row1.translated(0, line)
        score_text = f"{card.score} · {card.fit_grade}"
        score_width = bold_metrics.horizontalAdvance(score_text) + 6
        painter.setPen(grade_colour(card.fit_grade, palette))
        painter.drawText(row2, right, score_text)
        painter.setFont(option.font)
        painter.setPen(text_colour)
        company = metrics.elidedText(card.company, elide, row2.width() - score_width)
        painter.drawText(row2, left, company)

        row3 = row2.translated(0, line)
        age_text = "" if days is None else self.tr("%n d", "days since the last interaction", days)
        taken = metrics.horizontalAdvance(age_text) + 6 if age_text else 0
        colour = aging_colour(state)
        if age_text:
            painter.setFont(bold if colour is not None else option.font)
            painter.setPen(colour if colour is not None else muted)
            painter.drawText(row3, right, age_text)
        if late:
            taken += self._paint_late(painter, option, row3.adjusted(0, 0, -taken, 0)) + 4
        room = row3.width() - taken
        if room >= metrics.horizontalAdvance("Abc…"):  # a lone "…" says nothing
            painter.setFont(option.font)
            painter.setPen(muted)
            painter.drawText(row3, left, metrics.elidedText(card.job_title, elide, room))
