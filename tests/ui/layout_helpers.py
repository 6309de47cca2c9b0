"""Helpers for the layout tests: find text that does not fit its widget (font metrics)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

#: Rows of an item view looked at (the visible ones are far fewer).
MAX_ROWS = 60
_SE = QStyle.SubElement


def _plain(text: str) -> str:
    """A widget's text as painted: mnemonics gone ("&&" stays one "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _name(widget: QWidget) -> str:
    chain = []
    while widget is not None and len(chain) < 4:
        chain.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(chain))


def visible_part(widget: QWidget, root: QWidget) -> QRect:
    """The part of ``widget`` (in its own coordinates) that its ancestors up to ``root`` show."""
    rect = widget.rect()
    child = widget
    while child is not root and child.parentWidget() is not None:
        parent = child.parentWidget()
        rect = rect.translated(child.pos()).intersected(parent.rect())
        child = parent
    return rect.translated(-widget.mapTo(child, widget.rect().topLeft()))


def _shown(widget: QWidget, root: QWidget) -> bool:
    """Visible and at least partly inside its window (not scrolled away)."""
    if widget is root:
        return True
    if not widget.isVisibleTo(root) or widget.width() <= 0:
        return False
    return not visible_part(widget, root).isEmpty()


def _text_width(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.wordWrap() or not label.pixmap().isNull():
        return None
    if label.textFormat() != Qt.TextFormat.PlainText and "<" in text:
        return None  # rich text: measured by its own layout, not by one line
    if label.buddy() is not None:
        text = _plain(text)  # "&Urgency": the "&" marks the key, it is not drawn
    room = label.contentsRect().width() - 2 * max(label.margin(), 0)
    if label.indent() > 0:
        room -= label.indent()
    need = _text_width(label, text)
    if need > room + 1 and not (getattr(label, "elides", False) and text in label.toolTip()):
        return f"label {text!r}: needs {need} px, has {room}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text:
        return None
    need = _text_width(button, text)
    if isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return None
        room = button.width() - 4
    else:
        option = QStyleOptionButton()
        option.initFrom(button)
        option.text = button.text()
        option.icon = button.icon()
        option.iconSize = button.iconSize()
        element = (
            _SE.SE_CheckBoxContents
            if isinstance(button, QCheckBox)
            else _SE.SE_RadioButtonContents
            if isinstance(button, QRadioButton)
            else _SE.SE_PushButtonContents
        )
        room = button.style().subElementRect(element, option, button).width()
        if not button.icon().isNull():
            need += button.iconSize().width() + 4
        if isinstance(button, QPushButton) and button.menu() is not None:
            need += 12
    if need > room + 1:
        return f"button {text!r}: needs {need} px, has {room}"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = False
    option.currentText = text
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    need = _text_width(combo, text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    if need > field.width() + 1:
        return f"combo box {text!r}: needs {need} px, has {field.width()}"
    return None


def _tab_problems(bar: QTabBar) -> list[str]:
    problems = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        rect = bar.tabRect(i)
        text = _plain(bar.tabText(i))
        if not rect.intersects(bar.rect()) or rect.right() > bar.width() + 1:
            problems.append(f"tab {text!r}: off the tab bar")
        elif rect.width() < bar.tabSizeHint(i).width() - 1:
            problems.append(f"tab {text!r}: {rect.width()} px of {bar.tabSizeHint(i).width()}")
    return problems


def _header_problems(header: QHeaderView) -> list[str]:
    if not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
        return []
    model = header.model()
    if model is None:
        return []
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    mark = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    problems = []
    metrics = QFontMetrics(header.font())
    bold = header.font()
    bold.setBold(True)
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = str(model.headerData(logical, header.orientation()) or "")
        if not text:
            continue
        size = header.sectionSize(logical)
        start = header.sectionViewportPosition(logical)
        if start < 0 or start + size > header.viewport().width() + 1:
            continue  # scrolled out of sight (wide tables scroll): not shown cut

        need = max(metrics.horizontalAdvance(text), QFontMetrics(bold).horizontalAdvance(text))
        need += margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
            need += mark
        if need > size + 1:
            problems.append(f"header {text!r}: needs {need} px, has {size}")
    return problems


def _cell_problems(view: QAbstractItemView) -> list[str]:
    """Cell text elided in a view of a few rows, without a tooltip that holds it whole."""
    model = view.model()
    painted_by_qt = getattr(type(view.itemDelegate()), "paint", None) is QStyledItemDelegate.paint
    if model is None or not painted_by_qt or getattr(view, "wordWrap", bool)():
        return []
    problems = []
    viewport = view.viewport().rect()
    padding = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 2
    columns = range(model.columnCount(QModelIndex()))
    for row in range(min(model.rowCount(QModelIndex()), MAX_ROWS)):
        for column in columns:
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text:
                continue
            rect: QRect = view.visualRect(index)
            if not rect.isValid() or not viewport.intersects(rect):
                continue
            need = _text_width(view, text) + padding
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                need += view.iconSize().width() or 16
            if need <= rect.width() + 1:
                continue
            tip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
            if text not in tip:
                problems.append(f"cell {text[:30]!r}: needs {need} px, has {rect.width()}")
    return problems


def columns_out_of_sight(header: QHeaderView) -> list[str]:
    """The columns of a table that do not fit in its view (it has to be scrolled to them)."""
    width = header.viewport().width()
    return [
        str(header.model().headerData(i, header.orientation()))
        for i in range(header.count())
        if not header.isSectionHidden(i)
        and header.sectionViewportPosition(i) + header.sectionSize(i) > width + 1
    ]


def clipped_texts(root: QWidget) -> list[str]:
    """Every visible label, button, combo box, tab, header and cell whose text does not fit.

    Eliding is allowed where it is the design: an item, or a label that elides (``elides``),
    with a tooltip holding the whole text.
    """
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        found: list[str | None] = []
        if isinstance(widget, QLabel):
            found.append(_label_problem(widget))
        elif isinstance(widget, QAbstractButton):
            found.append(_button_problem(widget))
        elif isinstance(widget, QComboBox):
            found.append(_combo_problem(widget))
        elif isinstance(widget, QTabBar):
            found += _tab_problems(widget)
        elif isinstance(widget, QHeaderView):
            found += _header_problems(widget)
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            found += _cell_problems(widget)
        problems += [f"{_name(widget)}: {p}" for p in found if p]
    return problems


def cramped_form_labels(root: QWidget, gap: int = 8) -> list[str]:
    """Form rows whose label comes closer than ``gap`` pixels to its input."""
    problems = []
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or label.widget() is None:
                continue
            if not label.widget().isVisibleTo(root):
                continue
            space = field.geometry().left() - label.geometry().right() - 1
            if space < gap:
                problems.append(f"label {label.widget().text()!r}: {space} px from its input")
    return problems


def elided_line_edits(root: QWidget) -> list[str]:
    """Line edits showing a long value's end (the cursor left there) instead of its start."""
    problems = []
    for edit in root.findChildren(QLineEdit):
        if not _shown(edit, root) or edit.hasFocus() or not edit.text():
            continue
        fits = _text_width(edit, edit.text()) <= edit.width() - 10
        if not fits and edit.cursorPosition() != 0:
            problems.append(f"{_name(edit)}: shows the end of {edit.text()!r}")
        if not fits and edit.text() not in edit.toolTip():
            problems.append(f"{_name(edit)}: {edit.text()!r} cut without a tooltip")
    return problems
