"""Import benchmark: a 100,000-row × 14-column .xlsx into a database of 100,000 leads.

Compares, in the same run and each in a fresh process:
  ours   — LeadDesk's import: read, map, validate, dedupe (10 % duplicates of stored leads,
           some invalid rows), one transaction, undo records, first stage changes, error
           workbook (and scoring when a rescorer is installed);
  floor  — python-calamine read + SQLAlchemy Core insert() of the rows, no validation;
  peer   — pandas.read_excel + DataFrame.to_sql.
Then a 1,000,000-row CSV (HubSpot's per-file limit) into an empty database: time and peak
memory. Run: ``python benchmarks/import.py [--rows N] [--stored N] [--csv-rows N] [--repeat N] [--keep DIR]``
(``--rows 0`` or ``--csv-rows 0`` leaves that part out; ``--stored 0``: an empty database).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HEADERS = [
    "First name", "Last name", "E-mail", "Phone", "Company", "Job title", "Employees",
    "Industry", "Country", "City", "Website", "Budget", "Signed up", "Notes",
]  # fmt: skip
FIRST = [
    "Ana",
    "Leo",
    "Eva",
    "Max",
    "Nia",
    "Ugo",
    "Ivo",
    "Zoe",
    "Tom",
    "Kim",
    "Jan",
    "Eli",
    "Bea",
    "Dan",
    "Ida",
    "Oto",
    "Lia",
    "Sam",
]
LAST = [
    "Ruiz",
    "Gil",
    "Sanz",
    "Rossi",
    "Neri",
    "Novak",
    "Dvorak",
    "Lee",
    "Kim",
    "Garcia",
    "Bianchi",
    "Svoboda",
    "Costa",
]
INDUSTRIES = ["Retail", "Hospitality", "Software", "Logistics", "Health", "Education", "Finance"]
COUNTRIES = ["ES", "IT", "CZ", "US", "DE", "FR"]
CITIES = ["Madrid", "Milano", "Praha", "Boston", "Berlin", "Lyon", "Brno", "Sevilla", "Torino"]
TITLES = ["CEO", "CTO", "Owner", "Manager", "Buyer", "Director", "Analyst"]


def person(rng: random.Random, i: int) -> list:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    company = f"{rng.choice(LAST)} {rng.choice(['SL', 'Srl', 's.r.o.', 'Inc', 'GmbH'])} {i % 9000}"
    signed = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
    return [
        first, last, f"{first}.{last}.{i}@example{i % 97}.com".lower(),
        f"+34 6{rng.randrange(10**7, 10**8)}", company, rng.choice(TITLES),
        rng.choice([5, 12, 50, 250, 1200]), rng.choice(INDUSTRIES), rng.choice(COUNTRIES),
        rng.choice(CITIES), f"https://{last.lower()}{i}.example.com", rng.randrange(1000, 90000),
        signed.strftime("%d/%m/%Y"), rng.choice(["", "met at fair", "asked for pricing"]),
    ]  # fmt: skip


def stored_leads(count: int) -> list[list]:
    rng = random.Random(1)
    return [person(rng, i) for i in range(count)]


def import_rows(count: int, stored: list[list]) -> list[list]:
    """New people, 10 % duplicates of stored leads (email re-cased and padded; new people
    when none are stored), 1 % invalid emails, 0.5 % repeated within the file."""
    rng = random.Random(2)
    rows = []
    for i in range(count):
        roll = rng.random()
        if roll < 0.10 and stored:
            row = list(rng.choice(stored))
            row[2] = f"  {row[2].upper()} "
            row[5] = "VP Sales"
        elif roll < 0.10:  # nothing stored to repeat: a new person as well
            row = person(rng, 10**6 + i)
        elif roll < 0.11:
            row = person(rng, 10**6 + i)
            row[2] = row[2].replace("@", " at ")
        elif roll < 0.115 and rows:
            row = list(rng.choice(rows))
        else:
            row = person(rng, 10**6 + i)
        rows.append(row)
    return rows


def write_xlsx(path: Path, rows: list[list]) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_urls": False})
    sheet = book.add_worksheet("Leads")
    sheet.write_row(0, 0, HEADERS)
    for r, row in enumerate(rows, start=1):
        sheet.write_row(r, 0, row)
    book.close()


def write_csv(path: Path, count: int) -> None:
    rng = random.Random(3)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADERS)
        for i in range(count):
            writer.writerow(person(rng, i))


def make_database(path: Path, stored: list[list]) -> None:
    """A LeadDesk database holding the stored leads (inserted directly, not timed)."""
    from sqlalchemy import insert

    from leaddesk.storage.db import open_database
    from leaddesk.storage.models import LeadRow, StageChangeRow

    db = open_database(str(path))
    at = datetime(2025, 1, 1, tzinfo=UTC)
    rows = [_lead_dict(r, at) for r in stored]
    with db.engine.begin() as conn:
        conn.execute(insert(LeadRow.__table__), rows)
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM leads")]
        conn.execute(
            insert(StageChangeRow.__table__),
            [{"lead_id": i, "to_stage": "lead", "at": at, "reason": "created", "automatic": False,
              "actor": "", "override": False} for i in ids],
        )  # fmt: skip
    db.close()


def _lead_dict(row: list, at: datetime) -> dict:
    email = str(row[2]).strip()
    return {
        "stage": "lead", "first_name": str(row[0]), "last_name": str(row[1]), "email": email,
        "email_key": email.lower(), "phone": str(row[3]),
        "phone_key": "".join(c for c in str(row[3]) if c.isdigit())[-15:],
        "company": str(row[4]), "job_title": str(row[5]), "company_size": None, "industry": "",
        "country": "", "city": "", "website": "", "source_channel": "", "campaign": "",
        "budget": None, "owner": "", "email_status": "", "custom": {}, "score": 0,
        "fit_score": 0, "engagement_score": 0, "fit_grade": "D", "stage_entered_at": at,
        "last_interaction_at": None, "created_at": at, "updated_at": at,
        "import_batch_id": None, "archived": False, "version": 1,
    }  # fmt: skip


# -- the contenders, each run in its own process ------------------------------------------
def run_ours(db: Path, source: Path, workdir: Path) -> dict:
    from leaddesk.app import open_workspace
    from leaddesk.core.importing.options import ImportOptions

    workspace = open_workspace(str(db))
    service = workspace.importer
    start = time.perf_counter()
    table = service.read(source)
    result = service.run_import(table, service.suggest_mapping(table), ImportOptions(),
                                error_dir=workdir)  # fmt: skip
    elapsed = time.perf_counter() - start
    workspace.close()
    return {"seconds": elapsed, "counts": dict(result.report.counts),
            "scored": workspace.leads.rescorer is not None}  # fmt: skip


def run_floor(db: Path, source: Path, workdir: Path) -> dict:
    import python_calamine
    from sqlalchemy import insert

    from leaddesk.storage.db import open_database
    from leaddesk.storage.models import LeadRow

    database = open_database(str(db))
    start = time.perf_counter()
    rows = python_calamine.CalamineWorkbook.from_path(str(source)).get_sheet_by_index(0)
    values = rows.to_python()[1:]
    at = datetime.now(UTC)
    with database.engine.begin() as conn:
        for first in range(0, len(values), 5000):
            chunk = values[first : first + 5000]
            conn.execute(insert(LeadRow.__table__), [_lead_dict(r, at) for r in chunk])
    elapsed = time.perf_counter() - start
    database.close()
    return {"seconds": elapsed, "counts": {"inserted": len(values)}}


def run_peer(db: Path, source: Path, workdir: Path) -> dict:
    import pandas as pd
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{db}")
    start = time.perf_counter()
    frame = pd.read_excel(source)
    frame.to_sql("peer_leads", engine, if_exists="append", index=False, chunksize=5000)
    elapsed = time.perf_counter() - start
    engine.dispose()
    return {"seconds": elapsed, "counts": {"inserted": len(frame)}}


RUNNERS = {"ours": run_ours, "floor": run_floor, "peer": run_peer}


def peak_mib() -> float:
    """This process's peak resident memory. VmHWM, because ru_maxrss survives exec and
    would report the parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(name: str, db: str, source: str, workdir: str) -> None:
    result = RUNNERS[name](Path(db), Path(source), Path(workdir))
    result["peak_mib"] = peak_mib()
    # the planner process of a big import (0 when there was none): ru_maxrss of the
    # children waited for, which this process's exec does not carry over
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    result["planner_peak_mib"] = children.ru_maxrss / 1024
    # CPU seconds (this process and its planner): what a loaded machine changes least
    own = resource.getrusage(resource.RUSAGE_SELF)
    result["cpu"] = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    print(json.dumps(result))


