"""A table as found in a file — a sheet or a CSV — that an import of leads or of activity reads.

Header names are compared without accents, case or punctuation, in every language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Row = tuple[int, Sequence[Any]]  # (row number in the file, cells)


@dataclass(frozen=True, slots=True)
class FormulaCell:
    """A cell whose value a spreadsheet formula computed: the import says so."""

    row: int  # 1-based, as a spreadsheet shows it
    column: int  # 0-based: in the sheet as read, then in the table's headers
    cached: bool  # the file saved the formula's value (used); else the cell is empty


@dataclass(frozen=True)
class SourceTable:
    """A sheet (or CSV) as found: its header, a preview, and a way to stream all rows."""

    file_name: str
    path: Path
    sheet: str | None
    sheets: tuple[str, ...]
    header_row: int  # 1-based, as a spreadsheet shows it
    headers: tuple[str, ...]
    preview: tuple[tuple[Any, ...], ...]  # the first data rows, for the wizard and sniffing
    open_rows: Callable[[], Iterator[Row]] = field(repr=False, compare=False)
    row_count: int | None = None  # known for workbooks; estimated for text files
    estimated: bool = False
    encoding: str | None = None  # a text file's, as read (detected or chosen); else None
    headerless: bool = False  # a one-column list without a header: its column was named
    formulas: tuple[FormulaCell, ...] = ()  # formula cells of the data rows (xlsx)

    def rows(self) -> Iterator[Row]:
        """Every data row with its number in the file; blank and 'Total' rows left out."""
        return self.open_rows()


def normalise_header(text: str) -> str:
    """'Correo electrónico ' → 'correo electronico': no accents, case or punctuation."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())
