"""Form placeholders are blanks: one test the import, scoring and Reports share."""

from __future__ import annotations

import pytest

from leaddesk.core.placeholders import PLACEHOLDER_TEXTS, fold, is_missing, is_placeholder

PLACEHOLDERS = [
    "Select", "-- select --", "--", "-", "N/A", "none", "(blank)", "Please Select",
    "Seleccionar", "Seleccione", "ninguno", "n/d", "s/d", "Vacío",
    "Seleziona", "-- Seleziona --", "nessuno", "Vyberte", "žádný", "Žádné", "<Vyberte>",
]  # fmt: skip
VALUES = ["Selection Ltd", "Nonna Rosa", "Madrid", "0", "Dr.", "ana@select.com", "N/A Bar"]


@pytest.mark.parametrize("text", PLACEHOLDERS)
def test_placeholders_in_four_languages_are_blanks(text: str) -> None:
    assert is_placeholder(text)
    assert is_missing(fold(text))  # scoring's test agrees
    assert text in PLACEHOLDER_TEXTS  # the import's one-lookup test agrees


@pytest.mark.parametrize("text", VALUES)
def test_values_that_only_look_alike_are_kept(text: str) -> None:
    assert not is_placeholder(text)
    assert text not in PLACEHOLDER_TEXTS


def test_a_name_column_keeps_names_that_are_placeholders_elsewhere() -> None:
    assert is_placeholder("Nan") and not is_placeholder("Nan", name=True)
    assert is_placeholder("Select", name=True)
