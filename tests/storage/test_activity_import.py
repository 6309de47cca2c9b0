"""Activity files become interactions: event rows, count rows, dedupe, undo, real exports."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import Workbook

from leaddesk.core.errors import ImportFileError, OperationCancelled
from leaddesk.core.leads import InteractionKind, Offer
from leaddesk.core.progress import Progress
from leaddesk.core.stages import Stage


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


@pytest.fixture
def people(workspace):
    ana = workspace.leads.create_lead({"first_name": "Ana", "email": "ana@talleres.es"}).value
    pia = workspace.leads.create_lead({"first_name": "Pia", "email": "Pia@Forno.it"}).value
    return ana, pia


def events_file(tmp_path: Path) -> Path:
    return write_csv(
        tmp_path / "events.csv",
        [
            ["Correo electrónico", "Fecha", "Acción", "Página"],
            ["ana@talleres.es", "03/02/2026 10:00", "Descargó whitepaper", "/guia-precios"],
            ["ANA@talleres.es", "04/02/2026 11:30", "visita", "/pricing"],
            ["pia@forno.it", "13/02/2026 09:00", "Richiesta demo", "/demo"],
            ["pia@forno.it", "13/02/2026 09:00", "Richiesta demo", "/demo"],
            ["nobody@else.cz", "14/02/2026 09:00", "visita", "/"],
            ["ana@talleres.es", "not a date", "visita", "/"],
        ],
    )


def test_event_rows_become_interactions(workspace, people, tmp_path) -> None:
    ana, pia = people
    service = workspace.activity
    table = service.read(events_file(tmp_path))
    mapping = service.suggest_mapping(table)
    report = service.run_import(table, mapping, error_path=tmp_path / "rejected.xlsx")
    assert (
        report.count("added"),
        report.count("duplicates_in_file"),
        report.count("unknown_person"),
        report.count("invalid"),
    ) == (3, 1, 1, 1)
    kinds = [(i.kind, i.offer, i.detail) for i in workspace.leads.interactions(ana.id)]
    assert (InteractionKind.FORM_CONVERSION, Offer.WHITE_PAPER, "/guia-precios") in kinds
    assert (InteractionKind.VISIT, None, "/pricing") in kinds
    demo = workspace.leads.interactions(pia.id)[0]
    assert (demo.kind, demo.offer) == (InteractionKind.FORM_CONVERSION, Offer.DEMO_REQUEST)
    assert demo.occurred_at.day == 13 and demo.occurred_at.month == 2  # day first, from 13/02
    assert workspace.leads.lead(pia.id).last_interaction_at == demo.occurred_at
    assert report.error_workbook is not None and report.error_workbook.exists()
    from openpyxl import load_workbook

    rejected = list(load_workbook(report.error_workbook).active.values)
    reasons = [r[-1] for r in rejected[1:]]
    assert any("nobody@else.cz" in r for r in reasons)
    assert any(r.startswith("Fecha:") for r in reasons)


def test_reimporting_the_same_file_adds_nothing(workspace, people, tmp_path) -> None:
    service = workspace.activity
    path = events_file(tmp_path)
    table = service.read(path)
    service.run_import(table, service.suggest_mapping(table))
    again = service.run_import(service.read(path), service.suggest_mapping(service.read(path)))
    assert again.count("added") == 0 and again.count("already_imported") == 3
    assert again.batch_id is None  # nothing added: no empty batch left to undo or report on
    batches = [b for b in workspace.leads.repo.import_batches() if b.kind == "activity"]
    assert len(batches) == 1
    assert len(workspace.leads.interactions(people[0].id)) == 2


def test_dry_run_counts_without_writing(workspace, people, tmp_path) -> None:
    service = workspace.activity
    table = service.read(events_file(tmp_path))
    report = service.dry_run(table, service.suggest_mapping(table), create_missing=True)
    assert report.count("added") == 4 and report.count("leads_created") == 1
    assert workspace.leads.count_leads() == 2
    assert workspace.leads.interactions(people[0].id) == []


def count_workbook(path: Path, opens: int) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["Campaign report"])
    sheet.append([])
    sheet.append(["Email Address", "Opens", "Clicks", "Last open"])
    sheet.append(["ana@talleres.es", opens, 1, "2026-02-20 08:00"])
    sheet.append(["new@person.es", 2, 0, "2026-02-21 08:00"])
    book.save(path)
    return path


def test_count_rows_and_an_overlapping_export_a_week_later(workspace, people, tmp_path) -> None:
    service = workspace.activity
    table = service.read(count_workbook(tmp_path / "w1.xlsx", 3))
    mapping = service.suggest_mapping(table)
    assert mapping.is_count_shaped
    first = service.run_import(table, mapping, create_missing=True, source_channel="Newsletter")
    assert first.count("added") == 6 and first.count("leads_created") == 1
    later = service.read(count_workbook(tmp_path / "w2.xlsx", 5))
    second = service.run_import(later, service.suggest_mapping(later), create_missing=True)
    assert second.count("added") == 2 and second.count("already_imported") == 6
    ana_kinds = [i.kind for i in workspace.leads.interactions(people[0].id)]
    assert ana_kinds.count(InteractionKind.EMAIL_OPEN) == 5
    assert ana_kinds.count(InteractionKind.EMAIL_CLICK) == 1
    created = [lead for lead in workspace.leads.repo.iter_leads() if lead.email == "new@person.es"]
    assert created and created[0].source_channel == "Newsletter"
    assert created[0].stage is Stage.LEAD


def test_undo_removes_the_interactions_and_the_created_leads(workspace, people, tmp_path) -> None:
    service = workspace.activity
    table = service.read(count_workbook(tmp_path / "w1.xlsx", 3))
    report = service.run_import(table, service.suggest_mapping(table), create_missing=True)
    changes = service.undo_import(report.batch_id)
    assert workspace.leads.interactions(people[0].id) == []
    assert workspace.leads.lead(people[0].id).last_interaction_at is None
    assert workspace.leads.count_leads() == 2 and len(changes.removed) == 1


def test_a_cancelled_import_changes_nothing(workspace, people, tmp_path) -> None:
    service = workspace.activity
    table = service.read(events_file(tmp_path))
    progress = Progress()
    calls = []

    def cancel_midway(done: int, total: int, message: str) -> None:
        # The user presses Cancel while the rows are being written.
        calls.append(done)
        progress.cancel()

    progress._on_update = cancel_midway
    with pytest.raises(OperationCancelled):
        service.run_import(
            table, service.suggest_mapping(table), progress=progress, create_missing=True
        )
    assert workspace.leads.interactions(people[0].id) == []
    assert workspace.leads.count_leads() == 2
    assert [b for b in workspace.leads.repo.import_batches() if b.kind == "activity"] == []


def test_imported_activity_rescores_the_lead(workspace, people, tmp_path) -> None:
    """With a scorer installed, the touched leads are rescored at once."""
    seen = []

    class Recorder:
        def rescore(self, ids):
            seen.append(set(ids))
            from leaddesk.core.changes import Changes

            return Changes(leads=frozenset(ids))

    previous = workspace.leads.rescorer
    workspace.leads.rescorer = Recorder()
    try:
        service = workspace.activity
        table = service.read(events_file(tmp_path))
        service.run_import(table, service.suggest_mapping(table))
    finally:
        workspace.leads.rescorer = previous
    assert seen[-1] == {people[0].id, people[1].id}


def test_value_mapping_is_remembered(workspace, people, tmp_path) -> None:
    service = workspace.activity
    path = write_csv(
        tmp_path / "odd.csv",
        [["email", "date", "event"], ["ana@talleres.es", "2026-02-01", "zzz-signal"]],
    )
    table = service.read(path)
    mapping = service.suggest_mapping(table)
    assert mapping.values["zzz-signal"].kind is None
    from leaddesk.core.activity.event_types import EventType

    fixed = replace(mapping, values={"zzz-signal": EventType(InteractionKind.CONTACT_REQUEST)})
    service.run_import(table, fixed)
    assert service.suggest_mapping(service.read(path)).values["zzz-signal"].kind is (
        InteractionKind.CONTACT_REQUEST
    )


# -- real exports of well-known tools (test-only files in ../shared/data/activity) ---------
def import_real(workspace, shared_data, name, **kwargs):
    service = workspace.activity
    table = service.read(shared_data / "activity" / name)
    mapping = service.suggest_mapping(table)
    people = kwargs.pop("people", None)
    if people:
        mapping = service.with_people(mapping, shared_data / "activity" / people[0], *people[1:])
    if "when" in kwargs:
        mapping = replace(mapping, fixed_time=kwargs.pop("when"))
    return service.run_import(table, mapping, **kwargs)


def test_mailchimp_recipient_activity_through_its_members_file(workspace, shared_data) -> None:
    """Fivetran's Mailchimp seed: events name members by id; the members file has emails."""
    report = import_real(
        workspace,
        shared_data,
        "mailchimp_campaign_recipient_activity_fivetran_seed.csv",
        people=("mailchimp_members_fivetran_seed.csv", "id", "member_id"),
        create_missing=True,
    )
    assert report.count("rows") == 17
    assert report.count("invalid") == 1  # the orphan member id, reported by name
    assert "c6de178b4b5cac03e73f9d787b352f15" in report.problems[0].reason
    assert report.count("added") == 16
    kinds = [
        i.kind
        for lead in workspace.leads.repo.iter_leads()
        for i in workspace.leads.interactions(lead.id)
    ]
    assert kinds.count(InteractionKind.EMAIL_OPEN) == 11
    assert kinds.count(InteractionKind.EMAIL_CLICK) == 5


