"""Importing into the database: dry run, duplicates policies, all-or-nothing, undo, errors."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from leaddesk.core.changes import Changes
from leaddesk.core.errors import ImportFileError, OperationCancelled
from leaddesk.core.importing.options import DuplicatePolicy, ImportOptions
from leaddesk.core.progress import Progress
from leaddesk.core.values import DateOrder

HEADER = ["Nombre", "Apellidos", "Correo electrónico", "Teléfono", "Empresa", "Cargo", "Notas"]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([HEADER, *rows])
    return path


def run(workspace, path: Path, tmp_path: Path, dry: bool = False, **options):
    service = workspace.importer
    table = service.read(path)
    mapping = service.suggest_mapping(table)
    if dry:
        return service.dry_run(table, mapping, ImportOptions(**options))
    return service.run_import(table, mapping, ImportOptions(**options), error_dir=tmp_path)


def snapshot(workspace) -> list[tuple]:
    return [
        (
            lead.id,
            lead.email,
            lead.phone,
            lead.company,
            lead.job_title,
            dict(lead.custom),
            lead.version,
        )
        for lead in workspace.leads.repo.iter_leads()
    ]


@pytest.fixture
def stored(workspace):
    """Two leads already in the database."""
    leads = workspace.leads
    ana = leads.create_lead({"first_name": "Ana", "last_name": "Ruiz", "email": "Ana@Ruiz.es",
                             "phone": "", "company": "Ruiz SL"}).value  # fmt: skip
    leo = leads.create_lead({"first_name": "Leo", "last_name": "Gil", "phone": "+34 600 111 222",
                             "company": "Gil SA", "job_title": "CEO"}).value  # fmt: skip
    return ana, leo


def test_dry_run_counts_exactly_what_the_import_then_does(workspace, stored, tmp_path) -> None:
    path = write_csv(
        tmp_path / "lista.csv",
        [
            ["Eva", "Sanz", "eva@sanz.es", "", "Sanz SL", "CTO", ""],  # new
            ["Ana", "Ruiz", " ana@ruiz.ES ", "", "", "CFO", ""],  # stored, by email
            ["Leo", "Gil", "", "600111222", "", "", ""],  # stored, by phone
            ["Eva", "Sanz", "EVA@sanz.es", "", "", "", ""],  # repeats row 2
            ["Max", "Mo", "not-an-email", "", "", "", ""],  # new, the bad email left empty
            ["", "", "", "", "", "", "only a note"],  # no identity
        ],
    )
    before = snapshot(workspace)
    report = run(workspace, path, tmp_path, dry=True)
    assert snapshot(workspace) == before
    expected = {"new": 2, "updated": 0, "duplicates_existing": 2, "duplicates_in_file": 1,
                "invalid": 1, "values_cleared": 1}  # fmt: skip
    assert dict(report.counts) == expected
    reasons = {p.row: p.message for p in report.problems}
    assert reasons[5] == "row 5: duplicate of row 2 (same email)"
    assert (
        reasons[6] == "row 6: column 'Correo electrónico': 'not-an-email' is not an email "
        "address; left empty, the lead was imported"
    )
    assert reasons[7] == "row 7: has no name, email, phone or company"
    result = run(workspace, path, tmp_path)
    assert dict(result.report.counts) == expected
    assert workspace.leads.count_leads() == 4


def test_fill_only_fills_empty_fields(workspace, stored, tmp_path) -> None:
    ana, leo = stored
    path = write_csv(tmp_path / "f.csv", [["Ana", "Ruiz", "ana@ruiz.es", "+34 911 000 000",
                                           "Otra SL", "CFO", "vip"]])  # fmt: skip
    result = run(workspace, path, tmp_path, on_duplicate=DuplicatePolicy.FILL)
    assert result.report.counts["updated"] == 1
    lead = workspace.leads.lead(ana.id)
    assert (lead.phone, lead.company, lead.job_title) == ("+34 911 000 000", "Ruiz SL", "CFO")
    assert lead.custom == {"Notas": "vip"}
    assert lead.import_batch_id is None  # a lead stays with the list it came from


def test_overwrite_replaces_and_undo_restores(workspace, stored, tmp_path) -> None:
    ana, leo = stored
    before = snapshot(workspace)
    path = write_csv(tmp_path / "o.csv", [["Leo", "Gil", "leo@gil.es", "600 111 222", "Gil Group",
                                           "CTO", ""], ["Nia", "Paz", "nia@paz.es", "", "", "", ""]])  # fmt: skip
    result = run(workspace, path, tmp_path, on_duplicate=DuplicatePolicy.OVERWRITE)
    assert (result.created, result.updated) == (1, 1)
    lead = workspace.leads.lead(leo.id)
    assert (lead.email, lead.company, lead.job_title) == ("leo@gil.es", "Gil Group", "CTO")
    undone = workspace.importer.undo_import(result.batch_id)
    assert (undone.removed, undone.restored, undone.kept_edited) == (1, 1, ())
    after = snapshot(workspace)
    # the same values; the restored lead's version moved on (it was written twice)
    assert [r[:6] for r in after] == [r[:6] for r in before]
    assert workspace.importer.batches()[0].undone_at is not None
    with pytest.raises(Exception, match="already undone"):
        workspace.importer.undo_import(result.batch_id)


def test_undo_leaves_leads_edited_since_and_says_so(workspace, stored, tmp_path) -> None:
    path = write_csv(tmp_path / "e.csv", [["Eva", "Sanz", "eva@sanz.es", "", "", "", ""],
                                          ["Nia", "Paz", "nia@paz.es", "", "", "", ""]])  # fmt: skip
    result = run(workspace, path, tmp_path)
    eva = next(lead for lead in workspace.leads.repo.iter_leads() if lead.email == "eva@sanz.es")
    workspace.leads.edit_lead(eva.id, {"job_title": "CEO"}, eva.version)
    undone = workspace.importer.undo_import(result.batch_id)
    assert undone.removed == 1 and undone.kept_edited == (eva.id,)
    assert workspace.leads.lead(eva.id).job_title == "CEO"
    assert workspace.leads.count_leads() == 3


def test_leaddesk_id_rows_update_that_lead(workspace, stored, tmp_path) -> None:
    ana, _ = stored
    path = tmp_path / "export.csv"
    path.write_text(f"LeadDesk ID,Email,Job title\n{ana.id},ana@ruiz.es,Director\n999,x@y.es,CEO\n")
    result = run(workspace, path, tmp_path)  # skip policy: the id still updates
    assert dict(result.report.counts) == {"new": 0, "updated": 1, "duplicates_existing": 0,
                                          "duplicates_in_file": 0, "invalid": 1,
                                          "values_cleared": 0}  # fmt: skip
    assert workspace.leads.lead(ana.id).job_title == "Director"
    assert (
        result.report.problems[0].message == "row 3: column 'LeadDesk ID': no lead has the id 999"
    )


def many_rows(count: int) -> list[list[str]]:
    return [[f"N{i}", "X", f"n{i}@lista.es", "", "Lista SL", "", ""] for i in range(count)]


def test_cancel_midway_leaves_the_database_as_it_was(workspace, stored, tmp_path) -> None:
    path = write_csv(tmp_path / "big.csv", many_rows(12_000))
    service = workspace.importer
    table = service.read(path)
    progress = Progress(lambda done, total, msg: progress.cancel() if done > 5000 else None)
    before = snapshot(workspace)
    with pytest.raises(OperationCancelled):
        service.run_import(table, service.suggest_mapping(table), ImportOptions(), progress)
    assert snapshot(workspace) == before and service.batches() == []


def test_an_error_midway_rolls_everything_back(workspace, stored, tmp_path) -> None:
    path = write_csv(tmp_path / "big.csv", many_rows(12_000))
    service = workspace.importer
    table = service.read(path)

    def explode(done: int, total: int, message: str) -> None:
        if done > 5000:
            raise RuntimeError("disk full")

    before = snapshot(workspace)
    with pytest.raises(RuntimeError):
        service.run_import(
            table, service.suggest_mapping(table), ImportOptions(), Progress(explode)
        )
    assert snapshot(workspace) == before and service.batches() == []


def test_error_workbook_holds_rows_as_given_and_never_formulas(workspace, tmp_path) -> None:
    path = write_csv(tmp_path / "bad.csv", [["=HYPERLINK(\"http://x\")", "Q", "nope", "", "", "", "+1"],
                                            ["Ok", "Row", "ok@row.es", "", "", "", ""]])  # fmt: skip
    result = run(workspace, path, tmp_path)
    assert result.error_workbook is not None and result.error_workbook.parent == tmp_path
    sheet = openpyxl.load_workbook(result.error_workbook).active
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert rows[0] == [*HEADER, "reason"]
    assert rows[1][:3] == ['=HYPERLINK("http://x")', "Q", "nope"]
    assert all(c.data_type == "s" for c in sheet[2] if c.value is not None)
    assert rows[1][-1] == (
        "row 2: column 'Correo electrónico': 'nope' is not an email address; left empty, the "
        "lead was imported"
    )


def test_the_corrected_mapping_is_offered_next_time(workspace, tmp_path) -> None:
    path = write_csv(tmp_path / "m.csv", [["Ana", "Ruiz", "ana@ruiz.es", "", "", "", "x"]])
    service = workspace.importer
    table = service.read(path)
    mapping = service.mapping_from_json(table, {"Notas": "ignore", "Cargo": "campaign"})
    service.run_import(table, mapping, ImportOptions(), error_dir=tmp_path)
    again = service.suggest_mapping(service.read(path))
    assert again.as_dict()["Notas"] == "ignore" and again.as_dict()["Cargo"] == "campaign"


def test_source_and_campaign_are_stamped_on_every_row(workspace, tmp_path) -> None:
    path = write_csv(tmp_path / "s.csv", many_rows(3))
    run(workspace, path, tmp_path, source_channel="Purchased list", campaign="Fair 2026")
    leads = list(workspace.leads.repo.iter_leads())
    assert {(lead.source_channel, lead.campaign) for lead in leads} == {
        ("Purchased list", "Fair 2026")
    }


def test_each_created_lead_has_its_first_stage_change(workspace, tmp_path) -> None:
    run(workspace, write_csv(tmp_path / "h.csv", many_rows(2)), tmp_path)
    for lead in workspace.leads.repo.iter_leads():
        history = workspace.leads.stage_history(lead.id)
        assert [(h.from_stage, h.to_stage.value, h.reason) for h in history] == [
            (None, "lead", "imported")
        ]


class CountingRescorer:
    """Scores a lead by how many custom fields it has; stores scores like a real rescorer."""

    def __init__(self, repo) -> None:
        self.repo = repo
        self.seen: list[int] = []

    def rescore(self, lead_ids) -> Changes:
        ids = list(lead_ids)
        self.seen.extend(ids)
        scores = [(i, 10, 10, 0, "B") for i in ids]
        self.repo.save_scores(scores)
        return Changes(leads=frozenset(ids))


def test_imported_leads_are_scored_at_once(workspace, tmp_path) -> None:
    workspace.leads.rescorer = CountingRescorer(workspace.leads.repo)
    result = run(workspace, write_csv(tmp_path / "r.csv", many_rows(4)), tmp_path)
    ids = {lead.id for lead in workspace.leads.repo.iter_leads()}
    assert set(workspace.leads.rescorer.seen) == ids and result.changes.leads >= ids
    assert {lead.score for lead in workspace.leads.repo.iter_leads()} == {10}


def test_a_mapping_without_any_identity_is_refused(workspace, tmp_path) -> None:
    path = write_csv(tmp_path / "n.csv", many_rows(1))
    service = workspace.importer
    table = service.read(path)
    mapping = service.mapping_from_json(
        table,
        {
            "Nombre": "custom",
            "Apellidos": "custom",
            "Correo electrónico": "custom",
            "Empresa": "custom",
            "Teléfono": "custom",
        },  # fmt: skip
    )
    with pytest.raises(ImportFileError, match=r"^n\.csv, row 1: no column holds a name"):
        service.dry_run(table, mapping, ImportOptions())


class PromotingRescorer:
    """Moves every scored lead to MQL, as a threshold would: that bumps their versions."""

    def __init__(self, service) -> None:
        self.service = service

    def rescore(self, lead_ids) -> Changes:
        from leaddesk.core.stages import MoveVia, Stage

        for lead_id in lead_ids:
            self.service.move_lead(lead_id, Stage.MQL, via=MoveVia.AUTOMATIC)
        return Changes(leads=frozenset(lead_ids))


def test_scoring_moves_right_after_the_import_do_not_block_its_undo(workspace, tmp_path) -> None:
    workspace.leads.rescorer = PromotingRescorer(workspace.leads)
    result = run(workspace, write_csv(tmp_path / "p.csv", many_rows(3)), tmp_path)
    assert {lead.version for lead in workspace.leads.repo.iter_leads()} == {2}
    undone = workspace.importer.undo_import(result.batch_id)
    assert undone.removed == 3 and undone.kept_edited == ()
    assert workspace.leads.count_leads() == 0


def test_a_backup_is_taken_before_the_import_and_before_its_undo(workspace, tmp_path) -> None:
    backups = workspace.backups
    if backups is None or not backups.supports_backups:
        pytest.skip("backups are made of SQLite files only")
    service = workspace.importer
    assert service._backup == backups.backup_now  # wired to the real backup service
    made: list[tuple[str, bool, int]] = []

    def backup(reason: str):
        path = backups.backup_now(reason)
        # the copy is taken before anything is written: it holds the leads as they were
        made.append((reason, path is not None, workspace.leads.count_leads()))
        return path

    service._backup = backup
    result = run(workspace, write_csv(tmp_path / "b.csv", many_rows(2)), tmp_path)
    service.undo_import(result.batch_id)
    assert made == [("import", True, 0), ("undo-import", True, 2)]


def test_date_order_is_reported_only_for_columns_where_it_matters(workspace, tmp_path) -> None:
    """ISO dates and real date cells are read one way only: no 'read day first' for them."""
    path = tmp_path / "dates.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(
            [
                ["Email", "Signup date", "Visit date"],
                ["ana@talleres.es", "2024-01-25", "25/01/2024"],
                ["bea@talleres.es", "2024-02-03", "03/02/2024"],
            ]
        )
    report = run(workspace, path, tmp_path, dry=True)
    assert dict(report.date_orders) == {"Visit date": DateOrder.DAY_FIRST}


def kept_why(undone) -> dict[int, set[str]]:
    return {lead.lead_id: {str(w) for w in lead.why} for lead in undone.kept}


def test_undo_keeps_leads_touched_since_and_says_which_and_why(workspace, tmp_path) -> None:
    """A call, a note, an edit and a move after the import each keep their lead; the lead
    nobody touched goes. A call or a note does not change the lead's fields, yet counts."""
    from leaddesk.core.leads import InteractionKind
    from leaddesk.core.stages import Stage

    rows = [[name, "Paz", f"{name.lower()}@paz.es", "", "", "", ""]
            for name in ("Cal", "Noa", "Eda", "Mov", "Ida")]  # fmt: skip
    result = run(workspace, write_csv(tmp_path / "t.csv", rows), tmp_path)
    leads = workspace.leads
    by_name = {lead.first_name: lead for lead in leads.repo.iter_leads()}
    qualification = workspace.qualification
    qualification.record_attempt(by_name["Cal"].id, "no answer")
    leads.log_interaction(by_name["Noa"].id, InteractionKind.NOTE, "Asked for a quote")
    leads.edit_lead(by_name["Eda"].id, {"job_title": "CEO"}, by_name["Eda"].version)
    leads.move_lead(by_name["Mov"].id, Stage.NURTURE, reason="not now")
    undone = workspace.importer.undo_import(result.batch_id)
    assert undone.removed == 1
    assert kept_why(undone) == {
        by_name["Cal"].id: {"call"},
        by_name["Noa"].id: {"interaction"},
        by_name["Eda"].id: {"edited"},
        by_name["Mov"].id: {"moved"},
    }
    assert {lead.name for lead in undone.kept} == {"Cal Paz", "Noa Paz", "Eda Paz", "Mov Paz"}
    assert set(undone.kept_edited) == set(kept_why(undone))
    assert {lead.first_name for lead in leads.repo.iter_leads()} == {"Cal", "Noa", "Eda", "Mov"}
    assert [i.detail for i in leads.interactions(by_name["Noa"].id)] == ["Asked for a quote"]


