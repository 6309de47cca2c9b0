"""Files that cannot hurt: zip bombs, XML entities and absurd sizes are refused up front."""

from __future__ import annotations

import time
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from leaddesk.core.errors import ImportFileError
from leaddesk.storage.reading.safety import FileLimits, check_dimensions, check_spreadsheet_safe

SHEET = "xl/worksheets/sheet1.xml"
XXE_SHEET = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>'
    "</sheetData></worksheet>"
)


def plain_workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Name", "Email"])
    ws.append(["Tereza Nováková", "tereza@hotel.cz"])
    wb.save(path)
    return path


def with_part(source: Path, target: Path, part: str, content: bytes) -> Path:
    """A copy of the workbook with one part's content replaced."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, content if item.filename == part else src.read(item))
    return target


def zip_bomb(path: Path, megabytes: int) -> Path:
    """A valid-looking .xlsx whose sheet unpacks to ``megabytes`` MiB of repeated rows."""
    row = b'<row><c t="inlineStr"><is><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></is></c></row>'
    chunk = row * (1024 * 1024 // len(row))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open(SHEET, "w", force_zip64=True) as fh:
            fh.write(b"<worksheet><sheetData>")
            for _ in range(megabytes):
                fh.write(chunk)
            fh.write(b"</sheetData></worksheet>")
    return path


def refused_within_bounds(path: Path, limits: FileLimits = FileLimits()) -> str:
    """Run the check; assert it refuses in well under a few seconds and megabytes."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(ImportFileError) as caught:
            check_spreadsheet_safe(path, limits)
        elapsed = time.perf_counter() - started
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 3.0, f"took {elapsed:.2f} s"
    assert peak < 16 * 2**20, f"peaked at {peak / 2**20:.1f} MiB"
    return str(caught.value)


def test_openpyxl_parses_through_defusedxml() -> None:
    assert openpyxl.DEFUSEDXML is True


def test_an_ordinary_workbook_passes(tmp_path: Path) -> None:
    check_spreadsheet_safe(plain_workbook(tmp_path / "leads.xlsx"))


def test_zip_bomb_is_refused_by_its_ratio(tmp_path: Path) -> None:
    bomb = zip_bomb(tmp_path / "bomb.xlsx", megabytes=64)
    assert bomb.stat().st_size < 2 * 2**20
    message = refused_within_bounds(bomb)
    assert message.startswith("bomb.xlsx: part xl/worksheets/sheet1.xml expands")
    assert "the limit is 200 (a zip bomb?)" in message


def test_zip_bomb_is_refused_by_its_unpacked_size(tmp_path: Path) -> None:
    bomb = zip_bomb(tmp_path / "big.xlsx", megabytes=40)
    limits = FileLimits(max_uncompressed_bytes=32 * 2**20, max_ratio=10**9)
    message = refused_within_bounds(bomb, limits)
    assert "would unpack to 40 MiB; the limit is 32 MiB" in message


def test_xxe_workbook_is_refused_and_nothing_is_read(tmp_path: Path) -> None:
    xxe = with_part(
        plain_workbook(tmp_path / "ok.xlsx"), tmp_path / "xxe.xlsx", SHEET, XXE_SHEET.encode()
    )
    message = refused_within_bounds(xxe)
    assert "xxe.xlsx: part xl/worksheets/sheet1.xml declares XML entities" in message
    # Defence in depth: openpyxl itself (through defusedxml) refuses the entity too.
    with pytest.raises(Exception) as caught:
        openpyxl.load_workbook(xxe)
    chain, err = [], caught.value
    while err is not None:
        chain.append(err)
        err = err.__cause__ or err.__context__
    assert any("Forbidden" in type(e).__name__ for e in chain)  # defusedxml's refusal
    assert not any("root:" in str(e) for e in chain)


@pytest.mark.parametrize(
    "disguise",
    [
        lambda xml: xml.replace("?>\n", "?>\n<!--" + "x" * 10_000 + "-->\n", 1).encode(),
        lambda xml: xml.encode("utf-16"),
        lambda xml: ("\n" * 70_000 + xml.split("\n", 1)[1]).encode(),
    ],
    ids=["behind-a-long-comment", "utf-16", "behind-70k-of-blank-lines"],
)
def test_disguised_entities_are_refused(tmp_path: Path, disguise) -> None:
    xxe = with_part(
        plain_workbook(tmp_path / "ok.xlsx"), tmp_path / "xxe.xlsx", SHEET, disguise(XXE_SHEET)
    )
    assert "declares XML entities" in refused_within_bounds(xxe)


def test_billion_laughs_in_shared_strings_is_refused(tmp_path: Path) -> None:
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10 if i else "lol"}">' for i in range(10))
    part = f'<?xml version="1.0"?><!DOCTYPE sst [{laughs}]><sst><si><t>&l9;</t></si></sst>'
    source = plain_workbook(tmp_path / "ok.xlsx")
    with zipfile.ZipFile(source, "a") as zf:
        zf.writestr("xl/sharedStrings.xml", part)
    assert "xl/sharedStrings.xml declares XML entities" in refused_within_bounds(source)


def test_absurd_declared_dimensions_are_refused(tmp_path: Path) -> None:
    source = plain_workbook(tmp_path / "ok.xlsx")
    with zipfile.ZipFile(source) as zf:
        sheet = zf.read(SHEET).decode()
    assert "<dimension" in sheet
    huge = sheet.replace('<dimension ref="A1:B2"', '<dimension ref="A1:C3000000"')
    wide = sheet.replace('<dimension ref="A1:B2"', '<dimension ref="A1:ZZZ10"')
    assert huge != sheet != wide
    message = refused_within_bounds(with_part(source, tmp_path / "tall.xlsx", SHEET, huge.encode()))
    assert "has 3,000,000 rows; the limit is 2,000,000" in message
    message = refused_within_bounds(with_part(source, tmp_path / "wide.xlsx", SHEET, wide.encode()))
    assert "has 18,278 columns; the limit is 2,000" in message


def test_dimension_check_names_the_sheet() -> None:
    with pytest.raises(ImportFileError, match=r"list.xlsx, sheet 'Leads': has 2,000,001 rows"):
        check_dimensions(2_000_001, 3, file="list.xlsx", sheet="Leads")
    check_dimensions(2_000_000, 2_000)


def test_real_spreadsheets_from_other_crms_pass(shared_data: Path) -> None:
    files = sorted(shared_data.glob("*.xlsx"))
    assert files
    for path in files:
        check_spreadsheet_safe(path)


def test_error_workbook_never_holds_a_formula(tmp_path: Path) -> None:
    """Rejected rows go back to the user as text, whatever they looked like coming in."""
    from leaddesk.core.importing.rows import RowProblem
    from leaddesk.storage.writing.error_workbook import write_error_workbook

    hostile = ("=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", '=HYPERLINK("http://x")')
    path = write_error_workbook(
        tmp_path / "rejected.xlsx",
        [f"col{i}" for i in range(len(hostile))],
        [RowProblem(row=2, column="col0", reason="=not a formula either", cells=hostile)],
    )
    sheet = openpyxl.load_workbook(path).active
    cells = [c for row in sheet.iter_rows() for c in row if c.value is not None]
    assert cells and all(c.data_type == "s" for c in cells)
    assert [c.value for c in sheet[2]][: len(hostile)] == list(hostile)
