"""Refresh the translations: core's catalogue → lupdate → (translators edit .ts) → lrelease.

    python tools/update_translations.py           # regenerate core_strings.py, lupdate, lrelease
    python tools/update_translations.py --release # only compile the .ts files into .qm

Core is Qt-free and speaks English; its labels come from its own tables here, and the
messages it builds with values are listed as TEMPLATES (placeholders in braces). Both are
written literally into ``leaddesk/ui/core_strings.py`` so lupdate extracts them under the
``core`` context; ``leaddesk.ui.i18n`` translates them at display time.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TRANSLATIONS = ROOT / "leaddesk" / "resources" / "translations"
LANGUAGES = ("es", "it", "cs")
#: English is the source language; its file holds only the plural forms ("%n lead(s)" →
#: "1 lead", "2 leads"), made with ``lupdate -pluralonly``.
ENGLISH = "en"
CORE_STRINGS = ROOT / "leaddesk" / "ui" / "core_strings.py"

from leaddesk.core.backups.dbcheck import CHECKED, REFRESHED  # noqa: E402
from leaddesk.core.history_text import STORED_PHRASES, STORED_TEMPLATES  # noqa: E402

#: Messages core builds with values; ``{name}`` stands for a value (translated if it is a
#: catalogued word itself, such as a stage name).
TEMPLATES: tuple[str, ...] = (
    # lifecycle (core/stages.py)
    "The lead is already in {stage}.",
    "Scores never move a lead from {current} to {target}.",
    "A qualification call decides for leads in SAL; this lead is in {current}. "
    "Confirm an override with a reason.",
    "A qualification call cannot move a lead to {target}.",
    "Moving a lead from SAL to {target} is decided by a qualification call.",
    "A lead cannot move from {current} to {target}.",
    # errors (core/errors.py)
    "Cannot open {where}: {detail}",
    "Lead {lead_id} does not exist (it may have been deleted).",
    "Lead {lead_id} was changed by someone else since you opened it "
    "(version {expected}, now {actual}). Reload it and apply your changes again.",
    # fields (core/fields.py)
    "{value} is not an email address",
    "{value} is not a number",
    "{value} is not a whole number",
    "{value} is not a date",
    # qualification call (core/qualification*.py)
    "the answers point to '{proposed}'; say in one line why you chose '{chosen}'",
    "decided with {who}",
    "no {what} identified yet",
    "{what} not confirmed",
    "no need, {why}",
    # import (storage/reading, storage/filesafety)
    "holds more than {count} records",
    "has {count} fields; the limit is {limit}",
    "has {count} columns; the limit is {limit}",
    "has {count} rows; the limit is {limit}",
    "has more than {count} rows; the limit is {limit}",
    "has no sheet named {sheet}; its sheets: {names}",
    "has no sheet with a list of leads: {names}; choose a sheet",
    "is not valid JSON ({detail})",
    "cannot be read ({detail})",
    "cannot be read as a table ({detail})",
    "is not valid {encoding} text",
    "is {size} MiB; the limit is {limit} MiB",
    "{path} is a folder, not a LeadDesk database file.",
    # reports (core/reports/tables.py)
    "By {group}",
    "Cannot read {path}: {detail}.",
    # Check database's report (core/backups/dbcheck.py)
    *CHECKED.values(),
    REFRESHED,
    "Found {found} problem(s); repaired {repaired}.",
    "• {finding} ({mark})",
    "… and {count} more.",
    "A backup was made first: {path}",
    # a lead's history as core stores it (core/history_text.py)
    *STORED_TEMPLATES,
)

#: Fixed sentences and phrases from core that are not in its tables.
PHRASES: tuple[str, ...] = (
    "{field}: {reason}",
    "sheet {sheet}",
    "row {row}",
    "column {column}",
    "Disqualifying a lead needs a reason.",
    "A lead becomes SQL through a qualification call whose outcome is "
    "'ready' (or an override with a written reason).",
    "Only an SQL lead can become a customer.",
    "Cancelled; nothing was changed.",
    "is not a lead field",
    "Name",
    "a lead needs a name, an email or a company",
    # qualification call
    "Reason for your choice",
    "Meeting",
    "Follow-up",
    "Content",
    "Reason",
    "a lead ready for sales needs the meeting date and time",
    "the meeting time has no time zone",
    "nurturing needs a follow-up date",
    "say what content would help",
    "a suspect needs a reason from the list",
    "say in a few words what the other reason is",
    "ready",
    "needs nurturing",
    "suspect",
    "need and budget confirmed",
    "need confirmed",
    "budget confirmed",
    "talking to the decision maker",
    "decision maker unknown",
    "little interest",
    "the conversation felt cold",
    "no money this period",
    "budget not confirmed",
    "no interest in our solution",
    "no need and no budget",
    "need",
    "Contact request",
    # import
    "is empty (0 bytes)",
    "holds no records",
    "does not exist",
    "is a folder, not a file",
    "is a text table; it has no sheets",
    "holds no rows (it is empty)",
    "is not a text table (it holds binary data)",
    "is a workbook saved with a text extension; rename it to .xlsx or .xls",
    "is password-protected; save it without a password",
    "has no worksheets",
    "is a pivot table (a summary of other data), not a list of leads",
    "is not a valid spreadsheet (damaged, truncated, password-protected, or another "
    "kind of file renamed)",
    # reports (core/reports/service.py)
    "By score decile",
    "Decile",
    "By fit grade",
    "Fit grade",
    "No problems found.",
    "repaired",
    "not repaired",
    "Problems that cannot be repaired safely: restore a backup (File → Backups…) or ask for help.",
    "Scores were not checked (no scoring rules installed).",
    *STORED_PHRASES,
)


def core_words() -> list[str]:
    """Every label core's tables hold, in a stable order, without duplicates."""
    from leaddesk.core.importing.mapping import TARGET_LABELS
    from leaddesk.core.leads import FIELD_LABELS, InteractionKind, Offer
    from leaddesk.core.qualification.outcomes import DISQUALIFY_LABELS, OUTCOME_LABELS
    from leaddesk.core.qualification.proposal import TIMING_WORDS
    from leaddesk.core.qualification.questions import SECTIONS
    from leaddesk.core.qualification.record import OFFER_LABELS
    from leaddesk.core.scoring.engine import ACTIVITY_LABELS
    from leaddesk.core.scoring.match import OPERATOR_LABELS
    from leaddesk.core.scoring.service import default_rules
    from leaddesk.core.stages import STAGE_LABELS

    words: list[str] = []
    words += STAGE_LABELS.values()
    words += FIELD_LABELS.values()
    # The timeline names interaction kinds by their value ("email_open" → "Email open").
    words += [kind.value.replace("_", " ").capitalize() for kind in InteractionKind]
    # The activity wizard names kinds and offers by their bare value ("form conversion").
    words += [kind.value.replace("_", " ") for kind in InteractionKind]
    words += [offer.value.replace("_", " ") for offer in Offer]
    words += OUTCOME_LABELS.values()
    words += DISQUALIFY_LABELS.values()
    words += OFFER_LABELS.values()
    words += TIMING_WORDS.values()
    for section in SECTIONS:
        words.append(section.title)
        for question in section.questions:
            words.append(question.text)
            words.append(question.short)
            words += [label for _value, label in question.choices]
    words += TARGET_LABELS.values()
    words += ACTIVITY_LABELS.values()
    words += OPERATOR_LABELS.values()
    # The rules LeadDesk ships are stored with English names; they are shown translated.
    words += [rule.name for rule in default_rules().rules]
    words += report_words()
    words += PHRASES
    seen: set[str] = set()
    return [w for w in words if w and not (w in seen or seen.add(w)) and w not in TEMPLATES]


