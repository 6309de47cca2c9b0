"""Rooms that are not built yet are absent, not errors; a broken room is an error."""

from __future__ import annotations

import sys

import pytest

from leaddesk._optional import optional_module


def test_absent_module_is_none() -> None:
    assert optional_module("leaddesk.ui.no_such_screen") is None


def test_existing_module_is_returned() -> None:
    assert optional_module("leaddesk.core.stages") is sys.modules["leaddesk.core.stages"]


def test_module_with_a_broken_import_raises(tmp_path, monkeypatch) -> None:
    (tmp_path / "broken_room.py").write_text("import leaddesk_missing_dependency\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(ModuleNotFoundError):
        optional_module("broken_room")


def test_absent_package_of_a_module_is_none() -> None:
    assert optional_module("leaddesk.ui.no_such_package.screen") is None
