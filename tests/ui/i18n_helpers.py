"""Helpers for the language tests: switch language, collect what a screen shows."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QWidget,
)

from leaddesk.ui.i18n import install_language

WORD = re.compile(r"[A-Za-zÀ-ž]{2,}")
TAG = re.compile(r"<[^>]+>")
#: Key sequences as Qt writes them in Italian or Czech too ("Ctrl+Shift+I", "F1", "Ctrl+,"):
#: modifiers joined by "+", then one key — not any lone word ("Customer" is no key).
_KEY = r"(?:(?:Ctrl|Shift|Alt|Meta)\+)*(?:F\d{1,2}|[^\s+]|\+)"
KEYS = re.compile(rf"^{_KEY}(?:, {_KEY})*$")


@contextmanager
def language(code: str) -> Iterator[None]:
    """The app speaks ``code`` inside the block and English again after it."""
    install_language(code)
    try:
        yield
    finally:
        install_language("en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def _clean(text: str) -> str:
    return TAG.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def menu_texts(bar: QMenuBar) -> list[str]:
    texts: list[str] = []

    def walk(menu: QMenu) -> None:
        texts.append(menu.title())
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif not action.isSeparator():
                texts.extend([action.text(), action.toolTip(), action.statusTip()])

    for action in bar.actions():
        if action.menu() is not None:
            walk(action.menu())
    return texts


def _columns(model: QAbstractItemModel) -> int:
    """How many columns a model has (a list model's columnCount is not public in Python)."""
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount()


def visible_texts(root: QWidget) -> list[str]:
    """Titles, labels, buttons, placeholders, accessible names, items and headers."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = range(_columns(model))
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
            for row in range(min(model.rowCount(), 200)):  # cells: stage names, reasons …
                texts += [str(model.data(model.index(row, c)) or "") for c in columns]
        if isinstance(widget, QMenuBar):
            texts += menu_texts(widget)
    return [t for t in (_clean(t) for t in texts) if t]


def _covers(allowed: str, text: str) -> bool:
    """An allowed piece (a name, a file, a grade) makes ``text`` data when it is all of it,
    or a whole word of it: "C" (a grade) must not excuse "Customer"."""
    if not allowed:
        return False
    if allowed == text:
        return True
    if len(allowed) < 3:
        return re.search(rf"(?<!\w){re.escape(allowed)}(?!\w)", text) is not None
    return allowed in text


def leaked(english: list[str], translated: list[str], allowed: set[str]) -> set[str]:
    """Texts with words that read the same in English and in the other language.

    A text that contains an allowed piece (a name, a company, a file) is data, not a leak;
    a text without words ("0", "—") says nothing, and key names (Ctrl+Z) are Qt's own.
    """
    same = set(english) & set(translated)
    return {
        t
        for t in same
        if WORD.search(t) and not KEYS.match(t) and not any(_covers(a, t) for a in allowed)
    }
