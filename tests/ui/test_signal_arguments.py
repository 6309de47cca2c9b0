"""A click's ``checked`` flag never lands in a slot's optional parameter.

``clicked(bool)`` and ``triggered(bool)`` hand ``checked`` to a connected Python method that
has a spare positional parameter: ``choose_file(self, path=None)`` would run with
``path=False``. Such a method is connected through a lambda that calls it with nothing.
"""

from __future__ import annotations

import ast
from pathlib import Path

import leaddesk.ui

UI = Path(leaddesk.ui.__file__).parent
CHECKED_SIGNALS = {"clicked", "triggered"}


def methods_with_optional_positionals(tree: ast.AST) -> set[str]:
    return {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.args.defaults
    }


def connected_methods(tree: ast.AST) -> list[tuple[int, str, str]]:
    """(line, receiver, method) of every bound method wired to a signal that sends ``checked``:
    ``x.clicked.connect(self.m)``, ``menu.addAction(text, self.m)``."""
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        func, slot = node.func, None
        if (
            func.attr == "connect"
            and isinstance(func.value, ast.Attribute)
            and func.value.attr in CHECKED_SIGNALS
            and node.args
        ):
            slot = node.args[0]
        elif func.attr == "addAction" and len(node.args) >= 2:
            slot = node.args[-1]
        if isinstance(slot, ast.Attribute):
            found.append((node.lineno, ast.unparse(slot.value), slot.attr))
    return found


def test_no_click_or_menu_command_fills_an_optional_parameter() -> None:
    window_methods = methods_with_optional_positionals(
        ast.parse((UI / "main_window.py").read_text(encoding="utf-8"))
    )
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        own = methods_with_optional_positionals(tree)
        for line, receiver, method in connected_methods(tree):
            takes_optional = method in own or ("window" in receiver and method in window_methods)
            if takes_optional:
                offenders.append(f"{path.relative_to(UI)}:{line} {receiver}.{method}")
    assert offenders == []


def test_the_check_sees_a_checked_flag_reaching_an_optional_parameter() -> None:
    source = (
        "class Page:\n"
        "    def choose(self, path=None): ...\n"
        "    def build(self, window):\n"
        "        self.button.clicked.connect(self.choose)\n"
        "        self.safe.clicked.connect(lambda: self.choose())\n"
        "        menu.addAction('Import', window.import_file)\n"
    )
    tree = ast.parse(source)
    assert connected_methods(tree) == [(4, "self", "choose"), (6, "window", "import_file")]
    assert "choose" in methods_with_optional_positionals(tree)
