"""An import on the undo stack, and the words for what its undo did."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoCommand

from leaddesk.core.importing.service import ImportResult
from leaddesk.ui.i18n import ui_tr


def tr(text: str) -> str:
    return ui_tr(text)


# Why an undo kept a lead (core's SinceImport values), in the order they are named.
SINCE_IMPORT = {
    "edited": QT_TRANSLATE_NOOP("", "edited"),
    "moved": QT_TRANSLATE_NOOP("", "moved to another stage"),
    "call": QT_TRANSLATE_NOOP("", "a call was logged"),
    "interaction": QT_TRANSLATE_NOOP("", "a note or other activity was logged"),
}
# Leads named one by one in the undo's message; the rest are counted.
NAMED_KEPT = 10


def undo_summary(result: Any) -> str:
    """What an undo did, naming the leads it kept because they were touched since, and why."""
    text = tr("Import undone: {removed} lead(s) removed, {restored} restored.").format(
        removed=result.removed, restored=result.restored
    )
    kept = list(getattr(result, "kept", ()))
    if not kept and result.kept_edited:  # no reasons given: count them
        kept_text = tr("{n} lead(s) changed since the import were kept as they are.")
        return text + " " + kept_text.format(n=len(result.kept_edited))
    if not kept:
        return text
    named = []
    for lead in kept[:NAMED_KEPT]:
        why = ", ".join(tr(SINCE_IMPORT[w]) for w in SINCE_IMPORT if w in lead.why)
        name = lead.name or tr("Lead {id}").format(id=lead.lead_id)
        named.append(tr("{name} ({why})").format(name=name, why=why))
    listed = "; ".join(named)
    if len(kept) > NAMED_KEPT:
        listed += " " + tr("and {n} more").format(n=len(kept) - NAMED_KEPT)
    kept_text = tr("{n} lead(s) touched since the import were kept as they are: {leads}.")
    return text + " " + kept_text.format(n=len(kept), leads=listed)


class ImportCommand(QUndoCommand):
    """An import batch on the undo stack: undo removes what it created and restores what it
    overwrote (leads edited since are left and reported). An undone import cannot be redone:
    import the file again instead."""

    def __init__(self, window: Any, result: ImportResult, file_name: str) -> None:
        super().__init__(tr("Import {file}").format(file=file_name))
        self._window = window
        self.batch_id = result.batch_id
        self._first = True
        self.undone = None

    def redo(self) -> None:
        if self._first:  # the import already ran in the background
            self._first = False

    def undo(self) -> None:
        importer = self._window.workspace.importer
        result = self._window.run_guarded(lambda: importer.undo_import(self.batch_id))
        self.setObsolete(True)
        if result is None:
            return
        self.undone = result
        self._window.apply_changes(result.changes)
        self._window.statusBar().showMessage(undo_summary(result), 10000)
