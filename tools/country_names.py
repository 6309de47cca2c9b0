"""Writes leaddesk/core/importing/countries.py: country names (en/es/it) and ISO codes as
phonenumbers' geocoder gives them, so the import recognises a country column without loading
the geocoder's tables (about a second) each time it starts.

Run after upgrading phonenumbers: ``python tools/country_names.py``; a test compares.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "leaddesk" / "core" / "importing" / "countries.py"
LANGUAGES = ("en", "es", "it")


def geocoder_names() -> frozenset[str]:
    """ISO alpha-2 codes (lower case) and each region's name in LANGUAGES, normalised."""
    import phonenumbers
    from phonenumbers import geocoder

    from leaddesk.core.source_table import normalise_header

    names = {r.lower() for r in phonenumbers.SUPPORTED_REGIONS}
    for region in phonenumbers.SUPPORTED_REGIONS:
        number = phonenumbers.example_number(region)
        if number is None:
            continue
        for lang in LANGUAGES:
            name = geocoder.country_name_for_number(number, lang)
            if name:
                names.add(normalise_header(name))
    return frozenset(names)


def module_text(names: frozenset[str]) -> str:
    lines = [
        '"""Country names in English, Spanish and Italian and ISO alpha-2 codes, normalised',
        '(phonenumbers\' geocoder, written by tools/country_names.py; do not edit by hand)."""',
        "",
        "GEOCODER_NAMES = frozenset(",
        "    [",
        *(f'        "{name}",' for name in sorted(names)),
        "    ]",
        ")",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    sys.path.insert(0, str(ROOT))
    TARGET.write_text(module_text(geocoder_names()), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
