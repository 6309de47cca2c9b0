"""The import preview's encoding box: the encoding a text file was read in, and the others."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from leaddesk.ui.i18n import ui_tr

# The encodings offered for a text file, by Python's name: what it is called, and where.
ENCODINGS: dict[str, tuple[str, str]] = {
    "utf-8": ("UTF-8", QT_TRANSLATE_NOOP("", "Unicode")),
    "utf-8-sig": ("UTF-8", QT_TRANSLATE_NOOP("", "Unicode, with byte-order mark")),
    "utf-16": ("UTF-16", QT_TRANSLATE_NOOP("", "Unicode")),
    "cp1252": ("Windows-1252", QT_TRANSLATE_NOOP("", "Western European")),
    "cp1250": ("Windows-1250", QT_TRANSLATE_NOOP("", "Central European")),
    "iso8859-1": ("ISO-8859-1", QT_TRANSLATE_NOOP("", "Latin-1, Western European")),
    "iso8859-2": ("ISO-8859-2", QT_TRANSLATE_NOOP("", "Latin-2, Central European")),
}
ALWAYS = ("utf-8", "utf-16", "cp1252", "cp1250", "iso8859-1", "iso8859-2")


def tr(text: str) -> str:
    return ui_tr(text)


def encoding_label(encoding: str) -> str:
    """ "Windows-1252 (Western European)"; an encoding not listed goes by its own name."""
    if encoding not in ENCODINGS:
        return encoding.upper()
    name, where = ENCODINGS[encoding]
    return f"{name} ({tr(where)})"


class EncodingBox(QComboBox):
    """The detected (or chosen) encoding selected; choosing another emits ``chosen``."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Encoding"))
        self.setToolTip(
            tr("How the file's text is stored. If letters look wrong, choose another encoding.")
        )
        self.setEnabled(False)
        # "Windows-1252 (Western European)" must be read whole, not cut to "Windows".
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.activated.connect(lambda index: self.chosen.emit(self.itemData(index)))

    def show_encoding(self, encoding: str | None) -> None:
        """Offer the encodings with ``encoding`` selected; None (a workbook): offer none."""
        self.blockSignals(True)
        self.clear()
        if encoding is not None:
            names = list(ALWAYS) if encoding in ALWAYS else [encoding, *ALWAYS]
            for name in names:
                self.addItem(encoding_label(name), name)
            self.setCurrentIndex(names.index(encoding))
        self.setEnabled(encoding is not None)
        self.blockSignals(False)
