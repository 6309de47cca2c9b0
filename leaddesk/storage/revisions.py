"""The migration revisions, read from the version files without importing Alembic.

Opening a database that is already up to date needs only "which revisions exist, and which
is the head"; Alembic is imported when a migration actually has to run.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path


@cache
def _graph(folder: Path) -> dict[str, tuple[str, ...]]:
    """revision → its down revisions, from ``versions/*.py``."""
    graph: dict[str, tuple[str, ...]] = {}
    for file in sorted((folder / "versions").glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(file.read_text(encoding="utf-8")).body:
            target = getattr(node, "target", None) or (getattr(node, "targets", None) or [None])[0]
            name = getattr(target, "id", None)
            if name in ("revision", "down_revision") and getattr(node, "value", None):
                try:
                    values[name] = ast.literal_eval(node.value)  # type: ignore[attr-defined]
                except ValueError:
                    continue
        revision = values.get("revision")
        if isinstance(revision, str):
            down = values.get("down_revision")
            downs = (down,) if isinstance(down, str) else tuple(down or ())  # type: ignore[arg-type]
            graph[revision] = tuple(str(d) for d in downs)
    return graph


def known_revisions(folder: Path) -> frozenset[str]:
    return frozenset(_graph(folder))


def single_head(folder: Path) -> str | None:
    """The one head revision, or None when there are several (Alembic then decides)."""
    graph = _graph(folder)
    below = {d for downs in graph.values() for d in downs}
    heads = [r for r in graph if r not in below]
    return heads[0] if len(heads) == 1 else None
