"""Choosing between code pages by the language of the text (Spanish, Italian, Czech, English).

Several single-byte code pages decode any file without error, so a detector that only asks
"does it decode?" guesses: Spanish in Windows-1252 read as Windows-1250 turns every ñ into
ń. Here each candidate decoding of a sample is scored by how plausible its letters and
common words are in one of LeadDesk's languages; letters that only a wrong code page
produces (ń, ŕ, ø, ą …), controls and mojibake cost points. Pure: bytes in, a name out.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from functools import cache

#: The single-byte code pages lead lists in es/it/cs/en come in, most likely first: a tie
#: (e.g. text the two read alike) goes to the earlier one.
LEGACY_ENCODINGS: tuple[str, ...] = ("cp1252", "cp1250", "iso8859-1", "iso8859-2")

#: Non-ASCII letters (lower case) each language writes.
ALPHABETS: dict[str, str] = {
    "es": "áéíóúñü",
    "it": "àèéìòù",
    "cs": "áčďéěíňóřšťúůýž",
    "en": "",
}
#: Letters of other Western languages met in names of any list (Çelik, Müller, Anaïs).
WESTERN = set("çäöëïâêîôûãõßœ")
#: Marks every language here uses alike; punctuation Spanish adds.
COMMON_MARKS = set("’‘“”„–—…€«»°·•\u00a0§©®™")
SPANISH_MARKS = set("¿¡ºª")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


COMMON_WORDS: dict[str, frozenset[str]] = {
    "es": _words(
        "de la que el en y los se del las un por con no una su para es al lo como más pero "
        "sus le ya este sí porque esta entre cuando muy sin sobre también hasta hay donde "
        "desde todo nos todos les ni otros ese eso esto antes qué unos otro otra él señor "
        "señora nombre apellido apellidos ciudad empresa teléfono correo notas dirección "
        "calle información mañana llamada año cliente quiere pidió semana"
    ),
    "it": _words(
        "di e il la che in per un è non una le si del della con i da sono come ma più al "
        "alla anche ha gli lo nel se ci perché già molto questo questa dei delle città nome "
        "cognome azienda telefono indirizzo note signor signora via società cliente lunedì "
        "martedì mercoledì giovedì venerdì chiamata informazioni chiede vuole"
    ),
    "cs": _words(
        "a je se na v že to s z do o k i ve pro jsou by jako ale za po od jeho který která "
        "které být také jen už při tak jak podle není nebo mezi jsem bude pan paní jméno "
        "příjmení město firma telefon poznámka poznámky adresa ulice společnost týden "
        "zákazník nabídka chce žádá"
    ),
    "en": _words(
        "the and of to in a is that for it with as was on be by this are or from at an have "
        "not but we you your will can has please call name first last city company email "
        "phone notes address street mr mrs ms customer week wants"
    ),
}

WORD = re.compile(r"[^\W\d_]+")
#: UTF-8 read as a single-byte code page: a lead byte (Ã Â Ä Å, or Ă Ĺ in Windows-1250)
#: followed by what a continuation byte (0x80–0xBF) turns into.
MOJIBAKE = re.compile(
    "[ÃÂÄÅĂĹ][\u0080-\u00bf\u0152-\u017e\u0192\u02c6-\u02dd\u2013-\u203a\u20ac\u2122]"
)
LONG_RUN = re.compile(r"[^\W\x00-\x7f\d_]{4,}")  # four accented letters in a row: mojibake

SAMPLE_BYTES = 32 * 1024  # of lines holding non-ASCII bytes: the only ones code pages differ on
HIGH_LINE = re.compile(rb"[^\n]*[\x80-\xff][^\n]*")


@dataclass(frozen=True)
class EncodingScore:
    """How plausible the sample reads in ``encoding``, and as which language."""

    encoding: str
    score: float
    language: str


def canonical(name: str) -> str:
    """Python's own name for an encoding ("latin-1" → "iso8859-1"); ValueError if unknown."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise ValueError(f"unknown encoding {name!r}") from None


