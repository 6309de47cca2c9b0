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
        bob.features["team"].poll()
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
                polled = bob.features["team"].poll()
                assert moved.value.to_stage is Stage.SAL and existing.id in polled.leads
                return sum(map(len, board.values())), edited.value.city, bob.leads.count_leads()

            with ThreadPoolExecutor(1) as pool:  # a blocked reader would hit the timeout
                visible, city, count = pool.submit(others_work).result(timeout=15)
            assert (visible, city, count) == (1, "Lyon", 1)  # the import is not seen half-done
        assert bob.leads.count_leads() == 2001  # and all of it once committed
    finally:
        importer.close()
        bob.close()
