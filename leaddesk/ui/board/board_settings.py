"""What the user chose for the board, remembered in QSettings: sort, limits, collapsed columns."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from leaddesk.core.board.index import DEFAULT_AGING_DAYS
from leaddesk.core.leads import CardSort
from leaddesk.core.stages import Stage


def _int_or_none(value: object) -> int | None:
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


class BoardSettings:
    """A thin, typed face over QSettings keys under ``board/``."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    @property
    def sort(self) -> CardSort:
        value = self._settings.value("board/sort", CardSort.SCORE.value)
        try:
            return CardSort(str(value))
        except ValueError:
            return CardSort.SCORE

    @sort.setter
    def sort(self, sort: CardSort) -> None:
        self._settings.setValue("board/sort", sort.value)

    def aging_limit(self, stage: Stage) -> int | None:
        """Days after which a card in ``stage`` turns amber; None: never."""
        value = self._settings.value(f"board/aging/{stage.value}")
        if value is None:
            return DEFAULT_AGING_DAYS.get(stage)
        return _int_or_none(value)

    def set_aging_limit(self, stage: Stage, days: int | None) -> None:
        self._settings.setValue(f"board/aging/{stage.value}", days or 0)

    def wip_limit(self, stage: Stage) -> int | None:
        """How many leads ``stage`` should hold at most; None: no limit."""
        return _int_or_none(self._settings.value(f"board/wip/{stage.value}"))

    def set_wip_limit(self, stage: Stage, limit: int | None) -> None:
        self._settings.setValue(f"board/wip/{stage.value}", limit or 0)

    def collapsed(self, stage: Stage) -> bool:
        return str(self._settings.value(f"board/collapsed/{stage.value}", "false")) == "true"

    def set_collapsed(self, stage: Stage, collapsed: bool) -> None:
        self._settings.setValue(f"board/collapsed/{stage.value}", "true" if collapsed else "false")
