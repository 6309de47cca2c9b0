"""The desktop bundle's build: one spec for every system, built and smoke-tested by CI."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import trim_icu  # noqa: E402

SPEC = (ROOT / "packaging" / "leaddesk.spec").read_text(encoding="utf-8")


def test_the_spec_names_no_path_of_one_system() -> None:
    # Windows and macOS build from the same spec: no /usr, site-packages or .so/.dll names.
    code = "\n".join(line.split("#", 1)[0] for line in SPEC.splitlines())
    assert not re.search(r"/usr/|/lib/|site-packages|\.so\b|\.dll\b|C:\\\\", code)


def test_windows_gets_a_console_program_beside_the_windowed_one() -> None:
    assert 'executable("LeadDesk", console=False)' in SPEC
    assert 'if sys.platform == "win32":' in SPEC
    assert 'executable("leaddesk-cli", console=True)' in SPEC


def test_ci_builds_the_bundle_and_runs_it() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "'.[test,bundle]'" in ci
    assert ci.index("tools/build_bundle.py") < ci.index("tools/smoke_bundle.sh")


# --- ICU data (tools/trim_icu.py): Linux's Qt wheel ships 31 MiB of it, Qt reads a sixth.

ICU_LIBRARY = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"), None)
needs_icu = pytest.mark.skipif(
    ICU_LIBRARY is None or shutil.which("cc") is None or shutil.which("nm") is None,
    reason="Linux Qt's ICU data, cc and nm",
)

# What Qt asks ICU for: collation, case mapping in a locale, time-zone names, codecs.
QT_ICU_PROBE = """
import json
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone
words = ["chata", "hrad", "Čech", "cesta", "Žena", "zebra", "ñandú", "nube", "llama", "luz",
         "Äpfel", "Apfel", "ångström", "zoo", "città", "ciudad", "řeka", "rak", "東京", "北京"]
out = {}
for name in ["cs_CZ", "es_ES", "it_IT", "en_US", "de_DE", "sv_SE", "pl_PL", "zh_CN"]:
    out[name] = sorted(words, key=QCollator(QLocale(name)).sortKey)
prague = QTimeZone(b"Europe/Prague")
for name in ["cs_CZ", "es_ES", "it_IT", "en_US"]:
    out["zone " + name] = prague.displayName(
        QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale(name))
out["upper"] = [QLocale(name).toUpper("istanbul ß") for name in ("tr_TR", "cs_CZ")]
out["codecs"] = [QStringDecoder(name).isValid()
                 for name in ("windows-1250", "ISO-8859-2", "windows-1252", "IBM852", "KOI8-R")]
print(json.dumps(out, ensure_ascii=False))
"""


def qt_icu_answers(library_dir: Path | None) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if library_dir is not None:  # searched before the wheel's own folder (its RUNPATH)
        env["LD_LIBRARY_PATH"] = str(library_dir)
    run = subprocess.run(
        [sys.executable, "-c", QT_ICU_PROBE], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(run.stdout)


@needs_icu
def test_icu_packages_are_read_and_written_back_byte_for_byte() -> None:
    symbol, offset, size = trim_icu.symbol_of(ICU_LIBRARY)
    package = ICU_LIBRARY.read_bytes()[offset : offset + size]
    header, items = trim_icu.read_package(package)
    assert len(items) > 1000 and items[0][0].startswith(symbol[:-4])
    assert trim_icu.write_package(header, items) == package


@needs_icu
def test_the_trimmed_icu_data_answers_qt_as_the_full_data_does(tmp_path: Path) -> None:
    library = tmp_path / ICU_LIBRARY.name
    shutil.copy(ICU_LIBRARY, library)
    saved = trim_icu.trim(library)
    assert saved > 20 * 2**20 and library.stat().st_size < 8 * 2**20
    trimmed = qt_icu_answers(tmp_path)
    assert trimmed == qt_icu_answers(None)
    assert trimmed["cs_CZ"].index("hrad") < trimmed["cs_CZ"].index("chata")  # ch after h
    assert trimmed["zone cs_CZ"] == "středoevropský standardní čas"
