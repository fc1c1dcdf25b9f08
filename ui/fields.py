"""Inputs of the record forms beyond Qt's own: a date typed or picked, a moment in local time,
a customer found with the usual search, a contact of the customer, tags completed from those
in use. Each says what it holds with `field_value()` and takes a stored value with
`set_field_value()`, so `RecordDialog` reads and fills them like any other input.

Dates are typed as text (YYYY-MM-DD) and checked by the shared rules, so a wrong one shows
under the field like every other mistake; the button beside opens a calendar to pick one.
"""

import re
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QStringListModel,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from app.errors import KnownError
from app.records import Records
from app.search import Search

from .search_dialog import SearchDialog

DATE_FORMAT = "yyyy-MM-dd"
DATETIME_FORMAT = "yyyy-MM-dd HH:mm"
_SEPARATORS = re.compile(r"[,;，；]")  # as the shared rules split tags


class DateField(QWidget):
    """An optional date: typed (YYYY-MM-DD), picked from a calendar (Alt+Down or the button),
    or left empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.text.setClearButtonEnabled(True)
        self.pick = QToolButton()
        self.pick.setText("▾")
        self.pick.setToolTip(self.tr("Pick a date (Alt+Down)"))
        self.pick.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pick.clicked.connect(self.open_calendar)
        QShortcut(QKeySequence("Alt+Down"), self.text, self.open_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.pick)
        self.setFocusProxy(self.text)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.calendar: QCalendarWidget | None = None

    def field_value(self) -> str | None:
        return self.text.text().strip() or None

    def set_field_value(self, value: Any) -> None:
        self.text.setText(value.isoformat() if isinstance(value, date) else str(value or ""))

    def date(self) -> date | None:
        try:
            return date.fromisoformat(self.text.text().strip())
        except ValueError:
            return None

    def open_calendar(self) -> QCalendarWidget:
        """A calendar under the field at the date shown (today if none); Enter or a click
        takes the date, Esc leaves it."""
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        shown = self.date() or date.today()
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        calendar.activated.connect(self._picked)
        calendar.clicked.connect(self._picked)
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        calendar.setFocus()
        self.calendar = calendar
        return calendar

    def _picked(self, day: QDate) -> None:
        self.text.setText(day.toString(DATE_FORMAT))
        if self.calendar is not None:
            self.calendar.close()
            self.calendar = None
        self.text.setFocus()


class DateTimeField(QDateTimeEdit):
    """A moment shown and typed in local time, stored as aware UTC."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATETIME_FORMAT)
        self.set_local(datetime.now().replace(second=0, microsecond=0))
        self.loaded: datetime | None = None

    def field_value(self) -> datetime:
        """What is shown, or the stored value itself while the minute shown is still its
        own (the field shows no seconds: saving unchanged must not change them)."""
        shown = self.local().astimezone(UTC)
        loaded = self.loaded
        if loaded is not None and loaded.replace(second=0, microsecond=0) == shown:
            return loaded
        return shown

    def set_field_value(self, value: Any) -> None:
        if isinstance(value, datetime):
            self.set_local(value.astimezone())
            self.loaded = value

    def set_local(self, moment: datetime) -> None:
        """Show a local wall-clock time (aware or naive local)."""
        self.setDateTime(
            QDateTime(
                QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
            )
        )

    def local(self) -> datetime:
        """The wall-clock time shown, as naive local time (`astimezone` reads it so)."""
        shown = self.dateTime()
        day, clock = shown.date(), shown.time()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())


