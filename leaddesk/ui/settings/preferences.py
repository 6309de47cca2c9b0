"""Edit → Preferences…: your name, the language (applied on restart), the light or dark look."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from leaddesk.ui.i18n import LANGUAGE_KEY, LANGUAGES, SYSTEM
from leaddesk.ui.team.credentials import USER_KEY, saved_user_name
from leaddesk.ui.theme import LABEL_GAP, THEME_KEY, apply_theme


def login_name() -> str:
    """The computer's login name: the default for your name."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no login name in some sandboxes
        return ""


def work_as(window: QWidget, name: str) -> None:
    """Record what is created and changed from now on under ``name``."""
    workspace = getattr(window, "workspace", None)
    if workspace is not None:
        workspace.actor = name
        workspace.leads.actor = name


class PreferencesDialog(QDialog):
    """Stored in QSettings: the name applies at once, the theme too, the language on restart."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        form.setHorizontalSpacing(LABEL_GAP)

        self.user_name = QLineEdit(self)
        self.user_name.setObjectName("userName")
        self.user_name.setPlaceholderText(login_name())
        self.user_name.setText(saved_user_name(settings, login_name()))
        self.user_name.setAccessibleName(self.tr("Your name"))
        self._add_row(form, self.tr("Your &name:"), self.user_name)
        self._add_note(form, self.tr("Recorded as the owner of what you create and change."))

        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("System language"), SYSTEM)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language named in its own words
        self._select(self.language, str(settings.value(LANGUAGE_KEY, SYSTEM) or SYSTEM))
        self._add_row(form, self.tr("&Language:"), self.language)
        self._add_note(form, self.tr("A new language applies when LeadDesk is restarted."))

        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("Appearance"))
        self.theme.addItem(self.tr("Follow the system"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self._select(self.theme, str(settings.value(THEME_KEY, "system") or "system"))
        self._add_row(form, self.tr("&Appearance:"), self.theme)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.accepted.connect(self.save)

    def _add_row(self, form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        form.addRow(label, field)

    def _add_note(self, form: QFormLayout, text: str) -> None:
        """A line of explanation under a choice, greyed."""
        note = QLabel(text, self)
        note.setWordWrap(True)
        note.setEnabled(False)
        form.addRow(note)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def chosen_name(self) -> str:
        return self.user_name.text().strip() or login_name()

    def save(self) -> None:
        """Store the choices; switch the palette now."""
        self.settings.setValue(USER_KEY, self.chosen_name())
        self.settings.setValue(LANGUAGE_KEY, self.language.currentData())
        self.settings.setValue(THEME_KEY, self.theme.currentData())
        apply_theme(str(self.theme.currentData()))


def open_preferences(window: QWidget, settings: QSettings) -> PreferencesDialog:
    from leaddesk.ui.agenda.limits import add_limit_fields

    dialog = PreferencesDialog(settings, window)
    add_limit_fields(dialog, window)  # the team's hand-over limits, kept in the database
    dialog.accepted.connect(lambda: work_as(window, dialog.chosen_name()))
    dialog.open()
    return dialog
