"""Start-up: time to a shown, usable LeadDesk window vs a bare PySide6 window + sqlalchemy.

    python benchmarks/startup.py [--runs 7] [--leads 500]

Each measurement is a fresh process (interpreter start included), timed by this script
from launch until the child reports its window shown and the event queue drained (the
moment a click would be handled). The floor is the least any PySide6 + SQLAlchemy app
can do: import both, show an empty QMainWindow. Target: LeadDesk ≤ 1.2× the floor.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FLOOR = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
import sqlalchemy
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1360, 820)
window.show()
app.processEvents()
print("ready", flush=True)
"""

LEADDESK = """
import sys
from PySide6.QtWidgets import QApplication

def shown(app):
    app.processEvents()
    print("ready", flush=True)
    return 0

QApplication.exec = shown
from leaddesk.app import run_gui
sys.exit(run_gui(sys.argv[1], lang=sys.argv[2]))
"""


def prepare(folder: Path, leads: int) -> str:
    """A database with ``leads`` demo leads, migrated before any timing."""
    url = f"sqlite:///{folder / 'startup.sqlite'}"
    code = (
        "import sys\n"
        "from leaddesk.app import open_workspace\n"
        "from leaddesk.core.demo import generate_demo\n"
        "ws = open_workspace(sys.argv[1], demo=True)\n"
        "print(ws.leads.count_leads())\n"
        "ws.close()\n"
    )
    subprocess.run([sys.executable, "-c", code, url], check=True, cwd=ROOT, env=env(folder))
    return url


def env(folder: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_DATA_HOME": str(folder / "data"),
        "XDG_STATE_HOME": str(folder / "state"),
        "XDG_CACHE_HOME": str(folder / "cache"),
        "PYTHONPATH": str(ROOT),
    }


def time_once(code: str, args: list[str], folder: Path) -> float:
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env(folder),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip() == "ready":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError("the window never came up")
    child.wait(timeout=60)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="leaddesk-startup-") as tmp:
        folder = Path(tmp)
        url = prepare(folder, 500)
        cases = {
            "bare PySide6 window + import sqlalchemy (floor)": (FLOOR, []),
            "LeadDesk, English, demo database": (LEADDESK, [url, "en"]),
            "LeadDesk, Czech, demo database": (LEADDESK, [url, "cs"]),
        }
        for code, extra in cases.values():  # warm the OS file cache and .pyc files
            time_once(code, extra, folder)
        results: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.runs):  # interleaved, so load on the machine hits all alike
            for name, (code, extra) in cases.items():
                results[name].append(time_once(code, extra, folder))
    floor = statistics.median(results[next(iter(cases))])
    print(f"{'case':52} {'median':>9} {'min':>9} {'× floor':>8}")
    for name, times in results.items():
        median = statistics.median(times)
        print(f"{name:52} {median * 1000:7.0f}ms {min(times) * 1000:7.0f}ms {median / floor:8.2f}")
    print(f"\n{args.runs} runs each, median; target: LeadDesk ≤ 1.20 × floor")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
