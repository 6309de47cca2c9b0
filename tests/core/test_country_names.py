"""The import recognises countries named in English, Spanish and Italian (the table is
checked against phonenumbers' geocoder in test_import_countries.py)."""

from __future__ import annotations

from leaddesk.core.importing.content import content_reason, country_words
from leaddesk.core.importing.recognise import R_COUNTRY


def test_country_names_in_english_spanish_and_italian_are_recognised() -> None:
    words = country_words()
    for name in ("germany", "alemania", "germania", "estados unidos", "regno unito", "japon"):
        assert name in words


def test_values_that_are_countries_named_in_spanish_or_italian_are_countries() -> None:
    spanish = ["Alemania", "Francia", "Holanda", "Suecia", "Japón", "Marruecos"]
    italian = ["Germania", "Paesi Bassi", "Svezia", "Giappone", "Marocco", "Stati Uniti"]
    assert content_reason(spanish) == R_COUNTRY
    assert content_reason(italian) == R_COUNTRY
