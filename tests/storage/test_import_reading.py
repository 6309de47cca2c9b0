"""Reading files the tests make themselves: empty, odd encodings, hostile, huge lines."""

from __future__ import annotations

import csv
import io
import time
import zipfile
from pathlib import Path

import pytest
import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leaddesk.core.errors import ImportFileError
from leaddesk.storage.reading import read_table
from leaddesk.storage.reading.text import detect_encoding, sniff_format

LEADS = [
    ["First name", "Last name", "Email", "Company"],
    ["Tereza", "Nováková", "tereza@hotel.cz", "Hotel Praha"],
    ["José", "García", "jose@garcia.es", "García S.L."],
    ["Giulia", "Rossi", "giulia@forno.it", "Forno Rossi"],
]


def write_csv(path: Path, rows, *, encoding="utf-8", delimiter=",", newline="\n") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=newline).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows, *, start_row: int = 0, start_col: int = 0) -> Path:
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Leads")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            sheet.write(start_row + r, start_col + c, value)
    book.close()
    return path


def rows_of(path: Path, sheet: str | None = None) -> list[list[str]]:
    return [list(cells) for _, cells in read_table(path, sheet).rows()]


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"]
)
def test_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    rows = (
        LEADS
        if encoding not in ("cp1252", "latin-1")
        else [[c.replace("á", "a") for c in r] for r in LEADS]
    )
    path = write_csv(tmp_path / "leads.csv", rows, encoding=encoding)
    table = read_table(path)
    assert table.headers == tuple(rows[0])
    assert rows_of(path) == rows[1:]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters_are_sniffed(tmp_path: Path, delimiter: str) -> None:
    rows = [*LEADS, ["Ann", "Lee", "ann@lee.com", "Lee, Lee & Partners"]]
    path = write_csv(tmp_path / "leads.txt", rows, delimiter=delimiter)
    assert rows_of(path) == rows[1:]


def test_double_cr_endings_and_line_breaks_in_cells(tmp_path: Path) -> None:
    rows = [*LEADS, ["Ann", "Lee", "ann@lee.com", "Line one\nLine two"]]
    path = write_csv(tmp_path / "leads.csv", rows, newline="\r\r\n")
    table = read_table(path)
    numbered = list(table.rows())
    assert [cells for _, cells in numbered] == rows[1:]
    assert [n for n, _ in numbered] == [2, 3, 4, 5]


