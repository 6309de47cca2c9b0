"""The board's index rows come straight from the database, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from leaddesk.core.board.index import BoardIndex
from leaddesk.core.leads import CardSort, InteractionKind, LeadFilter
from leaddesk.core.stages import Stage


def test_board_entries_carry_search_text_filters_and_budget(workspace) -> None:
    leads = workspace.leads
    lead = leads.create_lead(
        {
            "first_name": "Lucía",
            "last_name": "Pérez",
            "email": "Lucia@Hotel-Mar.es",
            "company": "Hotel Mar",
            "owner": "eva",
            "campaign": "Primavera",
            "budget": "1.500,75",
            "custom": {"idioma": "Español"},
        }
    ).value
    (entry,) = leads.board_entries()
    assert entry.id == lead.id and entry.stage is Stage.LEAD
    for word in ("lucía", "pérez", "lucia@hotel-mar.es", "hotel mar", "primavera", "español"):
        assert word in entry.text
    assert (entry.owner, entry.campaign, entry.budget_cents) == ("eva", "Primavera", 150075)


def test_board_entries_leave_out_archived_leads_and_fetch_only_the_asked(workspace) -> None:
    leads = workspace.leads
    a = leads.create_lead({"first_name": "Ana"}).value
    b = leads.create_lead({"first_name": "Bea"}).value
    c = leads.create_lead({"first_name": "Cai"}).value
    leads.archive_lead(b.id)
    assert sorted(e.id for e in leads.board_entries()) == [a.id, c.id]
    assert [e.id for e in leads.board_entries([c.id, b.id])] == [c.id]


def test_index_agrees_with_the_database_on_order_and_totals(workspace, clock) -> None:
    leads = workspace.leads
    ids = []
    for n, name in enumerate(["Olga", "Ivan", "Petr"]):
        ids.append(leads.create_lead({"first_name": name, "budget": str(100 * (n + 1))}).value.id)
        clock.advance(days=1)
    leads.log_interaction(ids[0], InteractionKind.NOTE, "called back")
    index = BoardIndex(leads.board_entries(), CardSort.AGE)
    assert index.select(LeadFilter()).ids == leads.board_ids(LeadFilter(), CardSort.AGE)
    assert index.select(LeadFilter()).totals[Stage.LEAD].budget == Decimal(600)
    assert leads.stage_totals(LeadFilter())[Stage.LEAD].budget == Decimal(600)
    clock.advance(days=timedelta(days=1).days)
