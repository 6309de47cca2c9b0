"""A column holding each lead's outcome or stage, so that last year's leads teach Suggest.

'Converted' 1/0, 'Won/Lost', 'Status' or 'Lifecycle stage' with Won, Lost, Customer, Closed
Won, Disqualified, MQL, SQL … in English, Spanish, Italian and Czech. A won lead becomes a
Customer, a lost one Disqualified, another known stage that stage.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from leaddesk.core.importing.content import sampled_texts, share_of
from leaddesk.core.source_table import normalise_header
from leaddesk.core.stages import Stage
from leaddesk.core.values import FALSE_WORDS, TRUE_WORDS, ValueProblem, cell_text


def _words(text: str) -> list[str]:
    return [normalise_header(w) for w in text.split(",")]


#: Values, normalised (no accents, case or punctuation), by the stage they put a lead in.
STAGE_WORDS: dict[Stage, list[str]] = {
    Stage.CUSTOMER: _words(
        "won, win, closed won, deal won, customer, client, converted, purchased, signed, "
        "ganado, ganada, cerrado ganado, cerrada ganada, cliente, convertido, convertida, "
        "vendido, vinto, vinta, chiuso vinto, chiusa vinta, convertito, convertita, "
        "vyhrano, vyhrana, uzavreno vyhrano, zakaznik, klient, konvertovano, prodano, "
        "closed converted, evangelist"
    ),
    Stage.DISQUALIFIED: _words(
        "lost, loss, closed lost, deal lost, disqualified, unqualified, not qualified, junk, "
        "rejected, perdido, perdida, cerrado perdido, cerrada perdida, descalificado, "
        "descalificada, no cualificado, rechazado, perso, persa, chiuso perso, chiusa persa, "
        "squalificato, non qualificato, rifiutato, prohrano, prohrana, uzavreno prohrano, "
        "ztraceno, diskvalifikovano, diskvalifikovan, nekvalifikovany, zamitnuto, "
        "closed not converted"
    ),
    Stage.MQL: _words(
        "mql, marketing qualified, marketing qualified lead, marketingqualifiedlead, "
        "cualificado por marketing, "
        "qualificato dal marketing"
    ),
    Stage.SAL: _words("sal, sales accepted, sales accepted lead, aceptado por ventas"),
    Stage.SQL: _words(
        "sql, sales qualified, sales qualified lead, salesqualifiedlead, opportunity, "
        "oportunidad, opportunita, qualification, needs analysis, value proposition, "
        "id decision makers, perception analysis, proposal price quote, negotiation review, "
        "proposal, negotiation, propuesta, negociacion, proposta, negoziazione, nabidka, "
        "vyjednavani, "
        "prilezitost, cualificado por ventas, qualificato dalle vendite"
    ),
    Stage.NURTURE: _words("nurture, nurturing, recycled, reciclado, riciclato, on hold"),
    Stage.LEAD: _words(
        "lead, new, open, subscriber, nuevo, nueva, abierto, suscriptor, nuovo, nuova, "
        "aperto, iscritto, novy, nova, otevreno, odberatel, prospect, prospecting, engaging, "
        "in progress, working, contacted, open not contacted, working contacted, en curso, "
        "contactado, in corso, contattato, kontaktovan, v jednani"
    ),
}
_STAGE_OF: dict[str, Stage] = {w: s for s, words in STAGE_WORDS.items() for w in words}
#: Header words of a yes/no outcome ('Converted', 'Won', 'Is customer'): 1/yes is won.
FLAG_WORDS = frozenset(
    _words(
        "converted, won, customer, convertido, ganado, cliente, convertito, vinto, "
        "konvertovan, konvertovano, vyhrano, zakaznik"
    )
)


def is_flag_header(header: str) -> bool:
    """Whether a header names a yes/no outcome: 'Converted', 'Won', 'Is a customer'."""
    return bool(FLAG_WORDS & set(normalise_header(header).split()))


def stage_of(text: str, *, flag: bool) -> Stage:
    """The stage an outcome cell puts its lead in; a ValueProblem when it names none."""
    lowered = text.strip().lower()
    if flag and lowered in TRUE_WORDS:
        return Stage.CUSTOMER
    if flag and lowered in FALSE_WORDS:
        return Stage.DISQUALIFIED
    stage = _STAGE_OF.get(normalise_header(text))
    if stage is None:
        raise ValueProblem(
            f"{text.strip()[:60]!r} is no outcome or stage LeadDesk knows (won, lost, "
            "customer, disqualified, MQL, SQL …); the lead stays in Lead"
        )
    return stage


def is_decided(text: str) -> bool:
    """Whether a value names a stage beyond a plain lead (won, lost, MQL …)."""
    return _STAGE_OF.get(normalise_header(text), Stage.LEAD) is not Stage.LEAD


def outcome_converter(header: str) -> Callable[[Any], str]:
    """A cell → the stage's value, for a column mapped to the outcome."""
    flag = is_flag_header(header)
    return lambda value: stage_of(cell_text(value), flag=flag).value


def outcome_share(header: str, values: Sequence[Any]) -> float:
    """The share of the filled sampled values that name an outcome or a stage."""
    flag = is_flag_header(header)
    texts = sampled_texts(values)
    return share_of(texts, lambda text: _names_stage(text, flag)) if texts else 0.0


def _names_stage(text: str, flag: bool) -> bool:
    try:
        stage_of(text, flag=flag)
    except ValueProblem:
        return False
    return True
