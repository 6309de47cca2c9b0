"""A call session: the calls to make, one after another, and a summary at the end.

The qualification form opens on the first lead; Save or "Couldn't reach them" (which puts
the lead on the next working day) goes straight to the next; Escape ends the session.
"""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

from PySide6.QtWidgets import QMessageBox

from leaddesk.core.qualification.outcomes import Outcome
from leaddesk.ui.i18n import ui_tr


def tr(text: str) -> str:
    return ui_tr(text)


class CallSession:
    """Works through ``lead_ids`` with the qualification form; counts what happened."""

    def __init__(self, window: Any, lead_ids: list[int]) -> None:
        self.window = window
        self.queue = list(lead_ids)
        self.position = -1
        self.outcomes: Counter[str] = Counter()
        self.calls = 0
        self.started = time.monotonic()
        self.form: Any = None
        self.summary: QMessageBox | None = None
        self.active = False

    def start(self) -> None:
        self.active = True
        self._next()

    def _next(self) -> None:
        from leaddesk.ui.qualification.form import open_qualification_form

        while self.position + 1 < len(self.queue):
            self.position += 1
            lead_id = self.queue[self.position]
            self.window.open_lead(lead_id)
            form = open_qualification_form(self.window, lead_id)
            if form is None:  # the lead is gone or refused: on to the next
                continue
            form.setWindowTitle(
                tr("Call {n} of {total}").format(n=self.position + 1, total=len(self.queue))
                + " — "
                + form.windowTitle()
            )
            self.form = form
            form.finished.connect(lambda result, f=form: self._ended(f, result))
            return
        self.finish()

    def _ended(self, form: Any, result: int) -> None:
        if not self.active:
            return
        if not result:  # Escape or Cancel: the session ends here
            self.finish()
            return
        self.calls += 1
        if form.recorded is not None:
            self.outcomes[form.recorded.outcome.value] += 1
        else:
            self.outcomes["unreached"] += 1
        self._next()

    def finish(self) -> None:
        """End the session and say what it did."""
        if not self.active:
            return
        self.active = False
        self.form = None
        box = QMessageBox(self.window)
        box.setObjectName("callSessionSummary")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr("Call session"))
        box.setText(self.summary_text())
        self.summary = box
        self.window.statusBar().showMessage(self.summary_text().replace("\n", " "), 10000)
        box.open()

    def summary_text(self) -> str:
        minutes, seconds = divmod(int(time.monotonic() - self.started), 60)
        lines = [
            tr("{calls} call(s) in {minutes}:{seconds:02d}").format(
                calls=self.calls, minutes=minutes, seconds=seconds
            )
        ]
        for outcome in Outcome:
            if self.outcomes[outcome.value]:
                lines.append(f"{tr(outcome.label)}: {self.outcomes[outcome.value]}")
        if self.outcomes["unreached"]:
            lines.append(tr("Couldn't reach: {n}").format(n=self.outcomes["unreached"]))
        left = len(self.queue) - self.calls
        if left > 0:
            lines.append(tr("Still to call: {n}").format(n=left))
        return "\n".join(lines)
