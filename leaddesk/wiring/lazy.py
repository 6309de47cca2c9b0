"""A feature built on first use, so that start-up does not import what it does not need.

The import engine pulls in the spreadsheet readers and the mapping tables; nobody needs
them until the first import. ``Lazy(factory)`` stands in for the service: the first
attribute read builds it and every later one goes straight to it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Lazy:
    """A stand-in that builds the real object on first attribute access."""

    __slots__ = ("_factory", "_target")

    def __init__(self, factory: Callable[[], Any]) -> None:
        object.__setattr__(self, "_factory", factory)
        object.__setattr__(self, "_target", None)

    def resolve(self) -> Any:
        """The real object (built now if it was not yet)."""
        if self._target is None:
            object.__setattr__(self, "_target", self._factory())
        return self._target

    def __getattr__(self, name: str) -> Any:
        return getattr(self.resolve(), name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self.resolve(), name, value)

    def __repr__(self) -> str:
        state = "built" if self._target is not None else "not built yet"
        return f"<Lazy {state}: {self._target!r}>"
