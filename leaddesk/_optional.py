"""Import a room's module only once that room exists (rooms are built one by one)."""

from __future__ import annotations

import importlib
from types import ModuleType


def optional_module(name: str) -> ModuleType | None:
    """The module ``name``, or None while it has not been written yet.

    Only the absence of that module (or its package) is tolerated; an import error inside it is raised.
    """
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as err:
        if err.name is not None and (name == err.name or name.startswith(err.name + ".")):
            return None
        raise
