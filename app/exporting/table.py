"""What an export holds: sheets of typed columns over streamed rows, and the words to show."""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from decimal import Decimal
from typing import Any, Literal

OUTPOST_ID = "Outpost ID"  # the last column, in every language: the import maps it back
LIST_SEPARATOR = ", "  # phones and tags in one cell, as the lists show them

Kind = Literal[
    "auto",  # shown as it is (already in display form)
    "text",
    "enum",
    "list",
    "date",
    "datetime",
    "money",
    "number",
    "bool",
    "person",
]


@dataclass(frozen=True)
class Column:
    key: str  # of the row
    caption: str  # the header, in the user's language (from the UI)
    kind: Kind = "text"


@dataclass
class Sheet:
    """A table to export: `rows` is read once, as it is written (a generator: streamed)."""

    title: str
    columns: list[Column]
    rows: Iterable[Mapping[str, Any]]  # each with "id", written as the last column
    count: int | None = None  # rows to come, when known (progress)
    with_id: bool = True


def _same(value: str) -> str:
    return value


def _nobody(_user_id: str) -> str | None:
    return None


@dataclass(frozen=True)
class Captions:
    """The UI's words: enum values as their translated labels, colleagues by name, yes/no.
    `tz` is where times are shown (None: this computer's zone)."""

    label: Callable[[str], str] = _same
    person: Callable[[str], str | None] = _nobody
    yes: str = "Yes"
    no: str = "No"
    tz: tzinfo | None = None
    words: Mapping[str, str] = field(default_factory=dict)  # further words a format needs

    def word(self, key: str, default: str) -> str:
        return self.words.get(key, default)


def display(kind: Kind, value: Any, captions: Captions) -> Any:
    """A value in the form people read it: a label for an enum, a name for a colleague,
    local time without its zone (spreadsheets have none), a list joined; None for nothing."""
    if value is None or value == "" or value == []:
        return None
    if kind == "auto":
        return value
    if kind == "enum":
        return captions.label(str(value))
    if kind == "person":
        return captions.person(str(value)) or str(value)
    if kind == "list":
        return LIST_SEPARATOR.join(str(v) for v in value)
    if kind == "bool":
        return captions.yes if value else captions.no
    if kind == "datetime" and isinstance(value, datetime):
        return local(value, captions.tz)
    if kind == "date" and isinstance(value, datetime):
        return local(value, captions.tz).date()
    if kind in ("money", "number") and isinstance(value, (int, float, Decimal)):
        return value
    if isinstance(value, (date, Decimal, int, float)) and kind != "text":
        return value
    return str(value)


def local(value: datetime, tz: tzinfo | None) -> datetime:
    """Naive local time (to the minute): what a spreadsheet cell holds."""
    return value.astimezone(tz).replace(tzinfo=None, second=0, microsecond=0)
