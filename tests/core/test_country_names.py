"""The import's country names: LeadDesk's own table, the same names phonenumbers' geocoder gives."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from leaddesk.core.importing.content import content_reason, country_words
from leaddesk.core.importing.recognise import R_COUNTRY

ROOT = Path(__file__).resolve().parents[2]
TABLE = ROOT / "leaddesk" / "resources" / "country_names.json"


def test_the_table_is_what_the_geocoder_says() -> None:
    # Out of date after a phonenumbers upgrade: run `python tools/country_names.py`.
    spec = importlib.util.spec_from_file_location(
        "country_names", ROOT / "tools" / "country_names.py"
    )
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert json.loads(TABLE.read_text("utf-8")) == tool.country_names()


def test_country_names_in_english_spanish_and_italian_are_recognised() -> None:
    words = country_words()
    for name in ("germany", "alemania", "germania", "estados unidos", "regno unito", "japon"):
        assert name in words


def test_values_that_are_countries_named_in_spanish_or_italian_are_countries() -> None:
    spanish = ["Alemania", "Francia", "Holanda", "Suecia", "Japón", "Marruecos"]
    italian = ["Germania", "Paesi Bassi", "Svezia", "Giappone", "Marocco", "Stati Uniti"]
    assert content_reason(spanish) == R_COUNTRY
    assert content_reason(italian) == R_COUNTRY
