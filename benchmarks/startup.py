"""Start-up: time to a shown, usable LeadDesk window vs a bare PySide6 window + sqlalchemy.

    python benchmarks/startup.py [--runs 7]

Each measurement is a fresh process (interpreter start included), timed by this script
from launch until the child reports

- **window**: its window shown and the event queue drained — the moment a click (a menu,
  Preferences, Quit) would be handled. LeadDesk opens the database in the background, so
  the window says "Opening …" here; target ≤ 1.2× the floor;
- **board**: the database open (and migrated if needed) and the board showing its leads.

The floor is the least any PySide6 + SQLAlchemy app can do: import both, show an empty
QMainWindow. Byte code is written on the warm-up run, as ``pip install`` does for an
installed copy.
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
from leaddesk.app import run_gui
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

def shown(app):
    app.processEvents()
    print("ready", flush=True)
    window = next(w for w in app.topLevelWidgets() if w.objectName() == "mainWindow")
    while window.workspace is None:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)
    app.processEvents()
    print("board", flush=True)
    return 0

QApplication.exec = shown
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
    inherited = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {
        **inherited,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_DATA_HOME": str(folder / "data"),
        "XDG_STATE_HOME": str(folder / "state"),
        "XDG_CACHE_HOME": str(folder / "cache"),
        "PYTHONPATH": str(ROOT),
    }


def time_once(code: str, args: list[str], folder: Path) -> dict[str, float]:
    """Seconds from launch to each line the child prints ("ready", then "board" if any)."""
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
    marks = {line.strip(): time.perf_counter() - start for line in child.stdout if line.strip()}
    child.wait(timeout=60)
    if "ready" not in marks:
        raise RuntimeError("the window never came up")
    return marks


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
        results: dict[str, list[dict[str, float]]] = {name: [] for name in cases}
        for _ in range(args.runs):  # interleaved, so load on the machine hits all alike
            for name, (code, extra) in cases.items():
                results[name].append(time_once(code, extra, folder))
    floor = statistics.median(m["ready"] for m in results[next(iter(cases))])
    print(f"{'case':48} {'window':>8} {'× floor':>8} {'board':>8} {'× floor':>8}")
    for name, marks in results.items():
        window = statistics.median(m["ready"] for m in marks)
        line = f"{name:48} {window * 1000:6.0f}ms {window / floor:8.2f}"
        if all("board" in m for m in marks):
            board = statistics.median(m["board"] for m in marks)
            line += f" {board * 1000:6.0f}ms {board / floor:8.2f}"
        print(line)
    print(f"\n{args.runs} runs each, medians; target: the LeadDesk window ≤ 1.20 × floor")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