def report_words() -> list[str]:
    """The report tables' titles and column labels (literals in core/reports/tables.py)."""
    import ast

    from leaddesk.core.reports.tables import GROUP_TITLES

    source = (ROOT / "leaddesk" / "core" / "reports" / "tables.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    docstrings = {
        node.body[0].value.value  # type: ignore[attr-defined]
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef) and ast.get_docstring(node)
    }
    words = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value[:1].isupper()
        and node.value.strip() == node.value
        and node.value not in docstrings
    ]
    # "By source channel": the group's name in lower case goes into "By {group}".
    return words + [title.lower() for title in GROUP_TITLES.values()]


def write_core_strings() -> None:
    def lines(name: str, items: list[str] | tuple[str, ...]) -> list[str]:
        out = [f"{name}: tuple[str, ...] = ("]
        out += [f'    QT_TRANSLATE_NOOP("core", {text!r}),' for text in items]
        return out + [")", ""]

    body = [
        '"""Core\'s words and message templates, listed literally so lupdate extracts them.',
        "",
        "Generated by tools/update_translations.py from core's tables; do not edit by hand.",
        '"""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        *lines("WORDS", core_words()),
        *lines("TEMPLATES", TEMPLATES),
    ]
    CORE_STRINGS.write_text("\n".join(body).rstrip() + "\n", encoding="utf-8")
    subprocess.run(["ruff", "format", "-q", str(CORE_STRINGS)], check=False)


def sources() -> list[str]:
    ui = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "leaddesk" / "ui").rglob("*.py"))
    return [*ui, "leaddesk/app.py"]


def lupdate() -> None:
    for code in (*LANGUAGES, ENGLISH):
        ts = TRANSLATIONS / f"leaddesk_{code}.ts"
        cmd = [
            "pyside6-lupdate",
            *(["-pluralonly"] if code == ENGLISH else []),
            "-tr-function-alias",
            "tr+=_tr",
            "-no-obsolete",
            "-locations",
            "none",
            *sources(),
            "-ts",
            str(ts),
        ]
        subprocess.run(cmd, check=True, cwd=ROOT)


def lrelease() -> None:
    for code in (*LANGUAGES, ENGLISH):
        ts = TRANSLATIONS / f"leaddesk_{code}.ts"
        qm = ts.with_suffix(".qm")
        subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile .ts into .qm")
    args = parser.parse_args()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if not args.release:
        write_core_strings()
        lupdate()
    lrelease()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