def measure(name: str, template_db: Path | None, source: Path, workdir: Path) -> dict:
    db = workdir / f"{name}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    if template_db is not None:
        shutil.copy(template_db, db)
    out = subprocess.run(
        [sys.executable, __file__, "--child", name, str(db), str(source), str(workdir)],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def compare(args: argparse.Namespace, workdir: Path) -> None:
    """ours, floor and peer on the same .xlsx, each in a fresh process and database."""
    source = workdir / f"leads-{args.rows}-into-{args.stored}.xlsx"
    template = workdir / f"stored-{args.stored}.sqlite"
    stored = stored_leads(args.stored)
    if not source.exists():
        print(f"generating {source.name} …", flush=True)
        write_xlsx(source, import_rows(args.rows, stored))
    if args.stored and not template.exists():
        print(f"generating a database of {args.stored:,} leads …", flush=True)
        make_database(template, stored)
    base = template if args.stored else None  # else each gets a new, empty database
    # Rounds of the three in turn, each one's best (least disturbed) run kept: on a shared,
    # loaded machine one contender may otherwise get a quiet minute and another a busy one.
    results: dict[str, dict] = {}
    for _ in range(args.repeat):
        for name in ("floor", "peer", "ours"):
            r = measure(name, base, source, workdir)
            if name not in results or r["seconds"] < results[name]["seconds"]:
                results[name] = r
    print(
        f"\n{args.rows:,} rows × {len(HEADERS)} columns (.xlsx) into {args.stored:,} stored leads"
        f" (best of {args.repeat})"
    )
    print(f"{'':8}{'seconds':>9}{'rows/s':>10}{'CPU s':>8}{'peak MiB':>10}{'planner':>9}  counts")
    for name, r in results.items():
        print(f"{name:8}{r['seconds']:9.2f}{args.rows / r['seconds']:10,.0f}{r['cpu']:8.1f}"
              f"{r['peak_mib']:10.0f}{r['planner_peak_mib']:9.0f}  {r['counts']}")  # fmt: skip
    ours, floor, peer = (results[k]["seconds"] for k in ("ours", "floor", "peer"))
    print(f"ours vs floor: {floor / ours:.2f}× the floor's speed (target ≥ 0.5×)")
    print(f"ours vs peer:  {peer / ours:.2f}× the peer's speed (target ≥ 3×)")
    print(f"scored: {results['ours'].get('scored')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--stored", type=int, default=100_000)
    parser.add_argument("--csv-rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=1, help="rounds; each one's best kept")
    parser.add_argument("--keep", metavar="DIR", help="keep (and reuse) generated files here")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    workdir = Path(args.keep or tempfile.mkdtemp(prefix="leaddesk-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    if args.rows:
        compare(args, workdir)
    if args.csv_rows:
        big = workdir / f"leads-{args.csv_rows}.csv"
        if not big.exists():
            print(f"generating {big.name} …", flush=True)
            write_csv(big, args.csv_rows)
        r = measure("ours", None, big, workdir)
        print(f"\n{args.csv_rows:,}-row CSV ({big.stat().st_size / 2**20:.0f} MiB) into an empty "
              f"database: {r['seconds']:.1f} s ({args.csv_rows / r['seconds']:,.0f} rows/s, "
              f"{r['cpu']:.0f} CPU s with the process start), "
              f"peak {r['peak_mib']:.0f} MiB (planner process {r['planner_peak_mib']:.0f} MiB), "
              f"{r['counts']}")  # fmt: skip


if __name__ == "__main__":
    main()