def test_undo_keeps_an_overwritten_lead_with_a_note_logged_since(
    workspace, stored, tmp_path
) -> None:
    """An import overwrote Leo; a note logged on him since: undo leaves his fields as they are
    now instead of putting back values older than the note."""
    from leaddesk.core.leads import InteractionKind

    _, leo = stored
    path = write_csv(tmp_path / "o.csv", [["Leo", "Gil", "leo@gil.es", "600 111 222",
                                           "Gil Group", "CTO", ""]])  # fmt: skip
    result = run(workspace, path, tmp_path, on_duplicate=DuplicatePolicy.OVERWRITE)
    workspace.leads.log_interaction(leo.id, InteractionKind.NOTE, "Spoke about Gil Group")
    undone = workspace.importer.undo_import(result.batch_id)
    assert (undone.restored, kept_why(undone)) == (0, {leo.id: {"interaction"}})
    assert workspace.leads.lead(leo.id).company == "Gil Group"


def test_a_header_only_file_records_no_empty_batch(workspace, tmp_path) -> None:
    path = write_csv(tmp_path / "empty.csv", [])
    with pytest.raises(ImportFileError, match=r"^empty\.csv, row 1: has a header row but no"):
        run(workspace, path, tmp_path)
    assert workspace.importer.batches() == []
