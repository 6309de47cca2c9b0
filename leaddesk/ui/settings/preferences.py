"""Edit → Preferences…: the language (applied on restart) and the light or dark look."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from leaddesk.ui.i18n import LANGUAGE_KEY, LANGUAGES, SYSTEM
from leaddesk.ui.theme import LABEL_GAP, THEME_KEY, apply_theme


class PreferencesDialog(QDialog):
    """Two choices, stored in QSettings; the theme applies at once, the language on restart."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        form.setHorizontalSpacing(LABEL_GAP)

        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("System language"), SYSTEM)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language named in its own words
        self._select(self.language, str(settings.value(LANGUAGE_KEY, SYSTEM) or SYSTEM))
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        note = QLabel(self.tr("A new language applies when LeadDesk is restarted."), self)
        note.setWordWrap(True)
        note.setEnabled(False)
        form.addRow(note)

        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("Appearance"))
        self.theme.addItem(self.tr("Follow the system"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self._select(self.theme, str(settings.value(THEME_KEY, "system") or "system"))
        theme_label = QLabel(self.tr("&Appearance:"), self)
        theme_label.setBuddy(self.theme)
        form.addRow(theme_label, self.theme)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.accepted.connect(self.save)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def save(self) -> None:
        """Store both choices; switch the palette now."""
        self.settings.setValue(LANGUAGE_KEY, self.language.currentData())
        self.settings.setValue(THEME_KEY, self.theme.currentData())
        apply_theme(str(self.theme.currentData()))


def open_preferences(window: QWidget, settings: QSettings) -> PreferencesDialog:
    from leaddesk.ui.agenda.limits import add_limit_fields

    dialog = PreferencesDialog(settings, window)
    add_limit_fields(dialog, window)  # the team's hand-over limits, kept in the database
    dialog.open()
    return dialog
