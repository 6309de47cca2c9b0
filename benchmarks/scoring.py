"""Benchmark: rescore 100,000 leads with ~1,000,000 interactions under 20 rules.

Compares, in the same run, the bulk (column-wise) engine on prepared columns with a plain
per-lead Python loop (``score_lead`` for each lead, the reference the bulk engine agrees
with), and times the whole ``ScoringService.rescore_all`` path through a SQLite file (read,
score, write the scores and the automatic moves), whose floor is the engine. The target
(≥ 50,000 leads/s) is for that whole path.

    python benchmarks/scoring.py [--leads 100000] [--per-lead-sample 10000] [--no-db]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from leaddesk.core.leads import Interaction, InteractionKind, Lead, Offer  # noqa: E402
from leaddesk.core.scoring.batch import (  # noqa: E402
    KIND_CODES,
    NO_OFFER,
    OFFER_CODES,
    LeadBatch,
    build_interactions,
    score_batch,
    threshold_moves,
)
from leaddesk.core.scoring.engine import RuleSet, score_lead  # noqa: E402
from leaddesk.core.scoring.service import default_rules  # noqa: E402
from leaddesk.core.stages import Stage  # noqa: E402

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
TARGET = 50_000  # leads per second
TITLES = ["Owner", "CEO", "Marketing Manager", "Student", "Assistant", "IT Manager", "Gerente"]
CHANNELS = ["Referral", "Paid search", "Social", "Trade show", "Purchased list"]
DOMAINS = ["gmail.com", "firma.cz", "talleres.es", "seznam.cz", "competitor.example", "forno.it"]
KINDS = [
    InteractionKind.VISIT,
    InteractionKind.VISIT,
    InteractionKind.VISIT,
    InteractionKind.EMAIL_OPEN,
    InteractionKind.EMAIL_OPEN,
    InteractionKind.EMAIL_CLICK,
    InteractionKind.FORM_CONVERSION,
    InteractionKind.SOCIAL,
    InteractionKind.CONTACT_REQUEST,
    InteractionKind.MEETING,
]
OFFERS = list(Offer)
DETAILS = ["/", "/blog", "/pricing", "/features"]


def twenty_rules() -> RuleSet:
    rules = default_rules()
    return rules.with_rules(rules.rules[:20])


def generate(n_leads: int, per_lead: float, seed: int = 7) -> dict[str, np.ndarray]:
    """Columns for the leads and their interactions (same for the same seed)."""
    rng = np.random.default_rng(seed)
    counts = rng.poisson(per_lead, n_leads)
    lead_pos = np.repeat(np.arange(n_leads), counts)
    m = len(lead_pos)
    kind_idx = rng.integers(0, len(KINDS), m)
    return {
        "title": rng.integers(0, len(TITLES), n_leads),
        "size": rng.choice([3, 8, 15, 40, 120, 350, 900], n_leads),
        "budget": rng.choice([0, 500, 1500, 5000, 12000], n_leads),
        "channel": rng.integers(0, len(CHANNELS), n_leads),
        "domain": rng.integers(0, len(DOMAINS), n_leads),
        "unsubscribed": rng.random(n_leads) < 0.15,
        "lead_pos": lead_pos,
        "kind": kind_idx,
        "offer": rng.integers(0, len(OFFERS), m),
        "age_s": rng.uniform(0, 365 * 86_400, m),
        "detail": rng.integers(0, len(DETAILS), m),
    }


def lead_fields(d: dict[str, np.ndarray], i: int) -> dict[str, object]:
    return {
        "first_name": f"Lead {i}",
        "email": f"p{i}@{DOMAINS[d['domain'][i]]}",
        "job_title": TITLES[d["title"][i]],
        "company_size": int(d["size"][i]),
        "budget": Decimal(int(d["budget"][i])),
        "source_channel": CHANNELS[d["channel"][i]],
        "email_status": "unsubscribed" if d["unsubscribed"][i] else "subscribed",
    }


def offer_of(d: dict[str, np.ndarray], j: int) -> Offer | None:
    if KINDS[d["kind"][j]] is not InteractionKind.FORM_CONVERSION:
        return None
    return OFFERS[d["offer"][j]]


def bulk(d: dict[str, np.ndarray], n: int, rules: RuleSet) -> tuple[float, np.ndarray, float]:
    """The bulk engine, timed from raw columns (sorting included) to scores and moves."""
    fields = [lead_fields(d, i) for i in range(n)]
    standard = {k: [f[k] for f in fields] for k in fields[0]}
    kind_codes = np.array([KIND_CODES[k] for k in KINDS])[d["kind"]]
    is_form = kind_codes == KIND_CODES[InteractionKind.FORM_CONVERSION]
    offer_codes = np.where(
        is_form, np.array([OFFER_CODES[o] for o in OFFERS])[d["offer"]], NO_OFFER
    )
    # As the store reads them: the detail only where a rule looks (visits, here).
    is_visit = kind_codes == KIND_CODES[InteractionKind.VISIT]
    pages = zip(d["detail"].tolist(), is_visit.tolist(), strict=True)
    details = [DETAILS[k] if visit else "" for k, visit in pages]
    started, cpu = time.perf_counter(), time.process_time()
    interactions = build_interactions(
        d["lead_pos"],
        kind_codes,
        offer_codes,
        NOW.timestamp() - d["age_s"],
        np.arange(len(d["lead_pos"])),
        NOW.timestamp(),
        details,
    )
    batch = LeadBatch(range(1, n + 1), [Stage.LEAD] * n, [0] * n, standard, None, interactions)
    scores = score_batch(rules, batch)
    threshold_moves(batch, scores, rules, rules)
    return time.perf_counter() - started, scores.total, time.process_time() - cpu


def per_lead(
    d: dict[str, np.ndarray], sample: int, rules: RuleSet
) -> tuple[float, list[int], float]:
    """The plain loop: build each lead and its interactions, call ``score_lead``."""
    ends = np.searchsorted(d["lead_pos"], np.arange(sample + 1))
    started, cpu = time.perf_counter(), time.process_time()
    totals = []
    for i in range(sample):
        lead = Lead(id=i + 1, stage=Stage.LEAD, **lead_fields(d, i))
        history = [
            Interaction(
                id=j,
                lead_id=i + 1,
                kind=KINDS[d["kind"][j]],
                occurred_at=NOW - timedelta(seconds=float(d["age_s"][j])),
                detail=DETAILS[d["detail"][j]],
                offer=offer_of(d, j),
            )
            for j in range(ends[i], ends[i + 1])
        ]
        totals.append(score_lead(rules, lead, history, NOW).total)
    return time.perf_counter() - started, totals, time.process_time() - cpu


def through_sqlite(
    d: dict[str, np.ndarray], n: int, repeat: int
) -> tuple[float, list[tuple[float, float]], int]:
    """Write the data to a SQLite file, then time ``ScoringService.rescore_all`` on fresh
    copies of it (each run writes every score and move anew): (wall, CPU) seconds a run."""
    from sqlalchemy import insert

    from leaddesk.app import build_workspace
    from leaddesk.storage.db import open_database
    from leaddesk.storage.models import LeadRow

    folder = Path(tempfile.mkdtemp(prefix="leaddesk-bench-"))
    written = folder / "written.sqlite"
    db = open_database(str(written))
    workspace = build_workspace(db, actor="bench")
    workspace.scoring.save_rules(twenty_rules())
    started = time.perf_counter()
    stamp = NOW.replace(tzinfo=None).isoformat(sep=" ")
    with db.engine.begin() as conn:
        conn.execute(
            insert(LeadRow.__table__),
            [
                {"stage": "lead", **lead_fields(d, i), "created_at": NOW, "updated_at": NOW}
                for i in range(n)
            ],
        )
        # Straight through the driver, as SQLite stores them: setup is not what is measured.
        when = (np.datetime64(stamp) - d["age_s"].astype("timedelta64[s]")).astype(str)
        conn.exec_driver_sql(
            "INSERT INTO interactions (lead_id, kind, offer, occurred_at, detail, campaign, "
            "data, actor) VALUES (?, ?, ?, ?, ?, '', '{}', '')",
            [
                (
                    int(d["lead_pos"][j]) + 1,
                    KINDS[d["kind"][j]].value,
                    o.value if (o := offer_of(d, j)) else None,
                    when[j].replace("T", " "),
                    DETAILS[d["detail"][j]],
                )
                for j in range(len(d["lead_pos"]))
            ],
        )
    workspace.close()
    setup = time.perf_counter() - started
    runs, moved = [], 0
    for run in range(repeat):
        copy = folder / f"run{run}.sqlite"
        shutil.copyfile(written, copy)
        with copy.open("rb+") as fh:  # on disk before the clock starts, not during the run
            os.fsync(fh.fileno())
        db = open_database(str(copy))
        workspace = build_workspace(db, actor="bench")
        workspace.leads.clock = lambda: NOW
        workspace.scoring.rules()  # the rule set is read before the clock starts
        started, cpu = time.perf_counter(), time.process_time()
        changes = workspace.scoring.rescore_all()
        runs.append((time.perf_counter() - started, time.process_time() - cpu))
        moved = len(changes.interactions)
        workspace.close()
        copy.unlink()
    shutil.rmtree(folder, ignore_errors=True)
    return setup, runs, moved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--interactions-per-lead", type=float, default=10.0)
    parser.add_argument("--per-lead-sample", type=int, default=10_000)
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of the engine and of rescore_all; best counts"
    )
    parser.add_argument("--no-db", action="store_true", help="skip the SQLite end-to-end run")
    args = parser.parse_args()
    rules = twenty_rules()
    d = generate(args.leads, args.interactions_per_lead)
    n_int = len(d["lead_pos"])
    print(f"{args.leads:,} leads, {n_int:,} interactions, {len(rules.rules)} rules\n")
    runs = [bulk(d, args.leads, rules) for _ in range(args.repeat)]
    bulk_s, totals, bulk_cpu = min(runs, key=lambda r: r[0])
    print("bulk runs (s): " + ", ".join(f"{r[0]:.2f}" for r in runs) + " — best counts\n")
    sample = min(args.per_lead_sample, args.leads)
    loop_s, loop_totals, loop_cpu = per_lead(d, sample, rules)
    assert loop_totals == totals[:sample].tolist(), "the two paths disagree"
    bulk_rate, loop_rate = args.leads / bulk_s, sample / loop_s
    head = f"{'path':<42}{'leads':>9}{'seconds':>9}{'leads/s':>11}{'CPU s':>8}{'leads/CPU s':>13}"
    print(head)
    for label, count, wall, cpu in (
        ("bulk engine (columns, numpy)", args.leads, bulk_s, bulk_cpu),
        ("per-lead Python loop (score_lead)", sample, loop_s, loop_cpu),
    ):
        print(
            f"{label:<42}{count:>9,}{wall:>9.2f}{count / wall:>11,.0f}{cpu:>8.2f}{count / cpu:>13,.0f}"
        )
    target_rate = bulk_rate
    if not args.no_db:
        setup, db_runs, moved = through_sqlite(d, args.leads, args.repeat)
        db_s, db_cpu = min(db_runs)
        label = "rescore_all via SQLite (read+score+write)"
        print(
            f"{label:<42}{args.leads:>9,}{db_s:>9.2f}{args.leads / db_s:>11,.0f}"
            f"{db_cpu:>8.2f}{args.leads / db_cpu:>13,.0f}"
        )
        rates = ", ".join(f"{args.leads / w:,.0f}" for w, _ in db_runs)
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"  (runs: {rates} leads/s — best counts; load average now {load};")
        print(f"   {moved:,} leads crossed into MQL;")
        print(f"   writing the test data took {setup:.1f} s)")
        print(f"  end to end is {db_s / bulk_s:.1f}× the engine on prepared columns (its floor)")
        target_rate = args.leads / db_s
    print(f"\nbulk is {bulk_rate / loop_rate:.0f}× the per-lead loop; same scores for the sample")
    what = "bulk engine only (--no-db)" if args.no_db else "rescore_all end to end"
    verdict = "meets" if target_rate >= TARGET else "MISSES"
    print(f"target {TARGET:,} leads/s: {what} {verdict} it ({target_rate:,.0f} leads/s)")
    return 0 if target_rate >= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
