"""Settings: the interface language (system default unless chosen), the look (light, dark or
the desktop's), how often to sync and a new task's reminder by kind."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from . import i18n, settings, theme
from .labels import label
from .task_dialog import reminder_combo

INTERVALS_MIN = (1, 60)  # minutes between automatic rounds when nothing waits to be sent


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        system = i18n.LANGUAGES[i18n.resolve("")]
        self.language.addItem(self.tr("System default (%1)").replace("%1", system), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.LANGUAGE.get())))
        self.theme = QComboBox()
        looks = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for mode in theme.MODES:
            self.theme.addItem(looks[mode], mode)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.THEME.get())))
        self.interval = QSpinBox()
        self.interval.setRange(*INTERVALS_MIN)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setValue(round(settings.SYNC_INTERVAL.get() / 60))
        hint = QLabel(
            self.tr("Your changes are always sent within seconds while the server is reachable.")
        )
        hint.setWordWrap(True)
        theme.set_tone(hint, "muted")
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Appearance:"), self.theme)
        form.addRow(self.tr("Check the server for news &every:"), self.interval)
        reminders = QGroupBox(self.tr("Reminder for a new task"))
        kinds = QFormLayout(reminders)
        self.reminders: dict[str, QComboBox] = {}
        for kind, option in settings.REMINDERS.items():
            combo = self.reminders[kind] = reminder_combo()
            minutes = option.get()
            combo.setCurrentIndex(0 if minutes < 0 else max(0, combo.findData(minutes)))
            kinds.addRow(label(kind), combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(reminders)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Store the choices; a new language or look applies at once (the window
        retranslates, every widget takes the new palette)."""
        settings.SYNC_INTERVAL.set(self.interval.value() * 60)
        for kind, combo in self.reminders.items():
            minutes = combo.currentData()
            settings.REMINDERS[kind].set(-1 if minutes is None else int(minutes))
        mode = self.theme.currentData()
        if mode != settings.THEME.get():
            settings.THEME.set(mode)
            theme.apply(mode)
        code = self.language.currentData()
        if code != settings.LANGUAGE.get():
            settings.LANGUAGE.set(code)
            i18n.install(code)
        super().accept()
