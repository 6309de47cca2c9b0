"""Build the one-folder desktop bundle: ``dist/LeadDesk/`` and its archive.

    python tools/build_bundle.py [--no-archive]

Needs the ``bundle`` extra (``pip install '.[bundle]'``: PyInstaller). Runs
``packaging/leaddesk.spec`` with the installed package's data, then packs the folder as
``dist/LeadDesk-<version>-<platform>.tar.gz`` (``.zip`` on Windows and macOS) and prints the
unpacked and packed sizes. The same command builds on Linux, Windows and macOS, each for
its own system (PyInstaller does not cross-build).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "leaddesk.spec"
DIST = ROOT / "dist"
BUNDLE = DIST / "LeadDesk"


def folder_size(folder: Path) -> int:
    """Bytes of every file under ``folder`` (what `du` counts, without block rounding)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from leaddesk import __version__

    return __version__


def build() -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        f"--distpath={DIST}",
        f"--workpath={ROOT / 'build' / 'pyinstaller'}",
        str(SPEC),
    ]
    # The source tree on the path first, so the bundle holds this checkout.
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    subprocess.run(command, check=True, cwd=ROOT, env=env)


def strip_symbols(folder: Path) -> int:
    """Drop the symbols (debug and linking tables) of the bundle's libraries: 48 MiB on Linux.

    Some wheels and a Python built from source ship debug symbols; ``--strip-unneeded`` also
    drops the symbol tables a library does not export. Not in the ``*.libs`` folders:
    ``strip`` breaks the libraries auditwheel repaired there (numpy's OpenBLAS stops
    loading); not the programs, which carry the Python code appended. Returns the bytes
    saved; Linux only.
    """
    tool = shutil.which("strip")
    if not sys.platform.startswith("linux") or tool is None:
        return 0
    saved = 0
    for path in folder.rglob("*.so*"):
        if not path.is_file() or path.is_symlink():
            continue
        if any(part.endswith(".libs") for part in path.relative_to(folder).parts):
            continue
        with path.open("rb") as file:
            if file.read(4) != b"\x7fELF":
                continue
        before = path.stat().st_size
        subprocess.run([tool, "--strip-unneeded", str(path)], check=True)
        saved += before - path.stat().st_size
    return saved


def trim_icu_data(folder: Path) -> int:
    """Linux: Qt's ICU data down to what Qt reads (31 MiB → 6, see tools/trim_icu.py)."""
    if not sys.platform.startswith("linux"):
        return 0
    import trim_icu

    libraries = [p for p in folder.rglob("libicudata.so.*") if not p.is_symlink()]
    return sum(trim_icu.trim(library) for library in libraries)


def archive() -> Path:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(
        sys.platform, sys.platform
    )
    base = DIST / f"LeadDesk-{version()}-{system}-{platform.machine().lower()}"
    fmt = "gztar" if sys.platform.startswith("linux") else "zip"
    # macOS users get the LeadDesk.app the spec makes beside the folder.
    folder = "LeadDesk.app" if sys.platform == "darwin" else "LeadDesk"
    return Path(shutil.make_archive(str(base), fmt, root_dir=DIST, base_dir=folder))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-archive", action="store_true", help="build the folder only")
    args = parser.parse_args()
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller is missing: pip install '.[bundle]'", file=sys.stderr)
        return 1
    build()
    saved = strip_symbols(BUNDLE)
    if saved:
        print(f"symbols stripped: {saved / 2**20:.0f} MiB")
    saved = trim_icu_data(BUNDLE)
    if saved:
        print(f"ICU data trimmed to what Qt reads: {saved / 2**20:.0f} MiB less")
    elif sys.platform.startswith("linux"):
        print("ICU data not trimmed (that needs cc and nm): 25 MiB more", file=sys.stderr)
    size = folder_size(BUNDLE)
    print(f"bundle: {BUNDLE} — {size / 2**20:.0f} MiB unpacked")
    if not args.no_archive:
        packed = archive()
        print(f"archive: {packed} — {packed.stat().st_size / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
