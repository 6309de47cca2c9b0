"""Export 100,000 leads with their interactions and stage history, against two floors.

    python benchmarks/export.py [--leads 100000] [--db PATH]

Generates a SQLite database (or reuses --db when it exists), then, each in a fresh process:

- leaddesk: ``SqlExporter.export`` to .xlsx, reading the database as it writes;
- xlsxwriter floor: the very same cells (recorded from the export beforehand, in memory,
  not timed) written with xlsxwriter's constant-memory mode and typed write calls;
- openpyxl write-only: the same cells with ``ws.append`` in write-only mode.

Prints seconds, leads/s, rows/s (all sheets), LeadDesk's ratio to the floor (target ≥ 0.8)
and the peak resident memory of each process (psutil; target < 500 MiB for LeadDesk).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402

KINDS = ["visit", "visit", "visit", "email_open", "email_click", "form_conversion", "note", "call"]
STAGES = ["lead", "mql", "sal", "sql", "customer"]


# -- data ----------------------------------------------------------------------------------
def generate(path: Path, leads: int, seed: int = 7) -> None:
    """Leads with fields and custom fields, ~5 interactions and ~2.5 stage changes each."""
    from sqlalchemy import insert

    from leaddesk.storage.db import open_database
    from leaddesk.storage.models import InteractionRow, LeadRow, StageChangeRow

    rng = random.Random(seed)
    db = open_database(str(path))
    now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    with db.engine.begin() as conn:
        for start in range(0, leads, 5000):
            lead_rows, inter_rows, change_rows = [], [], []
            for n in range(start, min(start + 5000, leads)):
                created = now - timedelta(days=rng.uniform(1, 365))
                path_len = rng.choice([1, 1, 1, 2, 2, 3, 4, 5])
                lead_rows.append(_lead(rng, n, created, STAGES[path_len - 1]))
                at = created
                for step in range(path_len):
                    change_rows.append(
                        {
                            "lead_id": n + 1,
                            "from_stage": STAGES[step - 1] if step else None,
                            "to_stage": STAGES[step],
                            "at": at,
                            "reason": "created" if not step else "moved on",
                            "automatic": step == 1,
                            "actor": "ana",
                            "override": False,
                        }
                    )
                    at += timedelta(days=rng.uniform(1, 20))
                for _ in range(rng.randint(0, 10)):
                    inter_rows.append(
                        {
                            "lead_id": n + 1,
                            "kind": rng.choice(KINDS),
                            "occurred_at": created + timedelta(hours=rng.uniform(0, 4000)),
                            "detail": rng.choice(["/pricing", "/blog", "Newsletter", "Called"]),
                            "campaign": rng.choice(["", "Spring webinar", "Trade fair Q2"]),
                            "data": {},
                            "actor": "",
                        }
                    )
            conn.execute(insert(LeadRow.__table__), lead_rows)
            conn.execute(insert(InteractionRow.__table__), inter_rows)
            conn.execute(insert(StageChangeRow.__table__), change_rows)
    db.close()


def _lead(rng: random.Random, n: int, created: datetime, stage: str) -> dict[str, Any]:
    first = rng.choice(["Jana", "Marco", "Lucía", "Tom", "Giulia", "Petr", "Sofía", "Hugo"])
    last = rng.choice(["Novák", "Rossi", "García", "Smith", "Dvořák", "Bianchi"])
    return {
        "stage": stage,
        "first_name": first,
        "last_name": last,
        "email": f"{first.lower()}.{n}@example{n % 997}.com",
        "email_key": f"{first.lower()}.{n}@example{n % 997}.com",
        "phone": f"+420 {rng.randint(600, 799)} {rng.randint(100, 999)} {n % 1000:03d}",
        "phone_key": "",
        "company": f"Company {n % 20000}",
        "job_title": rng.choice(["Owner", "CEO", "Marketing Manager", "Office Manager"]),
        "company_size": rng.choice([3, 8, 15, 40, 120, 350]),
        "industry": rng.choice(["Manufacturing", "Healthcare", "Retail", "Hospitality"]),
        "country": "Czechia",
        "city": rng.choice(["Praha", "Brno", "Ostrava"]),
        "website": f"https://www.example{n % 997}.com",
        "source_channel": rng.choice(["Referral", "Paid search", "Purchased list"]),
        "campaign": rng.choice(["", "Spring webinar", "Trade fair Q2"]),
        "budget": Decimal(rng.choice([0, 500, 1500, 3000, 12000])),
        "owner": rng.choice(["ana", "marco", "petra", "tom"]),
        "email_status": "subscribed",
        "custom": {"preferred_language": "cs", "region": rng.choice(["Morava", "Čechy"])},
        "score": rng.randint(0, 120),
        "fit_score": rng.randint(0, 60),
        "engagement_score": rng.randint(0, 60),
        "fit_grade": rng.choice("ABCD"),
        "stage_entered_at": created,
        "last_interaction_at": created + timedelta(days=3),
        "created_at": created,
        "updated_at": created,
        "archived": False,
        "version": 1,
    }


# -- contenders (each runs in its own process) --------------------------------------------
class Clock:
    """Wall time and this process's CPU time (user + system, so file writes count)."""

    def __init__(self) -> None:
        self._wall, self._cpu = time.perf_counter(), time.process_time()

    def stop(self) -> tuple[float, float]:
        return time.perf_counter() - self._wall, time.process_time() - self._cpu


