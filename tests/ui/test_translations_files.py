"""The .ts sources are complete and in step with the code; the .qm files match them."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "leaddesk" / "resources" / "translations"
LANGUAGES = ("es", "it", "cs")
PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d")


def messages(code: str) -> list[tuple[str, ET.Element]]:
    tree = ET.parse(TRANSLATIONS / f"leaddesk_{code}.ts")
    return [
        (context.findtext("name") or "", message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_has_a_finished_translation(code: str) -> None:
    problems = []
    for context, message in messages(code):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is unfinished")
            continue
        texts = forms(message)
        if not texts or not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_placeholders_and_mnemonics(code: str) -> None:
    problems = []
    for context, message in messages(code):
        source = message.findtext("source") or ""
        for text in forms(message):
            if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(text))):
                problems.append(f"{context}: {source!r} → {text!r}: placeholders differ")
            has_mnemonic = "&" in source.replace("&&", "") and "<" not in source
            if has_mnemonic and "&" not in text:
                problems.append(f"{context}: {source!r} → {text!r}: lost its Alt+letter")
    assert not problems, "\n".join(problems)


def test_czech_plurals_have_three_forms() -> None:
    numerus = [m for _c, m in messages("cs") if m.get("numerus") == "yes"]
    assert numerus, "the status bar's lead count is a plural"
    for message in numerus:
        assert len(forms(message)) == 3, message.findtext("source")


@pytest.mark.parametrize("code", LANGUAGES)
def test_compiled_qm_matches_the_ts(code: str) -> None:
    """The committed .qm is what `pip install .` ships: it must hold every translation."""
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"leaddesk_{code}.qm"))
    stale = []
    for context, message in messages(code):
        if message.get("numerus") == "yes":
            continue
        source = message.findtext("source") or ""
        expected = forms(message)[0]
        if translator.translate(context, source) != expected:
            stale.append(source)
    assert not stale, f"run tools/update_translations.py; stale: {stale[:5]}"


@pytest.mark.skipif(not shutil.which("pyside6-lupdate"), reason="pyside6-lupdate not on PATH")
def test_every_string_in_the_code_is_in_the_ts_files(tmp_path: Path) -> None:
    """A new tr() string (or core word) without a translation fails here."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import update_translations as tool
    finally:
        sys.path.pop(0)
    generated = tmp_path / "core_strings.py"
    original = tool.CORE_STRINGS
    tool.CORE_STRINGS = generated
    try:
        tool.write_core_strings()
    finally:
        tool.CORE_STRINGS = original
    committed = (ROOT / "leaddesk" / "ui" / "core_strings.py").read_text(encoding="utf-8")
    assert generated.read_text(encoding="utf-8") == committed, (
        "core's tables changed: run tools/update_translations.py"
    )
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            "pyside6-lupdate",
            "-tr-function-alias",
            "tr+=_tr",
            "-locations",
            "none",
            *tool.sources(),
            "-ts",
            str(fresh),
        ],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    tree = ET.parse(fresh)
    wanted = {
        (c.findtext("name") or "", m.findtext("source"))
        for c in tree.getroot().iter("context")
        for m in c.iter("message")
    }
    for code in LANGUAGES:
        have = {(c, m.findtext("source")) for c, m in messages(code)}
        missing = sorted(wanted - have)
        assert not missing, f"{code}: not in the .ts (run tools/update_translations.py): {missing}"
    plurals = {
        (c.findtext("name") or "", m.findtext("source"))
        for c in tree.getroot().iter("context")
        for m in c.iter("message")
        if m.get("numerus") == "yes"
    }
    have = {(c, m.findtext("source")) for c, m in messages("en")}
    assert not sorted(plurals - have), "en: a plural string lacks its English forms"


def test_english_says_one_lead_and_two_leads() -> None:
    """English is the source language, but "%n lead(s)" needs its two forms too."""
    found = messages("en")
    assert found and all(m.get("numerus") == "yes" for _c, m in found)
    for _context, message in found:
        one, many = forms(message)
        assert one and many and "(s)" not in one + many, message.findtext("source")
        assert PLACEHOLDER.findall(many) == PLACEHOLDER.findall(message.findtext("source") or "")
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "leaddesk_en.qm"))
    assert translator.translate("MainWindow", "%n lead(s)", "", 1) == "%n lead"
    assert translator.translate("MainWindow", "%n lead(s)", "", 2) == "%n leads"


def test_module_level_tr_helpers_find_their_translations() -> None:
    """lupdate files a tr() outside a class under the empty context; every module-level
    helper must look there (a helper with its own context shows English everywhere)."""
    import ast
    import importlib

    from tests.ui.i18n_helpers import language

    checked = []
    with language("es"):
        for path in sorted((ROOT / "leaddesk" / "ui").rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            if not any(isinstance(n, ast.FunctionDef) and n.name == "tr" for n in tree.body):
                continue
            literal = next(
                (
                    call.args[0].value
                    for call in ast.walk(tree)
                    if isinstance(call, ast.Call)
                    and getattr(call.func, "id", None) == "tr"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                    and len(call.args) == 1
                    and any(ch.isalpha() for ch in call.args[0].value)
                ),
                None,
            )
            if literal is None:
                continue
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            module = importlib.import_module(name)
            checked.append(name)
            assert module.tr(literal) != literal, f"{name}: tr({literal!r}) is not translated"
    assert len(checked) >= 8
