"""Pure pieces of team use: server addresses without passwords, field-by-field differences."""

from __future__ import annotations

from leaddesk.core.stages import LeadMovedMeanwhile, Stage
from leaddesk.core.team.service import (
    ServerAddress,
    asks_for_password,
    password_in,
    without_password,
)


def test_server_address_round_trips_and_quotes_odd_characters() -> None:
    address = ServerAddress("db.example.lan", 5433, "leads", "ana@sales")
    url = address.url("p@ss:wörd/1")
    assert ServerAddress.from_url(url) == address
    assert password_in(url) == "p@ss:wörd/1"
    assert without_password(url) == "postgresql+psycopg://ana%40sales@db.example.lan:5433/leads"


def test_a_sqlite_url_is_not_a_server_and_is_saved_as_it_is() -> None:
    assert ServerAddress.from_url("sqlite:////home/ana/leads.sqlite") is None
    assert (
        without_password("sqlite:////home/ana/leads.sqlite") == "sqlite:////home/ana/leads.sqlite"
    )


def test_password_refusals_are_recognised() -> None:
    assert asks_for_password(Exception('password authentication failed for user "ana"'))
    assert asks_for_password(Exception("fe_sendauth: no password supplied"))
    assert not asks_for_password(Exception("connection refused"))


def test_a_refused_move_names_the_lead_and_where_it_is() -> None:
    err = LeadMovedMeanwhile(5, 2, 3, Stage.SQL, "Marco Rossi")
    assert str(err).startswith("Marco Rossi (lead 5) was already moved by someone else")
    assert "now in SQL" in str(err)