class PeakMemory:
    """Samples this process's resident memory every 20 ms."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            self.peak = max(self.peak, me.memory_info().rss)
            time.sleep(0.02)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, psutil.Process().memory_info().rss)


def run_leaddesk(db_path: Path, out: Path) -> dict[str, Any]:
    from leaddesk.storage.db import open_database
    from leaddesk.storage.writing.export import SqlExporter

    db = open_database(str(db_path))
    exporter = SqlExporter(db.engine, tz=UTC)
    with PeakMemory() as memory:
        clock = Clock()
        result = exporter.export(out)
        wall, cpu = clock.stop()
    rows = result.leads + result.interactions + result.stage_changes
    return {"wall": wall, "cpu": cpu, "leads": result.leads, "rows": rows, "peak": memory.peak}


class _Recorder:
    """Stands in for the workbook to capture the exact rows an export writes."""

    sheets: list[tuple[str, Any, list[tuple[Any, ...]]]] = []

    def __init__(self, *_: Any) -> None:
        _Recorder.sheets = []

    def sheet(self, name: str, columns: Any) -> Any:
        rows: list[tuple[Any, ...]] = []
        _Recorder.sheets.append((name, columns, rows))

        class Sheet:
            def append(self, values: Any) -> None:
                rows.append(tuple(values))

            def finish(self) -> None:
                pass

            @property
            def rows(self) -> int:
                return len(rows)

        return Sheet()

    def close(self) -> None:
        pass

    def abandon(self) -> None:
        pass


def record_cells(db_path: Path, out: Path) -> list[tuple[str, Any, list[tuple[Any, ...]]]]:
    from leaddesk.storage.db import open_database
    from leaddesk.storage.writing import export as excel_export

    excel_export.XlsxBook = _Recorder  # type: ignore[assignment,misc]
    db = open_database(str(db_path))
    excel_export.SqlExporter(db.engine, tz=UTC).export(out)
    return _Recorder.sheets


def run_xlsxwriter_floor(db_path: Path, out: Path) -> dict[str, Any]:
    import xlsxwriter

    from leaddesk.core.sheet_columns import CellKind

    sheets = record_cells(db_path, out.with_suffix(".ignored"))
    with PeakMemory() as memory:
        clock = Clock()
        wb = xlsxwriter.Workbook(str(out), {"constant_memory": True})
        header = wb.add_format({"bold": True})
        formats = {
            CellKind.INTEGER: wb.add_format({"num_format": "0"}),
            CellKind.MONEY: wb.add_format({"num_format": "#,##0.00"}),
            CellKind.DATETIME: wb.add_format({"num_format": "yyyy-mm-dd hh:mm"}),
            CellKind.PERCENT: wb.add_format({"num_format": "0.0%"}),
        }
        for name, columns, rows in sheets:
            ws = wb.add_worksheet(name)
            for c, column in enumerate(columns):
                ws.write_string(0, c, column.header, header)
            writers = [
                _typed_writer(ws, column.kind, formats.get(column.kind)) for column in columns
            ]
            for r, row in enumerate(rows, start=1):
                for c, value in enumerate(row):
                    if value is not None and value != "":
                        writers[c](r, c, value)
            ws.freeze_panes(1, 0)
            ws.autofilter(0, 0, len(rows), len(columns) - 1)
        wb.close()
        wall, cpu = clock.stop()
    return _totals(sheets, wall, cpu, memory.peak)


def _typed_writer(ws: Any, kind: Any, fmt: Any) -> Any:
    from leaddesk.core.sheet_columns import CellKind

    if kind is CellKind.TEXT:
        return ws.write_string
    if kind is CellKind.DATETIME:
        return lambda r, c, v: ws.write_datetime(r, c, v, fmt)
    if kind is CellKind.BOOLEAN:
        return ws.write_boolean
    if kind is CellKind.MONEY:
        return lambda r, c, v: ws.write_number(r, c, float(v), fmt)
    return lambda r, c, v: ws.write_number(r, c, v, fmt)


def run_openpyxl_write_only(db_path: Path, out: Path) -> dict[str, Any]:
    from openpyxl import Workbook

    sheets = record_cells(db_path, out.with_suffix(".ignored"))
    with PeakMemory() as memory:
        clock = Clock()
        wb = Workbook(write_only=True)
        for name, columns, rows in sheets:
            ws = wb.create_sheet(name)
            ws.append([column.header for column in columns])
            for row in rows:
                ws.append(row)
        wb.save(out)
        wall, cpu = clock.stop()
    return _totals(sheets, wall, cpu, memory.peak)


def _totals(sheets: list[Any], wall: float, cpu: float, peak: int) -> dict[str, Any]:
    leads = sum(len(rows) for name, _, rows in sheets if name == "Leads")
    rows = sum(len(rows) for name, _, rows in sheets if name != "Funnel")
    return {"wall": wall, "cpu": cpu, "leads": leads, "rows": rows, "peak": peak}


CONTENDERS = {
    "leaddesk": run_leaddesk,
    "xlsxwriter": run_xlsxwriter_floor,
    "openpyxl": run_openpyxl_write_only,
}
LABELS = {
    "leaddesk": "LeadDesk export (reads the DB)",
    "xlsxwriter": "xlsxwriter constant_memory floor",
    "openpyxl": "openpyxl write-only",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="reuse (or create) this SQLite file")
    parser.add_argument(
        "--repeat", type=int, default=2, help="runs of LeadDesk and the floor; the best counts"
    )
    parser.add_argument("--child", choices=CONTENDERS, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(CONTENDERS[args.child](args.db, args.out)))
        return 0
    work = Path(tempfile.mkdtemp(prefix="leaddesk-bench-export-"))
    db_path = args.db or work / "bench.sqlite"
    if not db_path.exists():
        start = time.perf_counter()
        generate(db_path, args.leads)
        print(f"generated {args.leads:,} leads in {time.perf_counter() - start:.1f} s")
    results: dict[str, dict[str, Any]] = {}
    for round_ in range(args.repeat):  # interleaved, so a busy moment hurts every writer alike
        for name in CONTENDERS:
            if name == "openpyxl" and round_:
                continue  # the peer, far behind: once is enough
            out = work / f"{name}.xlsx"
            proc = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--child",
                    name,
                    "--db",
                    str(db_path),
                    "--out",
                    str(out),
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            run = json.loads(proc.stdout.strip().splitlines()[-1])
            run["size"] = out.stat().st_size
            if name not in results or run["cpu"] < results[name]["cpu"]:
                results[name] = {**run, "peak": max(run["peak"], results.get(name, run)["peak"])}
    print_table(results)
    shutil.rmtree(work, ignore_errors=True)
    return 0


def print_table(results: dict[str, dict[str, Any]]) -> None:
    """Speeds from CPU time (steady on a busy machine); wall time shown beside it."""
    floor = results["xlsxwriter"]["cpu"]
    lines = [
        "| writer | CPU s | wall s | leads/s | rows/s (all sheets) | vs floor | peak RSS | file |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in results.items():
        lines.append(
            f"| {LABELS[name]} | {r['cpu']:.1f} | {r['wall']:.1f} | {r['leads'] / r['cpu']:,.0f} "
            f"| {r['rows'] / r['cpu']:,.0f} | {floor / r['cpu']:.2f}× "
            f"| {r['peak'] / 2**20:,.0f} MiB | {r['size'] / 2**20:.1f} MiB |"
        )
    ld = results["leaddesk"]
    lines.append("")
    lines.append(
        f"{ld['leads']:,} leads, {ld['rows']:,} rows in all. LeadDesk / floor = "
        f"{floor / ld['cpu']:.2f} (target ≥ 0.80); LeadDesk peak memory "
        f"{ld['peak'] / 2**20:.0f} MiB (target < 500 MiB)."
    )
    print("\n".join(lines))


if __name__ == "__main__":
    raise SystemExit(main())
