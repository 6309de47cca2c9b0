"""No untranslated text on any screen: every window and dialog the menus open, on the demo
pipeline (so stored history, calls and reports are there), read in Spanish, Italian and Czech.

A text fails when it is an English source string whose translation differs, an English plural
form, a sentence of core's catalogue in English, or a text the database stores shown as is
(free text users typed excepted). The windows are reached with the menu crawl's own walk.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from matplotlib.text import Text
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QTabBar,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from leaddesk import app as app_module
from leaddesk.core import demo
from leaddesk.core.agenda import demo as agenda_demo
from leaddesk.core.leads import InteractionKind
from leaddesk.core.qualification.outcomes import Outcome
from leaddesk.core.stages import Stage
from leaddesk.ui.core_strings import TEMPLATES
from leaddesk.ui.detail.view import open_lead_window, show_lead
from leaddesk.ui.reports.charts import ChartCanvas
from tests.ui.i18n_helpers import _clean, language, visible_texts
from tests.ui.test_menu_crawl import (  # noqa: F401 (fixtures)
    SKIPPED,
    WindowCloser,
    demo_database,
    menu_commands,
    no_outside_world,
    plain,
    select_a_lead,
)

TRANSLATIONS = Path(__file__).resolve().parents[2] / "leaddesk" / "resources" / "translations"
NUMBER = r"\d[\d.,\u00a0\u202f ]*"
PIECES = re.compile(r", | · |; ")
SCORE = re.compile(r" [+−-]\d+$")
CHART = "\x01chart\x01"  # marks a chart's text (legend, ticks, titles) while it is read

#: The demo's data: names, companies, channels … read the same in every language.
DATA: set[str] = {
    *(w for names in demo.FIRST.values() for w in names),
    *(w for names in demo.LAST.values() for w in names),
    *(w for names in demo.COMPANY.values() for w in names),
    *(w for names in demo.CITY.values() for w in names),
    *demo.COUNTRY.values(),
    *demo.ROLES,
    *demo.INDUSTRIES,
    *demo.CHANNELS,
    *demo.CAMPAIGNS,
    *demo.OWNERS,
    "subscribed",
    "unsubscribed",
}
#: What a user typed stays as typed: the demo's notes and the follow-ups' own words.
FREE_TEXT: set[str] = {
    "Asked about delivery times",
    "Prefers email to calls",
    "Met at the trade fair stand",
    "Wants a quote in EUR",
    "Newsletter",
    *(what for what, _content in agenda_demo.HAND_SET),
    "Invite to the next webinar",
    "Offer a free trial",
    "Webinar recording",
}


#: Codes core stores ("nurture", "email_open"): shown, they must be words of the language.
RAW_CODES = {o.value for o in Outcome} | {k.value for k in InteractionKind}


@cache
def forbidden(code: str) -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    """English sources translated differently in ``code``, and English plural forms."""
    root = ET.parse(TRANSLATIONS / f"leaddesk_{code}.ts").getroot()
    english_forms = {
        m.findtext("source"): [f.text or "" for f in m.iter("numerusform")]
        for m in ET.parse(TRANSLATIONS / "leaddesk_en.ts").getroot().iter("message")
    }
    sources: set[str] = set()
    translations: set[str] = set()
    plurals: list[re.Pattern[str]] = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if forms:
            for form in english_forms.get(source, []):
                if form not in forms and "%n" in form and re.search(r"[A-Za-z]{2}", form):
                    regex = re.escape(_clean(form)).replace("%n", NUMBER)
                    plurals.append(re.compile(f"^{regex}$"))
            continue
        text = _clean(translation.text or "")
        translations.add(text)
        if text and text != _clean(source) and "{" not in source:
            sources.add(_clean(source))
    return frozenset(sources - translations - DATA), tuple(plurals)


@cache
def english_templates() -> tuple[re.Pattern[str], ...]:
    """Core's sentences with values, as English would show them."""
    patterns = []
    for template in TEMPLATES:
        parts = re.split(r"(\{\w+\})", template)
        if not any(re.search(r"[A-Za-z]{2}", p) for p in parts if not p.startswith("{")):
            continue  # "{label}: {value}" reads the same in every language
        regex = "".join(".+?" if re.fullmatch(r"\{\w+\}", p) else re.escape(p) for p in parts)
        patterns.append(re.compile(f"^{regex}$", re.DOTALL))
    return tuple(patterns)


def stored_texts(database: Path) -> set[str]:
    """Every line of text the demo database stores for history and the agenda."""
    with sqlite3.connect(database) as conn:
        rows = conn.execute(
            "SELECT reason FROM stage_changes UNION SELECT detail FROM interactions"
            " WHERE kind NOT IN ('note', 'visit') UNION SELECT what FROM follow_ups"
        ).fetchall()
    lines = {line.strip() for (text,) in rows for line in (text or "").splitlines()}
    return {line for line in lines if re.search(r"[A-Za-z]{3}", line)} - FREE_TEXT - DATA


def _tree_texts(tree: QTreeWidget) -> list[str]:
    texts = [tree.headerItem().text(c) for c in range(tree.columnCount())]

    def walk(item: QTreeWidgetItem) -> None:
        texts.extend(item.text(c) for c in range(tree.columnCount()))
        texts.extend(item.toolTip(c) for c in range(tree.columnCount()))
        for n in range(item.childCount()):
            walk(item.child(n))

    for n in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(n))
    return texts


