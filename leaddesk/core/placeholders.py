"""Form placeholders: what a form or a spreadsheet holds where nobody filled a value.

One test for the whole product: the import leaves such a cell empty, scoring counts it as
empty and Reports show it as a blank.
"""

from __future__ import annotations

import unicodedata

#: What forms put in a field nobody filled: the untouched drop-down, dashes, "not
#: applicable", in English, Spanish, Italian and Czech (folded, without brackets or dashes).
PLACEHOLDERS = frozenset(
    {
        "select", "please select", "select one", "choose", "none", "n/a", "na", "null",
        "nil", "nan", "blank", "not applicable", "not specified",
        "seleccionar", "selecciona", "seleccione", "elegir", "ninguno", "ninguna", "n/d",
        "nd", "s/d", "en blanco", "vacio", "no aplica", "sin especificar",
        "seleziona", "selezionare", "scegli", "nessuno", "nessuna", "vuoto",
        "non applicabile", "non specificato",
        "vyberte", "zvolte", "vybrat", "zadny", "zadna", "zadne", "nic", "prazdne",
        "neuvedeno", "nevybrano",
    }
)  # fmt: skip
#: Placeholders that are also people's names ('Nan', 'Nic', 'Na'): a name column keeps them.
NAME_LIKE = frozenset({"na", "nan", "nic", "nil"})
_TRIM = " \t-–—_.*()[]<>"
_LONGEST = 2 * max(len(p) for p in PLACEHOLDERS)  # room for '-- select --' and the like


def fold(text: str) -> str:
    """Trimmed, case-folded, accents removed ('Žádný ' → 'zadny')."""
    raw = text.strip()
    if raw.isascii():
        return raw.casefold()
    decomposed = unicodedata.normalize("NFKD", raw)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def is_missing(folded: str) -> bool:
    """Whether a folded value says nothing: empty, dashes, or a form placeholder
    ('Select', '--', 'N/A', '(blank)', 'Vyberte' …)."""
    core = folded.strip(_TRIM)
    return not core or core in PLACEHOLDERS


def _spellings(words: frozenset[str]) -> frozenset[str]:
    """Every usual way a form writes these words: cased, accented, bracketed or dashed."""
    bases = set(words) | {w for w in ACCENTED if fold(w) in words}
    cased = {c for w in bases for c in (w, w.upper(), w.capitalize(), w.title())}
    wrapped = {f"{a}{w}{b}" for w in cased for a, b in WRAPPERS}
    dashes = {c * n for c in "-–—_.*" for n in range(1, 6)}
    return frozenset(wrapped | dashes)


#: The placeholders as written with accents (the list above is folded).
ACCENTED = (
    "vacío", "žádný", "žádná", "žádné", "prázdné", "nevybráno", "non specificato",
)  # fmt: skip
WRAPPERS = (
    ("", ""), ("(", ")"), ("[", "]"), ("<", ">"), ("-- ", " --"), ("--", "--"), ("- ", " -"),
    ("-", "-"), ("*", "*"), ("— ", " —"), ("...", ""), ("", "..."), ("", "…"),
)  # fmt: skip
#: Cell texts that are placeholders, for the import's per-cell test (a set lookup).
PLACEHOLDER_TEXTS = _spellings(PLACEHOLDERS)
#: The same for a column of people's names, where 'Nan' or 'Nic' are names.
PLACEHOLDER_NAME_TEXTS = _spellings(PLACEHOLDERS - NAME_LIKE)
#: The same for a column of countries, where 'NA' is Namibia's ISO code.
PLACEHOLDER_COUNTRY_TEXTS = _spellings(PLACEHOLDERS - {"na"})


def is_placeholder(text: str, *, name: bool = False) -> bool:
    """Whether a cell's text is a placeholder rather than a value ('Select', '-- Seleziona --').

    ``name``: the text is a person's name, where 'Nan' or 'Nic' are names, not blanks."""
    text = text.strip()
    if text in (PLACEHOLDER_NAME_TEXTS if name else PLACEHOLDER_TEXTS):
        return True
    if len(text) > _LONGEST:
        return False
    folded = fold(text)
    return is_missing(folded) and not (name and folded.strip(_TRIM) in NAME_LIKE)
