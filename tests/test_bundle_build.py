"""The desktop bundle's build: one spec for every system, built and smoke-tested by CI."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = (ROOT / "packaging" / "leaddesk.spec").read_text(encoding="utf-8")


def test_the_spec_names_no_path_of_one_system() -> None:
    # Windows and macOS build from the same spec: no /usr, site-packages or .so/.dll names.
    code = "\n".join(line.split("#", 1)[0] for line in SPEC.splitlines())
    assert not re.search(r"/usr/|/lib/|site-packages|\.so\b|\.dll\b|C:\\\\", code)


def test_windows_gets_a_console_program_beside_the_windowed_one() -> None:
    assert 'executable("LeadDesk", console=False)' in SPEC
    assert 'if sys.platform == "win32":' in SPEC
    assert 'executable("leaddesk-cli", console=True)' in SPEC


def test_ci_builds_the_bundle_and_runs_it() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "'.[test,bundle]'" in ci
    assert ci.index("tools/build_bundle.py") < ci.index("tools/smoke_bundle.sh")