def test_ragged_rows_and_trailing_empty_columns(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text("Name,Email,,\nAnn Lee,ann@lee.com,,\nBob\n\n\nCid Roe,cid@roe.com,,\n")
    table = read_table(path)
    assert table.headers == ("Name", "Email")
    assert rows_of(path) == [
        ["Ann Lee", "ann@lee.com", "", ""],
        ["Bob"],
        ["Cid Roe", "cid@roe.com", "", ""],
    ]


def test_title_rows_blank_column_and_total_row_in_a_workbook(tmp_path: Path) -> None:
    rows = [["Leads bought from ListCo, March"], [], *LEADS, ["Total", "", "", 3]]
    path = write_xlsx(tmp_path / "list.xlsx", rows, start_row=1, start_col=1)
    table = read_table(path)
    assert table.header_row == 4 and table.headers == tuple(LEADS[0])
    assert [r[:4] for r in rows_of(path)] == LEADS[1:]


def test_a_company_called_total_is_a_lead_not_a_total_row(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", [["Company", "Email"], ["Total", "info@total.fr"]])
    assert rows_of(path) == [["Total", "info@total.fr"]]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "is empty (0 bytes)"),
        ("blank.csv", b"\n\n  \n", "holds no rows"),
        ("zero.xlsx", b"", "not a valid spreadsheet"),
        ("text.xlsx", b"Name,Email\nAnn,ann@lee.com\n", "not a valid spreadsheet"),
        ("binary.csv", b"\x00\x01\x02\x03garbage\x00\xff" * 100, "binary"),
        ("notes.pdf", b"%PDF-1.4", "LeadDesk imports"),
        ("bad.json", b"{not json", "is not valid JSON"),
        ("shape.json", b'{"a": 1}', "not a list of records"),
        ("fake.xls", b"Name,Email\n", "is damaged"),
    ],
)
def test_bad_files_are_refused_with_the_file_name(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as caught:
        read_table(path)
    assert str(caught.value).startswith(name) and message in str(caught.value)


def test_header_only_file_reads_as_zero_rows(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "header.csv", [LEADS[0]])
    table = read_table(path)
    assert table.headers == tuple(LEADS[0]) and rows_of(path) == []


def test_truncated_xlsx_is_refused(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", LEADS)
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(ImportFileError, match=r"^cut\.xlsx: .*not a valid spreadsheet"):
        read_table(cut)


def test_password_protected_xlsx_is_refused(tmp_path: Path) -> None:
    """Excel saves an encrypted workbook as an OLE container, not a zip."""
    path = tmp_path / "secret.xlsx"
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + b"EncryptedPackage" * 64
    path.write_bytes(ole)
    with pytest.raises(
        ImportFileError, match=r"^secret\.xlsx: is password-protected \(encrypted\)"
    ):
        read_table(path)


def test_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    with pytest.raises(ImportFileError, match=r"^archive\.xlsx: is damaged"):
        read_table(path)


def test_a_100_mb_single_line_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "line.csv"
    with path.open("wb") as fh:
        chunk = b"a," * (1 << 20)
        for _ in range(50):  # 100 MiB, no line break
            fh.write(chunk)
    start = time.perf_counter()
    with pytest.raises(ImportFileError, match=r"^line\.csv, row 1: .*without a line break"):
        read_table(path)
    assert time.perf_counter() - start < 5


def test_a_huge_line_after_the_sample_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "late.csv"
    with path.open("w") as fh:
        fh.write("Name,Email\n")
        fh.write("Ann,ann@lee.com\n" * 70_000)  # past the 1 MiB sample
        fh.write("x" * (3 << 20) + "\n")
    table = read_table(path)
    with pytest.raises(ImportFileError, match=r"^late\.csv: line 70002 is longer"):
        list(table.rows())


def test_workbook_sheet_can_be_chosen_and_a_wrong_one_is_named(tmp_path: Path) -> None:
    path = tmp_path / "two.xlsx"
    book = xlsxwriter.Workbook(str(path))
    notes = book.add_worksheet("Instructions")
    notes.write(0, 0, "Fill in the Leads sheet")
    data = book.add_worksheet("Leads")
    for r, row in enumerate(LEADS):
        data.write_row(r, 0, row)
    book.close()
    assert read_table(path).sheet == "Leads"
    assert read_table(path, "Instructions").sheet == "Instructions"
    with pytest.raises(
        ImportFileError, match="no sheet named 'Nope'; its sheets: Instructions, Leads"
    ):
        read_table(path, "Nope")


def test_row_limit_is_enforced_while_streaming(tmp_path: Path) -> None:
    from leaddesk.storage.reading.safety import FileLimits

    path = write_csv(tmp_path / "many.csv", [LEADS[0], *([LEADS[1]] * 400)])
    table = read_table(path, limits=FileLimits(max_rows=300))  # the head read is fine
    with pytest.raises(ImportFileError, match=r"^many\.csv, row 302: .*the limit is 300"):
        list(table.rows())


def test_xlsm_opens_like_xlsx(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "macro.xlsm", LEADS)
    assert rows_of(path) == LEADS[1:]


def write_ods(path: Path, rows: list[list[str]]) -> Path:
    """A minimal OpenDocument spreadsheet, as LibreOffice would save it."""
    office = "urn:oasis:names:tc:opendocument:xmlns"
    cells = "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
            for v in row
        )
        + "</table:table-row>"
        for row in rows
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        f'xmlns:office="{office}:office:1.0" xmlns:table="{office}:table:1.0" '
        f'xmlns:text="{office}:text:1.0" office:version="1.2"><office:body><office:spreadsheet>'
        f'<table:table table:name="Contatti">{cells}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        f'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        f'xmlns:manifest="{office}:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", content)
    return path


def test_ods_opens(tmp_path: Path) -> None:
    path = write_ods(tmp_path / "contatti.ods", LEADS)
    table = read_table(path)
    assert table.sheet == "Contatti" and table.headers == tuple(LEADS[0])
    assert rows_of(path) == LEADS[1:]


cell_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00"),
    max_size=12,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(st.lists(cell_text, min_size=1, max_size=6), min_size=1, max_size=8),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_any_csv_reads_or_is_refused_with_a_typed_error(
    tmp_path: Path, rows: list[list[str]], delimiter: str, encoding: str
) -> None:
    path = write_csv(tmp_path / "h.csv", rows, delimiter=delimiter, encoding=encoding)
    try:
        table = read_table(path)
        list(table.rows())
    except ImportFileError as err:
        assert str(err).startswith("h.csv")


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(
        st.lists(
            st.from_regex(r"[A-Za-z][A-Za-z0-9 @.]{0,10}", fullmatch=True), min_size=3, max_size=3
        ),
        min_size=4,
        max_size=10,
    ),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
)
def test_sniffed_dialect_round_trips_plain_tables(
    tmp_path: Path, rows: list[list[str]], delimiter: str
) -> None:
    path = write_csv(tmp_path / "p.csv", rows, delimiter=delimiter)
    head = path.read_bytes()
    fmt = sniff_format(path, head, detect_encoding(path, head))
    assert fmt.delimiter == delimiter


