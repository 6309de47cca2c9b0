"""Text files in every encoding a Spanish, Italian or Czech lead list comes in read back to
exactly the text that was written; a chosen encoding overrides the detected one."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from leaddesk.core.errors import ImportFileError
from leaddesk.storage.reading import read_table
from leaddesk.storage.reading.encodings import choose_encoding, plausibility, rank_encodings

SPANISH = (
    "Nombre;Apellidos;Ciudad;Empresa;Notas\n"
    "Begoña;Muñoz;A Coruña;Construcciones Ibáñez S.L.;"
    "El señor Ibáñez pidió una llamada el miércoles por la mañana.\n"
    "Íñigo;Peña Castaño;Logroño;Viñedos del Año;Quiere información del catálogo.\n"
    "María José;Güell;Cádiz;Señorío de Nevada;Cliente desde hace un año, muy contenta.\n"
)
ITALIAN = (
    "Nome;Cognome;Città;Azienda;Note\n"
    "Niccolò;Perù;Forlì;Città Nuova S.r.l.;"
    "Il signor Perù chiederà più informazioni lunedì, perché è già cliente.\n"
    "Maria Teresa;Fiorè;Cantù;Pasticceria Sant'Agostino;Vuole un preventivo entro venerdì.\n"
)
CZECH = (
    "Jméno;Příjmení;Město;Firma;Poznámky\n"
    "Jiří;Dvořák;Plzeň;Dvořák a syn s.r.o.;"
    "Pan Dvořák chce zavolat příští týden kvůli nabídce.\n"
    "Růžena;Černá;Ústí nad Labem;Žluťoučký kůň a.s.;Paní Černá žádá ceník a ukázky.\n"
    "Ondřej;Šťastný;České Budějovice;Pivovar U Tří růží;Má zájem o školení.\n"
)
TEXTS = {"es": SPANISH, "it": ITALIAN, "cs": CZECH}
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252", "cp1250", "latin-1", "iso-8859-2"]
CASES = [
    (lang, encoding)
    for lang, text in TEXTS.items()
    for encoding in ENCODINGS
    if text.encode(encoding, errors="replace").decode(encoding) == text  # representable
]


def read_back(path: Path) -> str:
    table = read_table(path)
    lines = [";".join(table.headers)] + [";".join(cells) for _, cells in table.rows()]
    return "\n".join(lines) + "\n"


def test_every_language_is_tried_in_several_single_byte_code_pages() -> None:
    legacy = {(lang, enc) for lang, enc in CASES if not enc.startswith("utf")}
    assert {("es", "cp1252"), ("es", "latin-1"), ("it", "cp1252"), ("it", "latin-1"),
            ("cs", "cp1250"), ("cs", "iso-8859-2")} <= legacy  # fmt: skip


@pytest.mark.parametrize(("lang", "encoding"), CASES)
def test_a_lead_list_reads_back_exactly_as_written(
    tmp_path: Path, lang: str, encoding: str
) -> None:
    path = tmp_path / f"{lang}.csv"
    path.write_bytes(TEXTS[lang].encode(encoding))
    assert read_back(path) == TEXTS[lang]


def test_spanish_in_windows_1252_is_not_read_as_windows_1250(tmp_path: Path) -> None:
    path = tmp_path / "clientes.csv"
    path.write_bytes(SPANISH.encode("cp1252"))
    table = read_table(path)
    assert table.encoding == "cp1252"
    assert table.preview[0][:3] == ("Begoña", "Muñoz", "A Coruña")


def test_the_encoding_read_with_is_named(tmp_path: Path) -> None:
    path = tmp_path / "kontakty.csv"
    path.write_bytes(CZECH.encode("cp1250"))
    assert read_table(path).encoding == "cp1250"
    path.write_bytes(CZECH.encode("utf-8"))
    assert read_table(path).encoding == "utf-8"


def test_a_chosen_encoding_overrides_the_detected_one(tmp_path: Path) -> None:
    path = tmp_path / "clientes.csv"
    path.write_bytes(SPANISH.encode("cp1252"))
    table = read_table(path, encoding="cp1250")
    assert table.encoding == "cp1250"
    assert table.preview[0][:2] == ("Begońa", "Muńoz")
    assert [cells[0] for _, cells in table.rows()][0] == "Begońa"  # the import reads it so too


def test_utf8_chosen_for_a_file_with_a_bom_leaves_the_bom_out(tmp_path: Path) -> None:
    path = tmp_path / "leads.csv"
    path.write_bytes(ITALIAN.encode("utf-8-sig"))
    assert read_table(path, encoding="utf-8").headers[0] == "Nome"


def test_an_unknown_encoding_is_refused_with_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "leads.csv"
    path.write_bytes(ITALIAN.encode("utf-8"))
    with pytest.raises(ImportFileError, match="leads.csv.*unknown encoding 'klingon'"):
        read_table(path, encoding="klingon")


def test_utf8_chosen_for_a_windows_file_names_the_row_it_cannot_read(tmp_path: Path) -> None:
    path = tmp_path / "clientes.csv"
    path.write_bytes(SPANISH.encode("cp1252"))
    with pytest.raises(ImportFileError, match="is not valid utf-8 text"):
        read_table(path, encoding="utf-8")


def test_a_non_ascii_byte_after_the_sample_still_decides(tmp_path: Path) -> None:
    path = tmp_path / "late.csv"
    body = "Nome;Cognome;Città\n".encode("cp1252") + b"Ugo;Neri;Roma\n" * 40_000
    path.write_bytes(body + "Niccolò;Perù;Forlì\n".encode("cp1252"))
    rows = [cells for _, cells in read_table(path).rows()]
    assert rows[-1] == ["Niccolò", "Perù", "Forlì"]


# -- the scoring itself -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        ("Begoña Muñoz, A Coruña", "Begońa Muńoz, A Coruńa"),
        ("Señor Ibáñez, ¿llamamos?", "Seńor Ibáńez, żllamamos?"),
        ("Niccolò Perù, Forlì, Città", "Niccolň Perů, Forlě, Cittŕ"),
        ("Jiří Dvořák, Plzeň, Růžena", "Jiøí Dvoøák, Plzeò, Rùžena"),
        ("Ústí nad Labem, Šťastný", "Ústí nad Labem, ©»astný"),
        ("Begoña Muñoz", "BegoÃ±a MuÃ±oz"),
    ],
)
def test_the_right_reading_is_more_plausible_than_the_wrong_one(right: str, wrong: str) -> None:
    assert plausibility(right)[0] > plausibility(wrong)[0]


@pytest.mark.parametrize(
    ("text", "language"),
    [("Begoña Muñoz, A Coruña", "es"), ("Niccolò, Forlì, città", "it"), ("Jiří Dvořák", "cs")],
)
def test_the_language_is_recognised(text: str, language: str) -> None:
    assert plausibility(text)[1] == language


def test_windows_1252_wins_a_tie_with_latin_1() -> None:
    ranked = rank_encodings("Begoña;Muñoz\n".encode("cp1252"))
    assert ranked[0].encoding == "cp1252"
    assert ranked[0].score == ranked[1].score and ranked[1].encoding == "iso8859-1"


def test_curly_quotes_tell_windows_1252_from_latin_1() -> None:
    sample = "Begoña;“Muñoz” – 10 €\n".encode("cp1252")
    assert choose_encoding(sample, ["latin-1"]) == "cp1252"


def test_text_in_none_of_our_languages_keeps_the_general_detectors_pick() -> None:
    sample = "Иван;Петров;Москва;ООО Ромашка\n".encode("cp1251") * 5
    assert choose_encoding(sample, ["cp1251", "cp1252"]) == "cp1251"


def test_scoring_reads_only_a_sample_and_stays_fast() -> None:
    sample = SPANISH.encode("cp1252") * 20_000  # about 5 MB
    started = time.perf_counter()
    rank_encodings(sample, ["cp1257", "iso8859-10", "mac-latin2", "hp-roman8"])
    assert time.perf_counter() - started < 1.0
