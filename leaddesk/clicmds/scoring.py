"""``leaddesk scoring suggest``: a points table learnt from past outcomes, with its
hold-out ROC AUC and a suggested MQL threshold; ``--apply`` saves it and rescores."""

from __future__ import annotations

import argparse
import json
import sys
import time

HELP = "scoring rules learnt from outcomes (suggest)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    suggest = actions.add_parser(
        "suggest",
        help="learn a points table from the decided leads (70 %) and check it on the rest",
    )
    suggest.add_argument(
        "--exclude",
        metavar="FIELD",
        nargs="+",
        action="extend",
        default=[],
        help="fields not to learn from (job_title, custom.Tags …)",
    )
    suggest.add_argument(
        "--keep",
        metavar="FIELD",
        nargs="+",
        action="extend",
        default=[],
        help="fields flagged as looking like outcomes, to learn from anyway",
    )
    # Also after the action (`leaddesk scoring suggest --db X`); the defaults are the CLI's.
    suggest.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database")
    suggest.add_argument(
        "--demo", action="store_true", default=argparse.SUPPRESS, help="the demo database"
    )
    suggest.add_argument("--max-rules", metavar="N", type=int, default=None)
    suggest.add_argument("--json", action="store_true", help="print JSON")
    suggest.add_argument(
        "--apply", action="store_true", help="save the suggested rules and rescore every lead"
    )


def run(args: argparse.Namespace) -> int:
    from leaddesk.app import open_workspace, resolve_url
    from leaddesk.core.scoring.learn import DEFAULT_MAX_RULES
    from leaddesk.core.scoring.suggestion import evidence, suggest

    workspace = open_workspace(resolve_url(args.db, args.demo), demo=args.demo)
    try:
        scoring = workspace.scoring
        snapshot = scoring.snapshot()
        if not snapshot.outcomes:
            print("no decided leads (SQL, customer or disqualified) to learn from", file=sys.stderr)
            return 1
        result = suggest(
            snapshot,
            scoring.rules(),
            exclude=args.exclude,
            keep=args.keep,
            max_rules=args.max_rules or DEFAULT_MAX_RULES,
        )
        report = _report(result, evidence(snapshot, result.rules), args.keep)
        print(json.dumps(report, indent=2) if args.json else _text(report))
        if args.apply:
            previous = scoring.rules()
            scoring.save_rules(result.rules)
            started = time.perf_counter()
            changes = scoring.rescore_all(previous=previous)
            print(
                f"applied: {len(changes.leads)} leads changed score, "
                f"{len(changes.interactions)} moved by the MQL threshold "
                f"({time.perf_counter() - started:.1f} s)",
                file=sys.stderr,
            )
    finally:
        workspace.close()
    return 0


def _report(result, evidence, keep) -> dict:
    def band(b):
        return None if b is None else [round(b[0], 4), round(b[1], 4)]

    def option(o):
        return {"threshold": o.threshold, "mql_share": o.mql_share, "won_share": o.won_share}

    return {
        "learnt_from": result.learnt_from,
        "holdout": result.holdout.decided,
        "too_few": result.too_few,
        "auc": result.holdout.auc,
        "auc_band": band(result.band),
        "current_auc": result.current.auc,
        "current_auc_band": band(result.current_band),
        "flagged": [
            {"field": f.field, "reason": f.reason, "kept": f.field in keep} for f in result.flagged
        ],
        "rules": [
            {
                "name": r.name,
                "points": r.points,
                "leads": e.matched,
                "conversion": e.rate,
                "lift": e.lift,
            }
            for r, e in zip(result.rules.rules, evidence, strict=True)
        ],
        "mql_threshold": None if result.threshold is None else option(result.threshold),
        "thresholds": [option(o) for o in result.options],
    }


def _auc(value, band) -> str:
    if value is None:
        return "—"
    return f"{value:.3f}" + ("" if band is None else f" (90 % band {band[0]:.3f}–{band[1]:.3f})")


def _text(report: dict) -> str:
    lines = [f"{'points':>6}  {'leads':>6}  {'conv.':>6}  {'lift':>5}  rule"]
    for r in report["rules"]:
        lines.append(
            f"{r['points']:>+6}  {r['leads']:>6}  {r['conversion']:>6.0%}  "
            f"{r['lift']:>5.2f}  {r['name']}"
        )
    lines.append("")
    lines.append(
        f"learnt from {report['learnt_from']} decided leads; on the other {report['holdout']}:"
    )
    lines.append(f"  suggested rules ROC AUC {_auc(report['auc'], report['auc_band'])}")
    lines.append(
        f"  current rules   ROC AUC {_auc(report['current_auc'], report['current_auc_band'])}"
    )
    if report["too_few"]:
        lines.append("  warning: too few decided leads to trust these figures")
    for f in report["flagged"]:
        if f["kept"]:
            lines.append(
                f"kept {f['field']} (--keep), though it looks like an outcome: {f['reason']}"
            )
        else:
            lines.append(f"left out {f['field']}: {f['reason']} (--keep to use it)")
    best = report["mql_threshold"]
    if best:
        lines.append(
            f"suggested MQL threshold {best['threshold']}: {best['mql_share']:.0%} of leads "
            f"become MQL, holding {best['won_share']:.0%} of the won"
        )
    for o in report["thresholds"]:
        lines.append(
            f"  {o['threshold']:>4} points: {o['mql_share']:.0%} of leads, "
            f"{o['won_share']:.0%} of the won"
        )
    return "\n".join(lines)
