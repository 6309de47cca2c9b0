"""Every screen in Spanish, Italian and Czech: no English left, core's words translated."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from leaddesk.app import current_user
from leaddesk.core.errors import FieldInvalid, ImportFileError, StageMoveRefused
from leaddesk.core.qualification.answers import CallAnswers
from leaddesk.core.qualification.proposal import propose_outcome
from leaddesk.core.qualification.questions import Interest, Timing, YesNo
from leaddesk.core.scoring.service import default_rules
from leaddesk.core.stages import Stage, check_move
from leaddesk.ui.activity.wizard import open_activity_wizard
from leaddesk.ui.backups.dialog import BackupsDialog
from leaddesk.ui.dialogs import NewLeadDialog
from leaddesk.ui.exporting.dialog import open_export_dialog
from leaddesk.ui.i18n import LANGUAGES, chosen_language, system_language, translate_error
from leaddesk.ui.importing.history import open_import_history
from leaddesk.ui.importing.wizard import open_import_wizard
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.qualification.form import open_qualification_form
from leaddesk.ui.reports.view import ReportsPage
from leaddesk.ui.scoring.editor import open_rules_editor
from leaddesk.ui.settings.database import open_settings_dialog
from leaddesk.ui.settings.preferences import PreferencesDialog
from leaddesk.ui.shortcuts_dialog import ShortcutsDialog
from leaddesk.ui.tasks import wait_for_background_work
from leaddesk.ui.team.conflict_dialog import ConflictDialog
from tests.ui.i18n_helpers import _clean, language, leaked, visible_texts

TRANSLATIONS = Path(__file__).resolve().parents[2] / "leaddesk" / "resources" / "translations"
LEAD = {
    "first_name": "Marco",
    "last_name": "Ferrari",
    "email": "marco@studio-aurora.it",
    "phone": "+39 055 123 4567",
    "company": "Studio Dentistico Aurora",
    "job_title": "Office Manager",
}


@pytest.fixture
def workspace(sqlite_url, clock, tmp_path):
    """Screens read the same on both backends: SQLite keeps this test fast."""
    from leaddesk.app import build_workspace
    from leaddesk.storage.db import open_database

    ws = build_workspace(open_database(sqlite_url), actor="tester")
    ws.leads.clock = clock
    ws.backups.set_folder(tmp_path / "backups")
    yield ws
    ws.close()


ACTIVITY_HEADERS = ["Recipient", "Sent", "Event"]  # the file's own words: data
LEADS_HEADERS = ["Nombre", "Correo", "Empresa"]
LEADS_ROW = ["Ana", "ana@talleres.es", "Talleres Ruiz"]


def same_in(code: str) -> set[str]:
    """Catalogue texts whose translation reads like the English (MQL, LeadDesk, Email …)."""
    tree = ET.parse(TRANSLATIONS / f"leaddesk_{code}.ts")
    same = set()
    for message in tree.getroot().iter("message"):
        source = _clean(message.findtext("source") or "")
        translation = message.find("translation")
        texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if any(_clean(t) == source for t in texts):
            same.add(source)
    # Plural forms that read as the English ones ("%n lead": Italian borrows the word),
    # as the screens show them for the few leads a test makes.
    english = {
        m.findtext("source"): [f.text or "" for f in m.iter("numerusform")]
        for m in ET.parse(TRANSLATIONS / "leaddesk_en.ts").getroot().iter("message")
    }
    for message in tree.getroot().iter("message"):
        forms = [f.text or "" for f in message.iter("numerusform")]
        for form in set(forms) & set(english.get(message.findtext("source"), [])):
            same.update(_clean(form.replace("%n", str(n))) for n in range(21))
    return same


def sal_lead(ws) -> int:
    lead = ws.leads.create_lead(LEAD).value
    ws.leads.move_lead(lead.id, Stage.MQL)
    ws.leads.move_lead(lead.id, Stage.SAL)
    return lead.id


def activity_file(tmp_path: Path) -> Path:
    path = tmp_path / "activity.csv"
    with path.open("w", newline="") as fh:
        csv.writer(fh).writerows(
            [ACTIVITY_HEADERS, ["marco@studio-aurora.it", "2026-02-03", "open"]]
        )
    return path


def screens(tmp_path: Path) -> dict[str, Callable[[MainWindow, int], QWidget | None]]:
    """Each screen on main, opened the way the user opens it."""
    found: dict[str, Callable[[MainWindow, int], QWidget | None]] = {
        "main window": lambda w, _id: w,
        "new lead": lambda w, _id: NewLeadDialog(w),
        "preferences": lambda w, _id: PreferencesDialog(QSettings(), w),
        "shortcuts": lambda w, _id: ShortcutsDialog(w.menuBar(), w),
    }
    path = str(activity_file(tmp_path))
    leads = str(leads_file(tmp_path))

    def conflict_dialog(w: MainWindow, lead_id: int) -> QWidget:
        from dataclasses import replace

        from leaddesk.core.edit_merge import merge_edits

        theirs = w.workspace.leads.lead(lead_id)
        base = replace(theirs, job_title="Assistant", city="—")
        mine = {"job_title": "Owner", "city": theirs.city}
        return ConflictDialog(w, merge_edits(base, mine, theirs))

    found.update(
        {
            "qualification call": lambda w, lead_id: open_qualification_form(w, lead_id),
            "backups": lambda w, _id: BackupsDialog(w),
            "activity import": lambda w, _id: open_activity_wizard(w, path),
            "lead import": lambda w, _id: open_import_wizard(w, leads),
            "past imports": lambda w, _id: open_import_history(w),
            "reports": lambda w, _id: ReportsPage(w),
            "database settings": lambda w, _id: open_settings_dialog(w),
            "edit conflict": conflict_dialog,
            "export": lambda w, _id: open_export_dialog(w),
            "scoring rules": lambda w, _id: open_rules_editor(w),
        }
    )
    return found


def leads_file(tmp_path: Path) -> Path:
    path = tmp_path / "leads.csv"
    with path.open("w", newline="") as fh:
        csv.writer(fh).writerows([LEADS_HEADERS, LEADS_ROW])
    return path


def settle() -> None:
    for _ in range(3):
        wait_for_background_work(10_000)
        QApplication.processEvents()


def texts_of(qtbot, workspace, lead_id: int, tmp_path: Path) -> dict[str, list[str]]:
    window = MainWindow(workspace, settings=QSettings())
    qtbot.addWidget(window)
    shown: dict[str, list[str]] = {}
    for name, opener in screens(tmp_path).items():
        widget = opener(window, lead_id)
        assert widget is not None, name
        settle()  # background reading and computing done, their results shown
        shown[name] = visible_texts(widget)
        if widget is not window:
            widget.close()
            settle()
    return shown


@pytest.mark.parametrize("code", ["es", "it", "cs"])
def test_no_english_is_left_on_any_screen(qtbot, workspace, tmp_path, code) -> None:
    lead_id = sal_lead(workspace)
    english = texts_of(qtbot, workspace, lead_id, tmp_path)
    with language(code):
        translated = texts_of(qtbot, workspace, lead_id, tmp_path)
    data = {
        *LEAD.values(),
        *ACTIVITY_HEADERS,
        "open",  # the activity file's own event word
        *LEADS_HEADERS,
        *LEADS_ROW,
        "Marco Ferrari",
        "tester",  # the user, owner of what the test creates
        current_user(),  # the login name the settings offer
        "Owner",  # the conflict dialog's value typed by the user
        "Assistant",  # and the value before both edits
        workspace.database_name,
        "leads.csv",
        "activity.csv",
        "UTF-8",  # encodings go by their own names in every language
        "UTF-16",
    }
    # The shipped scoring rules are data the user renames and edits: their names and values.
    rules = default_rules().rules
    data |= {r.name for r in rules} | {r.value for r in rules if r.value} | {"/pricing"}
    # Qt's own words that read the same (OK in Italian and Czech), and languages' own names.
    allowed = same_in(code) | {"OK"} | set(LANGUAGES.values())
    for name in english:
        assert len(english[name]) > 3, f"{name} shows almost nothing"
        leaks = {t for t in leaked(english[name], translated[name], data) if t not in allowed}

        assert not leaks, f"{code}: English on the {name} screen: {sorted(leaks)}"


def test_a_screen_in_czech_uses_the_domains_words(qtbot, workspace, tmp_path) -> None:
    lead_id = sal_lead(workspace)
    with language("cs"):
        texts = texts_of(qtbot, workspace, lead_id, tmp_path)
    menus = texts["main window"]
    assert "Soubor" in menus and "Kvalifikační hovor…" in menus
    call = " ".join(texts["qualification call"])
    assert "Je zjištěna potřeba?" in call  # the call form's question
    assert "Diskvalifikovaný" in call  # a stage name from core


def refusal(current: Stage, target: Stage) -> StageMoveRefused:
    with pytest.raises(StageMoveRefused) as caught:
        check_move(current, target)
    return caught.value


def test_core_errors_show_in_the_users_language() -> None:
    with language("es"):
        assert translate_error(refusal(Stage.MQL, Stage.CUSTOMER)) == (
            "Un lead no puede pasar de MQL a Cliente."
        )
    with language("cs"):
        assert translate_error(refusal(Stage.LEAD, Stage.DISQUALIFIED)) == (
            "Diskvalifikace leadu vyžaduje důvod."
        )
        err = FieldInvalid("Email", "'x@' is not an email address")
        assert translate_error(err) == "E-mail: 'x@' není e-mailová adresa"
        err = ImportFileError("has no worksheets", file="leads.xlsx", sheet="Hoja1", row=3)
        assert translate_error(err) == "leads.xlsx, list 'Hoja1', řádek 3: nemá žádné listy"
    with language("it"):
        message = translate_error(refusal(Stage.SAL, Stage.NURTURE))
        assert message == (
            "Lo spostamento di un lead da SAL a Nurturing lo decide una chiamata di qualificazione."
        )
    # Back in English, the message is core's own sentence.
    assert translate_error(refusal(Stage.MQL, Stage.CUSTOMER)) == (
        "A lead cannot move from MQL to Customer."
    )


def test_the_calls_proposal_is_translated_phrase_by_phrase() -> None:
    answers = CallAnswers(
        need=YesNo.YES, money_available=YesNo.YES, interest=Interest.HIGH, timing=Timing.YEAR
    )
    reason = propose_outcome(answers).reason_text
    assert "→ needs nurturing" in reason
    from leaddesk.ui.i18n import translate_message

    with language("es"):
        spanish = translate_message(reason)
    assert spanish == (
        "necesidad y presupuesto confirmados; se desconoce quién decide, "
        "decide en un año como pronto → necesita nutrición"
    )


def test_language_follows_the_system_unless_chosen(monkeypatch) -> None:
    settings = QSettings()
    settings.remove("ui/language")
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("cs_CZ")))
    assert system_language() == "cs"
    assert chosen_language(settings) == "cs"
    settings.setValue("ui/language", "it")
    assert chosen_language(settings) == "it"
    assert chosen_language(settings, override="es") == "es"
    settings.remove("ui/language")
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ja_JP")))
    assert chosen_language(settings) == "en"


def test_a_form_rule_shows_its_offer_in_the_language_and_reads_it_back() -> None:
    from leaddesk.core.leads import Offer
    from leaddesk.core.scoring.engine import Activity, Rule, RulePart
    from leaddesk.ui.scoring.model import RuleDraft

    rule = Rule(
        "Demo asked", RulePart.ENGAGEMENT, 30, activity=Activity.FORM_CONVERSION,
        offer=Offer.DEMO_REQUEST,
    )  # fmt: skip
    with language("es"):
        draft = RuleDraft.from_rule(rule)
        assert draft.value != "demo_request" and draft.value  # the offer, in Spanish
        assert draft.to_rule([]).offer is Offer.DEMO_REQUEST
    assert RuleDraft.from_rule(rule).value == "demo request"