class AmountField(QDoubleSpinBox):
    """A sum of money to the cent, with thousands separated as it is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(2)
        self.setRange(0, 999_999_999_999.99)  # the column's Numeric(14, 2)
        self.setGroupSeparatorShown(True)
        self.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def field_value(self) -> Decimal:
        return Decimal(f"{self.value():.2f}")

    def set_field_value(self, value: Any) -> None:
        self.setValue(float(value or 0))


class CurrencyBox(QComboBox):
    """A three-letter currency code: the usual ones offered, any other typed."""

    COMMON = ("CNY", "USD", "EUR", "HKD", "JPY", "GBP")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.addItems(self.COMMON)
        line = self.lineEdit()
        if line is not None:  # editable: it has one
            line.setMaxLength(3)
        self.setMinimumContentsLength(4)

    def field_value(self) -> str:
        return self.currentText().strip().upper()

    def set_field_value(self, value: Any) -> None:
        self.setCurrentText(str(value or "CNY"))


class CustomerPicker(QWidget):
    """A customer found with the usual search (Ctrl+K's), cleared with one click."""

    changed = Signal(object)  # the customer id, or None

    def __init__(
        self,
        records: Records,
        search: Search,
        parent: QWidget | None = None,
        *,
        optional: bool = True,
    ) -> None:
        super().__init__(parent)
        self.records = records
        self.search = search
        self.customer_id: str | None = None
        self.name = QLineEdit()
        self.name.setReadOnly(True)
        self.name.setPlaceholderText(self.tr("No customer"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(lambda: self.set_customer(None))
        self.clear_button.setVisible(optional)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.choose_button)

    def field_value(self) -> str | None:
        return self.customer_id

    def set_field_value(self, value: Any) -> None:
        self.set_customer(value)

    def set_customer(self, customer_id: str | None) -> None:
        self.customer_id = customer_id or None
        name = ""
        if self.customer_id is not None:
            try:
                name = self.records.get("customer", self.customer_id, include_deleted=True)["name"]
            except KnownError:
                name = self.tr("(no longer on this computer)")
        self.name.setText(name)
        self.clear_button.setEnabled(self.customer_id is not None)
        self.changed.emit(self.customer_id)

    def choose(self) -> SearchDialog:
        dialog = SearchDialog(self.search, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self.set_customer)
        dialog.open()
        return dialog


class ContactPicker(QComboBox):
    """One of the customer's contacts, or nobody in particular."""

    def __init__(self, records: Records, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = records
        self.addItem(self.tr("(nobody in particular)"), None)

    def set_customer(self, customer_id: str | None) -> None:
        keep = self.currentData()
        self.clear()
        self.addItem(self.tr("(nobody in particular)"), None)
        if customer_id:
            for contact in self.records.find("contact", customer_id=customer_id):
                title = f" ({contact['title']})" if contact["title"] else ""
                self.addItem(f"{contact['name']}{title}", contact["id"])
        self.set_field_value(keep)

    def field_value(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def set_field_value(self, value: Any) -> None:
        self.setCurrentIndex(max(0, self.findData(value)) if value else 0)


class TagCompleter(QCompleter):
    """Completes the tag being typed (after the last comma), keeping those before it."""

    def splitPath(self, path: str) -> list[str]:
        return [_split_tags(path)[1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        head = _split_tags(widget.text())[0] if isinstance(widget, QLineEdit) else ""
        return f"{head}{index.data()}, "


class TagsEdit(QLineEdit):
    """Tags separated by commas, each completed from the tags already in use."""

    def __init__(self, tags: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("e.g. VIP, 老客户 (separate with commas)"))
        completer = TagCompleter(self)
        completer.setModel(QStringListModel(tags, completer))
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def model(self) -> QAbstractItemModel:
        return self.completer().model()

    def field_value(self) -> list[str]:
        return [tag.strip() for tag in _SEPARATORS.split(self.text()) if tag.strip()]

    def set_field_value(self, value: Any) -> None:
        self.setText(", ".join(value) if isinstance(value, list) else str(value or ""))


def completer_for(values: list[str], parent: QWidget) -> QCompleter:
    """Completion from values in use (industries, sources), matching anywhere in them."""
    completer = QCompleter(values, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


def _split_tags(text: str) -> tuple[str, str]:
    """("tags already finished, ", "the one being typed")."""
    cut = max(text.rfind(sep) for sep in ",;，；") + 1
    head = text[:cut]
    return (f"{head.rstrip()} " if head else "", text[cut:])