def screen_texts(root: QWidget) -> list[str]:
    """What ``root`` shows: visible_texts plus tabs, dock titles, trees, text boxes, charts."""
    texts = visible_texts(root)
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(n) for n in range(widget.count())]
        if isinstance(widget, QDockWidget):
            texts.append(widget.windowTitle())
        if isinstance(widget, QTreeWidget):
            texts += _tree_texts(widget)
        if isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, ChartCanvas):
            texts += [CHART + t.get_text() for t in widget.figure.findobj(Text)]
    lines = [line for text in texts for line in _clean(text).splitlines()]
    return [line.strip() for line in lines if line.strip()]


def is_key_name(text: str) -> bool:
    """A key as Qt writes it in this language ("Delete", "Ctrl+Right")."""
    native = QKeySequence.SequenceFormat.NativeText
    keys = QKeySequence.fromString(text, native)
    return not keys.isEmpty() and keys.toString(native) == text


def is_shortcuts_list(widget: QWidget) -> bool:
    return type(widget).__name__ == "ShortcutsDialog"


class Reader:
    """Reads every screen shown and keeps what is English where it should not be."""

    def __init__(self, code: str, stored: set[str]) -> None:
        self.code = code
        self.sources, self.plurals = forbidden(code)
        self.stored = stored
        self.found: dict[str, str] = {}
        self.lines_read = 0
        self.chart_texts = 0

    def read(self, where: str, widget: QWidget) -> None:
        # Qt names the keys in the shortcuts list ("Delete" in Czech too), from its own catalogue.
        lists = [w for w in (widget, *widget.findChildren(QWidget)) if is_shortcuts_list(w)]
        keys = {t for w in lists for t in screen_texts(w) if is_key_name(t)}
        for text in screen_texts(widget):
            self.lines_read += 1
            if text.startswith(CHART):
                self.chart_texts += 1
                text = text.removeprefix(CHART).strip()
            # A line and the pieces it lists ("Demo request +35, Free trial +25").
            if text in keys:
                continue
            for piece in {text, *(SCORE.sub("", p) for p in PIECES.split(text))}:
                problem = self.problem(piece)
                if problem and piece not in self.found:
                    self.found[piece] = f"{where}: {problem}"

    def problem(self, text: str) -> str | None:
        if text in DATA:
            return None
        if text in self.sources:
            return "English source string"
        if text in RAW_CODES:
            return "a stored code shown as is"
        if any(p.match(text) for p in self.plurals):
            return "English plural form"
        if text in self.stored and text not in FREE_TEXT:
            return "stored English shown as is"
        if any(p.match(text) for p in english_templates()):
            return "core's English sentence"
        return None


def read_leads(reader: Reader, qtbot: Any, window: Any) -> None:
    """The side panel and the lead window of a lead from each stage with a history."""
    for stage in (Stage.SAL, Stage.NURTURE, Stage.CUSTOMER, Stage.DISQUALIFIED):
        ids = window.board.columns[stage].list_view.model().ids
        assert ids, f"the demo has no lead in {stage.name}"
        view = show_lead(window, ids[0])
        for n in range(view.findChild(QTabBar).count()):
            view.findChild(QTabBar).setCurrentIndex(n)
            reader.read(f"side panel of a {stage.name} lead", window)
        lone = open_lead_window(window, ids[0])
        qtbot.addWidget(lone)
        reader.read(f"lead window of a {stage.name} lead", lone)
        lone.close()


def read_reports(reader: Reader, qtbot: Any, window: Any) -> None:
    """Every tab of Reports, once computed: tables and charts (legends, ticks, titles)."""
    window.show_reports()
    page = window.reports_page
    qtbot.waitUntil(lambda: page.result is not None and page._task is None, timeout=30_000)
    for n in range(page.tab_widget.count()):
        page.tab_widget.setCurrentIndex(n)
        qtbot.wait(10)
        reader.read(f"Reports, tab {page.tab_widget.tabText(n)!r}", window)
    window.show_board()


@pytest.mark.parametrize("code", ["es", "it", "cs"])
def test_no_english_on_any_screen(
    code: str,
    demo_database: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
    shown_windows: list[Any],
    no_outside_world: None,  # noqa: F811
) -> None:
    database = tmp_path / demo_database.name
    shutil.copy(demo_database, database)
    reader = Reader(code, stored_texts(database))
    assert reader.stored, "the demo stores no history to read"

    def crawl(_app: QApplication) -> int:
        window = shown_windows[-1]
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=30_000)
        closer = WindowCloser(qtbot)
        closer.settle()
        read_leads(reader, qtbot, window)
        read_reports(reader, qtbot, window)
        real_close = closer._close

        def read_then_close(widget: QWidget) -> None:
            reader.read(f"{type(widget).__name__} {widget.windowTitle()!r}", widget)
            real_close(widget)

        closer._close = read_then_close  # type: ignore[method-assign]
        for menu_action in window.menuBar().actions():
            for path, action in menu_commands(menu_action.menu(), (plain(menu_action.text()),)):
                if path in SKIPPED:
                    continue
                select_a_lead(qtbot, window)
                closer.click(action)
                reader.read(" → ".join(path), window)
        return 0

    monkeypatch.setattr(QApplication, "exec", crawl)
    with language(code):  # English again afterwards: the next tests read English
        assert app_module.run_gui(str(database), demo=True, lang=code) == 0
    assert reader.lines_read > 2000, reader.lines_read  # the crawl read the screens
    assert reader.chart_texts > 50, reader.chart_texts  # and the reports' charts
    assert not reader.found, "\n".join(f"{t!r} — {w}" for t, w in sorted(reader.found.items()))