def test_mautic_page_hits_resolve_contacts_by_row(workspace, shared_data) -> None:
    report = import_real(
        workspace,
        shared_data,
        "mautic_demo_page_hits.csv",
        people=("mautic_demo_contacts_for_hits.csv", "#row", "ipAddress"),
        create_missing=True,
    )
    assert report.count("rows") == 130 and report.count("invalid") == 0
    assert report.count("leads_created") == 48
    assert report.count("added") + report.count("duplicates_in_file") == 130
    visit = next(
        i
        for lead in workspace.leads.repo.iter_leads()
        for i in workspace.leads.interactions(lead.id)
    )
    assert visit.kind is InteractionKind.VISIT and visit.occurred_at.year == 2014


def test_mautic_spanish_form_results_need_a_date(workspace, shared_data) -> None:
    with pytest.raises(ImportFileError, match="no date column"):
        import_real(workspace, shared_data, "mautic_demo_form_results_es.csv")
    from datetime import UTC, datetime

    report = import_real(
        workspace,
        shared_data,
        "mautic_demo_form_results_es.csv",
        when=datetime(2014, 8, 10, tzinfo=UTC),
        create_missing=True,
    )
    assert report.count("added") == 50 and report.count("leads_created") == 50
    lead = next(workspace.leads.repo.iter_leads())
    assert lead.first_name  # "nombre" is the first name
    assert workspace.leads.interactions(lead.id)[0].kind is InteractionKind.FORM_CONVERSION


def test_tinynews_counts_without_dates(workspace, shared_data) -> None:
    report = import_real(
        workspace,
        shared_data,
        "tinynews_subscribers_opens_clicks_tryghost_fixture.csv",
        create_missing=True,
    )
    assert report.count("added") == 39  # 39 opens, 0 clicks


def test_matomo_visit_log_without_identity_is_reported(workspace, shared_data) -> None:
    report = import_real(workspace, shared_data, "matomo_visits_log_export_utf16le.csv")
    assert report.count("added") == 0 and report.count("invalid") == 2
    assert all("userId" in p.message for p in report.problems)


def test_a_backup_is_made_before_the_import_and_its_undo(workspace, people, tmp_path) -> None:
    backups = workspace.backups
    if not backups.supports_backups:
        pytest.skip("PostgreSQL backups are the server's business")
    service = workspace.activity
    table = service.read(events_file(tmp_path))
    report = service.run_import(table, service.suggest_mapping(table))
    service.undo_import(report.batch_id)
    reasons = [b.reason for b in backups.list_backups()]
    assert "import" in reasons and "undo-import" in reasons
