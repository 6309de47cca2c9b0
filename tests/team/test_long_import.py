"""A long import by one user does not stop the others: no table locks, readers never wait."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

from sqlalchemy import insert

from leaddesk.core.leads import CardSort, LeadFilter
from leaddesk.core.stages import Stage
from leaddesk.storage.db import open_database
from leaddesk.storage.models import LeadRow
from leaddesk.storage.team import lock_for_import
from tests.team.helpers import fresh_postgres, needs_postgres, open_as


@needs_postgres
def test_others_read_and_edit_while_an_import_transaction_is_open() -> None:
    url = fresh_postgres()
    bob = open_as(url, "bob")
    importer = open_database(url)
    try:
        existing = bob.leads.create_lead({"first_name": "Existing"}, Stage.MQL).value
        bob.team.poll()
        now = datetime.now(UTC)
        with importer.engine.begin() as conn:
            lock_for_import(conn)  # what an import holds until it commits
            conn.execute(
                insert(LeadRow),
                [
                    {
                        "stage": "lead",
                        "first_name": f"Imported {i}",
                        "created_at": now,
                        "updated_at": now,
                        "custom": {},
                    }  # fmt: skip
                    for i in range(2000)
                ],
            )

            def others_work() -> tuple[int, str, int]:
                board = bob.leads.board_ids(LeadFilter(), CardSort.SCORE)
                edited = bob.leads.edit_lead(existing.id, {"city": "Lyon"}, existing.version)
                moved = bob.leads.move_lead(existing.id, Stage.SAL)
                polled = bob.team.poll()
                assert moved.value.to_stage is Stage.SAL and existing.id in polled.leads
                return sum(map(len, board.values())), edited.value.city, bob.leads.count_leads()

            with ThreadPoolExecutor(1) as pool:  # a blocked reader would hit the timeout
                visible, city, count = pool.submit(others_work).result(timeout=15)
            assert (visible, city, count) == (1, "Lyon", 1)  # the import is not seen half-done
        assert bob.leads.count_leads() == 2001  # and all of it once committed
    finally:
        importer.close()
        bob.close()


@needs_postgres
def test_two_users_importing_the_same_list_at_once_create_each_lead_once(tmp_path) -> None:
    import threading

    from sqlalchemy import func, select

    from leaddesk.core.importing.options import ImportOptions
    from leaddesk.core.progress import Progress

    url = fresh_postgres()
    alice, bob = open_as(url, "alice"), open_as(url, "bob")
    path = tmp_path / "veletrh.csv"
    path.write_text(
        "Email,First name,Company\n"
        + "".join(f"buyer{i}@trade-fair.example,Buyer {i},Stand {i}\n" for i in range(20)),
        encoding="utf-8",
    )
    inside = threading.Event()

    def alice_pauses_inside_her_transaction(done: int, total: int, _message: str) -> None:
        if done and not inside.is_set():
            inside.set()  # her transaction is open and she has looked for duplicates
            threading.Event().wait(2.0)

    def run(workspace, progress: Progress) -> None:
        importer = workspace.importer
        table = importer.read(path)
        importer.run_import(table, importer.suggest_mapping(table), ImportOptions(), progress)

    try:
        first = threading.Thread(
            target=run, args=(alice, Progress(alice_pauses_inside_her_transaction))
        )
        first.start()
        assert inside.wait(30)
        run(bob, Progress())  # Bob waits for Alice's import instead of duplicating it
        first.join(60)
        with alice.leads.repo._session() as s:
            per_email = s.execute(
                select(LeadRow.email_key, func.count()).group_by(LeadRow.email_key)
            ).all()
        assert len(per_email) == 20 and all(n == 1 for _, n in per_email)
    finally:
        alice.close()
        bob.close()
