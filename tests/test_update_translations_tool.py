"""tools/update_translations.py keeps the plural messages lupdate reads as plain ones."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PLURAL = """<message numerus="yes">
        <source>{source}</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>"""

AFTER_LUPDATE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>formatting</name>
    <message>
        <source>%n day(s)</source>
        <translation type="unfinished">%n día</translation>
    </message>
</context>
</TS>
"""


def tool():
    spec = importlib.util.spec_from_file_location("tool", ROOT / "tools/update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_plurals_lupdate_flattened_or_left_out_are_kept(tmp_path: Path) -> None:
    ts = tmp_path / "leaddesk_es.ts"
    ts.write_text(AFTER_LUPDATE, encoding="utf-8")
    before = {
        # flattened by lupdate: QCoreApplication.translate("formatting", "%n day(s)", "", n)
        ("formatting", "%n day(s)"): ET.fromstring(PLURAL.format(source="%n day(s)")),
        # left out by lupdate: translate("", "%n call(s) to make", None, n)
        ("", "%n call(s) to make"): ET.fromstring(PLURAL.format(source="%n call(s) to make")),
        # no longer in the code: not brought back
        ("formatting", "%n fortnight(s)"): ET.fromstring(PLURAL.format(source="%n fortnight(s)")),
    }
    assert tool().keep_plurals(ts, before) == 2
    root = ET.parse(ts).getroot()
    plurals = {
        (c.findtext("name"), m.findtext("source"))
        for c in root.iter("context")
        for m in c.iter("message")
        if m.get("numerus") == "yes"
    }
    assert plurals == {("formatting", "%n day(s)"), ("", "%n call(s) to make")}
    assert len(list(root.iter("message"))) == 2  # the flattened one replaced, not doubled
    assert "%n días" in ts.read_text(encoding="utf-8")
