"""Languages: which one to show, loading the translations, and translating core's words.

Core stays free of Qt, so its labels and messages are plain English. ``core_strings`` lists
them literally for lupdate (context ``core``); here they are translated at display time.
Messages that core builds with values ("A lead cannot move from MQL to Customer.") are
matched against the catalogue's templates and rebuilt in the user's language, with the
values (stage names and the like) translated too.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from leaddesk.core.errors import FieldInvalid, ImportFileError, LeadDeskError

TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"
#: The languages LeadDesk speaks, by code, each named in its own language.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "it": "Italiano",
    "cs": "Čeština",
}
LANGUAGE_KEY = "ui/language"
SYSTEM = "system"

_installed: list[QTranslator] = []


def system_language() -> str:
    """The first of the system's UI languages that LeadDesk speaks; English otherwise."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def chosen_language(settings: QSettings | None = None, override: str | None = None) -> str:
    """``--lang`` if given, else the Preferences choice, else the system's language."""
    if override:
        code = override.replace("_", "-").split("-")[0].lower()
        return code if code in LANGUAGES else "en"
    stored = str((settings or QSettings()).value(LANGUAGE_KEY, SYSTEM) or SYSTEM)
    return stored if stored in LANGUAGES else system_language()


def install_language(code: str) -> str:
    """Load LeadDesk's and Qt's own translations for ``code``; set the default locale.

    Returns the language in effect. Dates and numbers follow the system's locale when it is
    in the same language (Mexican Spanish keeps its formats), else the language's own.
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    system = QLocale.system()
    if QLocale(code).language() == system.language():
        QLocale.setDefault(system)
    else:
        QLocale.setDefault(QLocale(code))
    if app is None:
        return code
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    files = [(f"leaddesk_{code}", TRANSLATIONS_DIR)]
    if code != "en":  # English: only LeadDesk's plural forms ("1 lead", "2 leads")
        files.append((f"qtbase_{code}", qt_dir))
    for name, folder in files:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    return code


# -- core's words --------------------------------------------------------------------------
def ui_tr(text: str, n: int = -1) -> str:
    """Translate a string of a module-level ``tr()`` helper, falling back to core's words.

    lupdate files a bare ``tr("…")`` outside a class under the empty context, so that is
    where it is looked up; a dynamic ``tr(stage.label)`` finds core's translation. With a
    count ``n`` (``tr("%n call(s)", None, n)``, which lupdate reads as a plural) the
    language's plural form.
    """
    if n >= 0:
        return QCoreApplication.translate("", text, None, n)
    translated = QCoreApplication.translate("", text)
    return translated if translated != text else translate_message(text)


def core_tr(text: str) -> str:
    """A word or sentence from core, in the user's language (unchanged if not catalogued)."""
    return QCoreApplication.translate("core", text)


def stage_name(stage: Any) -> str:
    """A stage as the user reads it: Cliente, Nutrición, Zákazník …"""
    return core_tr(stage.label)


#: A call's outcome, stored as its code, in the words the call form uses.
_OUTCOME_WORDS = {"ready": "ready", "nurture": "needs nurturing", "suspect": "suspect"}


def outcome_name(code: str) -> str:
    """A call outcome's code ("nurture") as the reader names it ("necesita nutrición")."""
    return translate_message(_OUTCOME_WORDS.get(code, code))


@cache
def _template_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    from leaddesk.ui.core_strings import TEMPLATES

    patterns = []
    for template in TEMPLATES:
        parts = re.split(r"(\{\w+\})", template)
        regex = "".join(
            f"(?P<{p[1:-1]}>.+?)" if re.fullmatch(r"\{\w+\}", p) else re.escape(p) for p in parts
        )
        patterns.append((re.compile(f"^{regex}$", re.DOTALL), template))
    return tuple(patterns)


#: How core joins phrases ("need confirmed, timing unknown → needs nurturing"), widest first.
_JOINERS = (" → ", "; ", " · ", ", ")
#: Dates inside stored sentences are ISO ("2026-12-17", "2026-12-17 15:00"): the reader's way.
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MINUTE = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}")


def _value(text: str, depth: int) -> str:
    """A value of a template: a date the reader's way, else translated if catalogued."""
    from leaddesk.ui.formatting import format_date, format_datetime

    try:
        if _ISO_DATE.fullmatch(text):
            return format_date(date.fromisoformat(text))
        if _ISO_MINUTE.fullmatch(text):
            return format_datetime(datetime.fromisoformat(text))
    except ValueError:
        pass
    return translate_message(text, depth + 1)


def translate_message(text: str, _depth: int = 0) -> str:
    """Translate a message core built: exact words, a known template, or joined phrases."""
    if not text or _depth > 6:
        return text
    translated = core_tr(text)
    if translated != text:
        return translated
    for pattern, template in _template_patterns():
        match = pattern.match(text)
        if match is None:
            continue
        values = {k: _value(v, _depth) for k, v in match.groupdict().items()}
        return core_tr(template).format(**values)
    for joiner in _JOINERS:
        if joiner in text:
            parts = [translate_message(p, _depth + 1) for p in text.split(joiner)]
            if parts != text.split(joiner):
                return joiner.join(parts)
    return text


def translate_stored(text: str) -> str:
    """A text core stored (a stage change's reason, a call's summary, an agenda item) in the
    reader's language, line by line; what a user typed stays as typed."""
    return "\n".join(translate_message(line) for line in text.split("\n"))


def translate_error(err: BaseException) -> str:
    """A user error's sentence in the user's language, built from its typed fields."""
    if isinstance(err, FieldInvalid):
        return core_tr("{field}: {reason}").format(
            field=translate_message(err.field), reason=translate_message(err.reason)
        )
    if isinstance(err, ImportFileError):
        where = [
            part
            for part in (
                err.file,
                core_tr("sheet {sheet}").format(sheet=repr(err.sheet)) if err.sheet else None,
                core_tr("row {row}").format(row=err.row) if err.row is not None else None,
                core_tr("column {column}").format(column=repr(err.column)) if err.column else None,
            )
            if part
        ]
        reason = translate_message(err.reason)
        return f"{', '.join(where)}: {reason}" if where else reason
    if isinstance(err, LeadDeskError):
        return translate_message(str(err))
    return str(err)