CELL = st.one_of(
    st.none(),
    st.sampled_from(["", "  ", "Total", " grand total ", "SUBTOTAL x", "Celkem", "Součet", "Sum"]),
    st.sampled_from(["ana@x.es", "Tienda", "  Grand", "Société", "İstanbul", "ß"]),
    st.text(max_size=8),
    st.integers(-5, 5),
    st.floats(allow_nan=False),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(CELL, max_size=4), max_size=12))
def test_data_rows_leave_out_exactly_the_blank_and_total_rows(rows) -> None:
    """The quick look at the first cell never keeps a total row nor drops a data row."""
    from leaddesk.core.importing.header_row import is_blank
    from leaddesk.storage.reading.tables import TableShape, data_rows, is_total_row

    shape = TableShape([["Company", "Email", "Phone", "City"]], file="t.csv", sheet=None)
    numbered = list(enumerate(rows, start=2))
    kept = [n for n, _ in data_rows(numbered, shape)]
    assert kept == [n for n, r in numbered if not is_blank(r) and not is_total_row(r)]


def test_the_row_estimate_of_a_long_text_file_leaves_out_the_header(tmp_path: Path) -> None:
    """8,000 rows were shown as "about 8,001": the header line was counted as data."""
    path = tmp_path / "long.csv"
    lines = ["Email,Name,Company"]
    lines += [f"user{i:05d}@example.com,Name {i:05d},Company {i:05d}" for i in range(8000)]
    path.write_text("\n".join(lines) + "\n")
    table = read_table(path)
    assert table.estimated and table.row_count == 8000


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize(
    ("rows", "column"),
    [
        ([["ana@acme.es"], ["luis@beta.es"], ["mia@gamma.it"]], "Email"),
        ([["Ana Ruiz"], ["Luis Gómez Paz"], ["Mia Rossi"]], "Name"),
    ],
)
def test_a_headerless_one_column_list_keeps_its_first_row(
    tmp_path: Path, suffix: str, rows, column: str
) -> None:
    path = tmp_path / f"list{suffix}"
    (write_csv if suffix == ".csv" else write_xlsx)(path, rows)
    table = read_table(path)
    assert table.headerless and table.headers == (column,)
    assert [list(cells) for _, cells in table.rows()] == rows
    assert [number for number, _ in table.rows()] == [1, 2, 3]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_one_column_list_with_a_header_reads_it_as_the_header(tmp_path: Path, suffix) -> None:
    path = tmp_path / f"list{suffix}"
    (write_csv if suffix == ".csv" else write_xlsx)(path, [["Email"], ["ana@acme.es"], ["b@c.es"]])
    table = read_table(path)
    assert not table.headerless and table.headers == ("Email",) and table.header_row == 1
    assert [list(cells) for _, cells in table.rows()] == [["ana@acme.es"], ["b@c.es"]]
