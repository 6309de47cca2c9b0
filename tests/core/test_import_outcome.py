"""An outcome or stage column: recognised by header and values, read in four languages."""

from __future__ import annotations

import pytest

from leaddesk.core.importing.mapping import OUTCOME, suggest_mapping
from leaddesk.core.importing.outcome import stage_of
from leaddesk.core.importing.recognise import R_OUTCOME
from leaddesk.core.stages import Stage
from leaddesk.core.values import ValueProblem


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Closed Won", Stage.CUSTOMER), ("Customer", Stage.CUSTOMER), ("Ganado", Stage.CUSTOMER),
        ("Chiuso vinto", Stage.CUSTOMER), ("Vyhráno", Stage.CUSTOMER), ("Zákazník", Stage.CUSTOMER),
        ("Lost", Stage.DISQUALIFIED), ("Perdido", Stage.DISQUALIFIED), ("Perso", Stage.DISQUALIFIED),
        ("Prohráno", Stage.DISQUALIFIED), ("Disqualified", Stage.DISQUALIFIED),
        ("MQL", Stage.MQL), ("Sales Qualified Lead", Stage.SQL), ("Oportunidad", Stage.SQL),
        ("New", Stage.LEAD),
    ],
)  # fmt: skip
def test_outcome_words_name_a_stage(text: str, stage: Stage) -> None:
    assert stage_of(text, flag=False) is stage


def test_a_converted_flag_is_won_or_lost() -> None:
    assert stage_of("1", flag=True) is Stage.CUSTOMER
    assert stage_of("0", flag=True) is Stage.DISQUALIFIED
    assert stage_of("Sí", flag=True) is Stage.CUSTOMER
    with pytest.raises(ValueProblem, match="no outcome or stage"):
        stage_of("1", flag=False)  # a 'Status' of 1 says nothing about winning
    with pytest.raises(ValueProblem, match="'Maybe' is no outcome"):
        stage_of("Maybe", flag=False)


def mapped(headers, rows):
    mapping = suggest_mapping(headers, rows)
    return dict(
        zip(headers, zip(mapping.targets, map(str, mapping.reasons), strict=True), strict=True)
    )


def test_outcome_columns_are_recognised_by_header_and_values() -> None:
    rows = [["a@b.es", "1", "Closed Won", "Madrid"], ["c@d.es", "0", "Closed Lost", "Sevilla"]]
    found = mapped(["Email", "Converted", "Deal", "Estado"], rows)
    assert found["Converted"] == (OUTCOME, "header is “converted”")
    # one outcome column: the header wins over the values of the other
    assert found["Deal"][0] == "custom"
    assert found["Estado"][0] == "custom"  # an address's state is no outcome
    by_values = mapped(["Email", "Deal"], [r[:1] + r[2:3] for r in rows])
    assert by_values["Deal"] == (OUTCOME, R_OUTCOME)


def test_a_status_column_of_other_values_is_no_outcome() -> None:
    rows = [["a@b.es", "Active"], ["c@d.es", "Inactive"]]
    assert mapped(["Email", "Status"], rows)["Status"][0] == "custom"
    rows = [["a@b.es", "MQL"], ["c@d.es", "Klient"], ["e@f.cz", "Prohráno"]]
    assert mapped(["Email", "Lifecycle stage"], rows)["Lifecycle stage"][0] == OUTCOME
