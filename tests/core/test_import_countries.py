"""The country names the import recognises are written out from phonenumbers' geocoder, so
that recognising a country column does not load the geocoder's tables."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

from leaddesk.core.importing.content import R_COUNTRY, content_reason
from leaddesk.core.importing.countries import GEOCODER_NAMES

ROOT = Path(__file__).resolve().parents[2]


def test_the_written_names_are_the_geocoders_of_the_installed_phonenumbers() -> None:
    spec = importlib.util.spec_from_file_location("country_names", ROOT / "tools/country_names.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert tool.geocoder_names() == GEOCODER_NAMES, "run: python tools/country_names.py"


def test_a_country_column_is_recognised_without_the_geocoders_tables() -> None:
    probe = (
        "import sys; from leaddesk.core.importing.content import content_reason;"
        "print(content_reason(['Spain', 'Italia', 'Česko', 'Germany', 'ES']));"
        "print('phonenumbers.geodata' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    ).stdout.splitlines()
    assert out == [R_COUNTRY, "False"]
    assert content_reason(["España", "Regno Unito", "Francia"]) == R_COUNTRY