def rank_encodings(sample: bytes, candidates: Iterable[str] = ()) -> list[EncodingScore]:
    """Every code page that decodes ``sample``, most plausible first (ties keep the order of
    LEGACY_ENCODINGS, then of ``candidates``)."""
    order: list[str] = []
    for name in (*LEGACY_ENCODINGS, *candidates):
        try:
            key = canonical(name)
        except ValueError:
            continue
        if key not in order and not key.startswith("utf"):
            order.append(key)
    sample = telling_lines(sample)
    scored = []
    for encoding in order:
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue  # a byte this code page does not have: not the file's
        score, language = plausibility(text)
        scored.append(EncodingScore(encoding, score, language))
    return sorted(scored, key=lambda s: -s.score)  # stable: ties keep the preference order


def telling_lines(sample: bytes) -> bytes:
    """The lines of ``sample`` with non-ASCII bytes, up to SAMPLE_BYTES: all code pages here
    read ASCII alike, so only these lines tell them apart (and scoring them stays fast)."""
    found, size = [], 0
    for match in HIGH_LINE.finditer(sample):
        found.append(match.group())
        size += len(match.group()) + 1
        if size >= SAMPLE_BYTES:
            break
    return b"\n".join(found)[:SAMPLE_BYTES]


def choose_encoding(sample: bytes, candidates: Sequence[str] = ()) -> str:
    """The code page of a non-UTF file: the most plausible in es/it/cs/en; when no decoding
    reads like any of them, the first of ``candidates`` (a general detector's picks) that
    decodes the sample."""
    ranked = rank_encodings(sample, candidates)
    if not ranked:
        return "iso8859-1"  # decodes any byte
    if ranked[0].score < 0:
        decoding = {s.encoding for s in ranked}
        for name in candidates:
            with suppress(ValueError):
                if canonical(name) in decoding:
                    return canonical(name)
    return ranked[0].encoding


def plausibility(text: str) -> tuple[float, str]:
    """The best score of ``text`` over the languages, and that language."""
    chars = Counter(text)
    words = Counter(WORD.findall(text.lower()))
    shared = _shared_penalty(text, chars)
    return max((_language_score(chars, words, lang) + shared, lang) for lang in ALPHABETS)


def _shared_penalty(text: str, chars: Counter[str]) -> float:
    """What costs the same in every language: controls, odd symbols, mojibake."""
    score = 0.0
    for char, n in chars.items():
        if char.isascii() or char.isalpha():
            continue
        score += n * _mark_weight(char)
    score -= 5 * len(MOJIBAKE.findall(text))
    score -= 3 * len(LONG_RUN.findall(text))
    return score


@cache
def _mark_weight(char: str) -> float:
    if char in COMMON_MARKS or char in SPANISH_MARKS:
        return 0.0
    category = unicodedata.category(char)
    if category[0] in "CZ" and category != "Zs":  # controls, unassigned, private use
        return -10.0
    return -1.0  # ¤ ¦ ¨ ¬ ± ˇ ˘ ˙ …: rare in a list of leads, common in mojibake


def _language_score(chars: Counter[str], words: Counter[str], lang: str) -> float:
    score = 0.0
    for char, n in chars.items():
        if char.isascii():
            continue
        if char.isalpha():
            score += n * _letter_weight(char.lower(), lang)
        elif char in SPANISH_MARKS and lang == "es":
            score += n
    common = COMMON_WORDS[lang]
    for word, n in words.items():
        if word in common:
            score += 2 * n
        elif not word.isascii():
            if len(word) == 1:
                score -= 2 * n  # a lone accented letter that is no word here (è read as č)
            elif lang == "cs" and word[0] in "ěů":
                score -= 2 * n  # Czech never starts a word with ě or ů
    return score


@cache
def _letter_weight(letter: str, lang: str) -> float:
    if letter in ALPHABETS[lang]:
        return 1.0
    if any(letter in alphabet for alphabet in ALPHABETS.values()):
        return -1.0  # a letter of another of our languages
    if letter in WESTERN:
        return -0.5
    if "LATIN" in unicodedata.name(letter, ""):
        return -3.0  # ń ŕ ø ą ľ ş …: what a wrong code page makes of our letters
    return 0.0  # another script (Cyrillic, Greek): neither for nor against
