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

The same start-up is then measured as users start it, through ``LEADDESK_STARTUP_PROBE``
(the app prints "ready" and "board" itself, then quits): ``python -m leaddesk`` from the
virtualenv against the desktop bundle ``dist/LeadDesk/LeadDesk`` (``--bundle DIR``; built by
``python tools/build_bundle.py``, skipped when absent), and both ``--version`` runs (launch
to exit). The "first" column is the first start of each, before the timed runs.
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


PROBE = {"LEADDESK_STARTUP_PROBE": "1"}
EXITS = {"exit": "1"}  # the case is timed from launch to the process's end


def time_once(command: list[str], extra: dict[str, str], folder: Path) -> dict[str, float]:
    """Seconds from launch to each line the child prints ("ready", then "board" if any)."""
    start = time.perf_counter()
    child = subprocess.Popen(
        command,
        cwd=ROOT,
        env={**env(folder), **extra},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    marks = {line.strip(): time.perf_counter() - start for line in child.stdout if line.strip()}
    child.wait(timeout=60)
    if "exit" in extra and child.returncode == 0:
        return {"ready": time.perf_counter() - start}
    if "ready" not in marks:
        raise RuntimeError(f"the window never came up: {command[0]}")
    return marks


def cases(url: str, bundle: Path) -> dict[str, tuple[list[str], dict[str, str]]]:
    python = sys.executable
    found = {
        "bare PySide6 window + import sqlalchemy (floor)": ([python, "-c", FLOOR], {}),
        "LeadDesk, English, demo database": ([python, "-c", LEADDESK, url, "en"], {}),
        "LeadDesk, Czech, demo database": ([python, "-c", LEADDESK, url, "cs"], {}),
        "virtualenv: python -m leaddesk": (
            [python, "-m", "leaddesk", "--db", url, "--lang", "en"],
            PROBE,
        ),
        "virtualenv: python -m leaddesk --version": (
            [python, "-m", "leaddesk", "--version"],
            EXITS,
        ),
    }
    program = bundle / ("LeadDesk.exe" if sys.platform == "win32" else "LeadDesk")
    if program.exists():
        found["bundle: LeadDesk"] = ([str(program), "--db", url, "--lang", "en"], PROBE)
        found["bundle: LeadDesk --version"] = ([str(program), "--version"], EXITS)
    else:
        print(f"no bundle at {bundle}: python tools/build_bundle.py builds it\n")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "LeadDesk")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="leaddesk-startup-") as tmp:
        folder = Path(tmp)
        url = prepare(folder, 500)
        measured = cases(url, args.bundle)
        # The first start of each: it warms the OS file cache and writes the .pyc files.
        first = {name: time_once(*case, folder) for name, case in measured.items()}
        results: dict[str, list[dict[str, float]]] = {name: [] for name in measured}
        for _ in range(args.runs):  # interleaved, so load on the machine hits all alike
            for name, case in measured.items():
                results[name].append(time_once(*case, folder))
    floor = statistics.median(m["ready"] for m in results[next(iter(measured))])
    print(f"{'case':48} {'first':>7} {'window':>8} {'× floor':>8} {'board':>8} {'× floor':>8}")
    for name, marks in results.items():
        window = statistics.median(m["ready"] for m in marks)
        line = f"{name:48} {first[name]['ready'] * 1000:5.0f}ms"
        line += f" {window * 1000:6.0f}ms {window / floor:8.2f}"
        if all("board" in m for m in marks):
            board = statistics.median(m["board"] for m in marks)
            line += f" {board * 1000:6.0f}ms {board / floor:8.2f}"
        print(line)
    print(f"\n{args.runs} runs each, medians; target: the LeadDesk window ≤ 1.20 × floor")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
