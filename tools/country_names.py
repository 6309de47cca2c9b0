"""Write ``leaddesk/resources/country_names.json``: every country's name in English, Spanish
and Italian, from phonenumbers' geocoder.

    python tools/country_names.py

The import recognises a column of countries by these names. They are kept as a small table
of our own so neither the app nor the desktop bundle loads the geocoder, whose per-prefix
tables are 40 MB of Python (4 MiB in the bundle). Run again after upgrading phonenumbers;
``tests/core/test_country_names.py`` says when the table is out of date.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "leaddesk" / "resources" / "country_names.json"
LANGUAGES = ("en", "es", "it")


def country_names() -> dict[str, list[str]]:
    """Region code → its distinct names in LANGUAGES, as the geocoder gives them."""
    import phonenumbers
    from phonenumbers import geocoder

    table = {}
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        number = phonenumbers.example_number(region)
        if number is None:
            continue
        names = [geocoder.country_name_for_number(number, lang) for lang in LANGUAGES]
        table[region] = sorted({name for name in names if name})
    return {region: names for region, names in table.items() if names}


def main() -> None:
    text = json.dumps(country_names(), ensure_ascii=False, indent=0, sort_keys=True)
    OUT.write_text(text + "\n", encoding="utf-8")
    print(f"{OUT}: {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
