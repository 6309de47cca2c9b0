"""The server stops mid-operation: a clear error, nothing half-written, and work goes on after."""

from __future__ import annotations

from pathlib import Path

import pytest

from leaddesk.core.errors import DatabaseUnavailable
from leaddesk.core.progress import Progress
from leaddesk.storage.backups.transfer import copy_database
from tests.team.helpers import PrivateServer, open_as, private_server  # noqa: F401
from tests.team.test_transfer import dump, filled_sqlite


def test_a_stopped_server_gives_a_clear_error_and_work_continues_after_restart(
    private_server: PrivateServer,  # noqa: F811
) -> None:
    workspace = open_as(private_server.url, "alice")
    try:
        lead = workspace.leads.create_lead({"first_name": "Tereza", "city": "Brno"}).value
        team = workspace.team
        team.poll()

        private_server.stop()
        with pytest.raises(DatabaseUnavailable, match="cannot be reached") as lost:
            workspace.leads.edit_lead(lead.id, {"city": "Praha"}, lead.version)
        assert "127.0.0.1" in str(lost.value) and "nothing was half-written" in str(lost.value)
        with pytest.raises(DatabaseUnavailable):
            team.poll()

        private_server.start()
        # The same workspace (same engine, its pool reconnects by itself) simply goes on.
        assert workspace.leads.lead(lead.id).city == "Brno"
        workspace.leads.edit_lead(lead.id, {"city": "Praha"}, lead.version)
        assert workspace.leads.lead(lead.id).city == "Praha"
        assert team.poll().leads == {lead.id}
    finally:
        workspace.close()


def test_a_copy_cut_off_midway_leaves_the_server_empty_and_can_be_redone(
    private_server: PrivateServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    source = filled_sqlite(tmp_path / "mine.sqlite")
    target = private_server.createdb("moved")

    def stop_midway(done: int, total: int, _message: str) -> None:
        if 0 < done < total and private_server_running[0]:
            private_server_running[0] = False
            private_server.stop()

    private_server_running = [True]
    with pytest.raises(DatabaseUnavailable, match="cannot be reached"):
        copy_database(source, target, Progress(stop_midway), batch=50)

    private_server.start()
    assert all(rows == [] for rows in dump(target).values())
    report = copy_database(source, target)
    assert report.leads == 41
    assert dump(target) == dump(source)
