"""The filter bar over the customer list: a quick text filter, tier, status, owner, city and tag.

The text filter matches as Ctrl+K search does (name, pinyin, initials, phone digits, e-mail:
`app.search.key_terms` on the search keys), a moment after the user stops typing.

City, tag and owner choices come from the replica when their list is opened,
not on every refresh: with 100,000 customers that keeps sync rounds and edits
from paying for lists nobody is looking at. They are in pinyin order (北京 before 上海).
"""

from collections.abc import Callable

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.customer_list import CustomerFilter, CustomerList
from app.search_keys import sort_key
from sync.protocol.enums import LifecycleStatus, Tier

from .labels import label

FIELDS = ("tier", "status", "owner_id", "city", "tag")
TYPING_PAUSE_MS = 250  # the text filter applies once typing pauses this long


class LazyCombo(QComboBox):
    """A combo whose choices are read when it opens; the first entry means 'any'."""

    def __init__(self, load: Callable[[], list[tuple[str, str]]]) -> None:
        super().__init__()
        self.load = load
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(8)
        self.addItem("", None)

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()

    def fill(self) -> None:
        """Reload the choices, keeping the current one (and its place) when it still exists."""
        current = self.currentData()
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for value, text in self.load():
            self.addItem(text, value)
        index = self.findData(current) if current is not None else 0
        if index < 0:  # gone from the replica: keep it selectable so the view stays honest
            self.addItem(str(current), current)
            index = self.count() - 1
        self.setCurrentIndex(index)
        self.blockSignals(False)

    def set_any_text(self, text: str) -> None:
        self.setItemText(0, text)


class FilterBar(QWidget):
    changed = Signal(object)  # CustomerFilter

    def __init__(self, customers: CustomerList, owner_name: Callable[[str], str]) -> None:
        super().__init__()
        self.customers = customers
        self.owner_name = owner_name
        self.caption = QLabel()
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.text.setMinimumWidth(180)
        self.pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.pause.timeout.connect(self._changed)
        self.text.textChanged.connect(self.pause.start)
        self.text.returnPressed.connect(self.filter_now)
        self.combos = {
            "tier": LazyCombo(lambda: [(t.value, label(t.value)) for t in Tier]),
            "status": LazyCombo(lambda: [(s.value, label(s.value)) for s in LifecycleStatus]),
            "owner_id": LazyCombo(self._owners),
            "city": LazyCombo(lambda: [(c, c) for c in self.customers.cities()]),
            "tag": LazyCombo(lambda: [(t, t) for t in self.customers.tags()]),
        }
        self.archived = QCheckBox()
        self.archived.toggled.connect(self._changed)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)
        self.count = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.text)
        for name in FIELDS:
            combo = self.combos[name]
            combo.currentIndexChanged.connect(self._changed)
            layout.addWidget(combo)
        layout.addWidget(self.archived)
        layout.addWidget(self.clear_button)
        layout.addStretch()
        layout.addWidget(self.count)
        self.combos["tier"].fill()
        self.combos["status"].fill()
        self.retranslate()

    def _owners(self) -> list[tuple[str, str]]:
        """The owners by the names shown, in pinyin order (as the cities and tags)."""
        named = [(owner, self.owner_name(owner)) for owner in self.customers.owners()]
        return sorted(named, key=lambda pair: sort_key(pair[1], person=True))

    def current(self) -> CustomerFilter:
        values = {name: self.combos[name].currentData() for name in FIELDS}
        text = self.text.text().strip() or None
        return CustomerFilter(**values, text=text, archived=self.archived.isChecked() or None)

    def set_filter(self, where: CustomerFilter) -> None:
        """Show `where` (a saved view) and apply it once; a value no longer in the replica
        stays selectable, so the view stays honest."""
        for name in FIELDS:
            combo, value = self.combos[name], getattr(where, name)
            combo.blockSignals(True)
            combo.fill()
            index = combo.findData(value) if value is not None else 0
            if index < 0:
                combo.addItem(str(value), value)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        for widget in (self.archived, self.text):
            widget.blockSignals(True)
        self.archived.setChecked(bool(where.archived))
        self.text.setText(where.text or "")
        for widget in (self.archived, self.text):
            widget.blockSignals(False)
        self.pause.stop()
        self._changed()

    def focus_text(self) -> None:
        self.text.setFocus()
        self.text.selectAll()

    def filter_now(self) -> None:
        """Apply typed text at once (Enter, and tests) instead of after the pause."""
        if self.pause.isActive():
            self.pause.stop()
            self._changed()

    def choose(self, name: str, value: str | None) -> None:
        """Select a value (from code or tests) as a user picking it from the list would."""
        combo = self.combos[name]
        combo.fill()
        index = combo.findData(value) if value is not None else 0
        if index < 0:
            raise ValueError(f"{value!r} is not among the {name} choices")
        combo.setCurrentIndex(index)

    def clear(self) -> None:
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.archived.blockSignals(True)
        self.archived.setChecked(False)
        self.archived.blockSignals(False)
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self.pause.stop()
        self._changed()

    def show_count(self, shown: int, total: int) -> None:
        if self.archived.isChecked():
            self.count.setText(self.tr("%n archived customer(s)", "", shown))
        elif self.current().is_empty():
            self.count.setText(self.tr("%Ln customer(s)", "", total))
        else:
            text = self.tr("%1 of %Ln customer(s)", "", total)
            self.count.setText(text.replace("%1", QLocale().toString(shown)))
        self.clear_button.setEnabled(not self.current().is_empty())

    def _changed(self) -> None:
        self.changed.emit(self.current())

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Filter:"))
        self.text.setPlaceholderText(self.tr("Name, pinyin, phone…"))
        anys = {
            "tier": self.tr("All tiers"),
            "status": self.tr("All statuses"),
            "owner_id": self.tr("All owners"),
            "city": self.tr("All cities"),
            "tag": self.tr("All tags"),
        }
        for name, text in anys.items():
            self.combos[name].set_any_text(text)
        for name in ("tier", "status"):  # their entries are translated words
            self.combos[name].fill()
        self.clear_button.setText(self.tr("Clear filters"))
        self.archived.setText(self.tr("Show archived"))
