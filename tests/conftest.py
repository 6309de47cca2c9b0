"""Shared fixtures. Tests never touch the user's real data folder or settings."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_HOME = Path(tempfile.mkdtemp(prefix="leaddesk-tests-"))
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_STATE_HOME"] = str(_HOME / "state")
os.environ["XDG_CACHE_HOME"] = str(_HOME / "cache")

import pytest  # noqa: E402

PG_URL = os.environ.get("LEADDESK_TEST_DB_URL", "")
SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database: a SQLite file always; PostgreSQL too when configured."""
    if request.param == "postgresql":
        _reset_postgres(PG_URL)
        return PG_URL
    return f"sqlite:///{tmp_path / 'leads.sqlite'}"


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'leads.sqlite'}"


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 9, 30, tzinfo=UTC))


@pytest.fixture
def workspace(db_url: str, clock: FakeClock) -> Iterator[object]:
    from leaddesk.app import build_workspace
    from leaddesk.storage.db import open_database

    ws = build_workspace(open_database(db_url), actor="tester")
    ws.leads.clock = clock
    yield ws
    ws.close()


@pytest.fixture
def shared_data() -> Path:
    """The real third-party files in ../shared/data (test-only, never shipped)."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"the shared test data folder {SHARED_DATA} is not present")
    return SHARED_DATA


@pytest.fixture(autouse=True)
def _isolated_data_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test has its own data, state and log folders: backups and logs never mix."""
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "xdg" / name.lower()))


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path: Path) -> Iterator[None]:
    """Each test gets its own QSettings file when Qt is in use."""
    try:
        from PySide6.QtCore import QCoreApplication, QSettings
    except ImportError:  # pragma: no cover
        yield
        return
    QCoreApplication.setOrganizationName("LeadDeskTests")
    QCoreApplication.setApplicationName("LeadDeskTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    yield


@pytest.fixture(scope="session", autouse=True)
def _english(qapp: object) -> None:
    """The app installs its language when it starts: tests read English as users do
    ("1 lead", "2 leads"), whichever test ran first."""
    from leaddesk.ui.i18n import install_language

    install_language("en")


@pytest.fixture(autouse=True)
def _background_work_finished() -> Iterator[None]:
    """Background work a test started ends with it, not in the next test's thread pool."""
    yield
    from leaddesk.ui.tasks import wait_for_background_work

    wait_for_background_work(60_000)


@pytest.fixture
def shown_windows(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The main windows shown during the test (run_gui's among them), newest last."""
    from leaddesk.ui.main_window import MainWindow

    shown: list[object] = []
    real_show = MainWindow.show

    def show(self: MainWindow) -> None:
        shown.append(self)
        real_show(self)

    monkeypatch.setattr(MainWindow, "show", show)
    return shown
