"""What an import will do with each row, decided before anything is written.

Each row of the table becomes customer values (and a primary contact's) through the column
mapping, is validated with the shared rules (`sync.protocol.validation`, what the server
accepts), and gets an action:

- `create`: a new customer;
- `update`: the row names an existing customer by the chosen key (phone, e-mail, registration
  number or the exported "Outpost ID"); its non-empty values are written to it;
- `hold`: a probable duplicate (`sync.protocol.dedupe`) of a customer in the replica or of an
  earlier row of the file, held for the user's decision: merge, create anyway or skip;
- `refuse`: a value the rules refuse (its cells' errors carry codes and parameters, which the
  UI phrases in the user's language); `empty`: nothing in the row.
"""

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sync.protocol import dedupe, validation
from sync.protocol.dedupe import Key

from . import mapping as m
from .reading import Cell, Table


class UpdateKey(StrEnum):
    """How a row names an existing customer to update (NONE: every row is new)."""

    NONE = ""
    PHONE = "phone"
    EMAIL = "email"
    REGISTRATION_NO = "registration_no"
    ID = "id"


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    HOLD = "hold"
    REFUSE = "refuse"
    EMPTY = "empty"


class Decision(StrEnum):
    """The user's answer for a held row."""

    MERGE = "merge"  # update the existing customer (or the earlier row) with its values
    CREATE = "create"  # create it anyway
    SKIP = "skip"


@dataclass(frozen=True)
class CellError:
    """A refused value: the source column ("" when the field has none), the target field,
    the shared validation's code and its parameters."""

    column: str
    field: str
    code: str
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)


@dataclass
class PlannedRow:
    index: int  # in `Table.rows`
    action: Action
    customer: dict[str, Any] = field(default_factory=dict)  # typed, non-empty values only
    contact: dict[str, Any] | None = None
    target_id: str | None = None  # the customer to update, or the held row's match
    target_name: str | None = None
    earlier: int | None = None  # a held row's match earlier in the file (its index)
    reasons: tuple[str, ...] = ()
    errors: list[CellError] = field(default_factory=list)
    decision: Decision | None = None


@dataclass
class Plan:
    file_name: str
    table: Table
    mapping: m.Mapping
    key: UpdateKey
    rows: list[PlannedRow]

    def count(self, action: Action) -> int:
        return sum(1 for row in self.rows if row.action == action)

    def counts(self) -> dict[str, int]:
        return {action.value: self.count(action) for action in Action}

    def held(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.action == Action.HOLD]

    def refused(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.action == Action.REFUSE]

    def decide(self, index: int, decision: Decision | None) -> None:
        row = self.rows[index]
        if row.action == Action.HOLD:
            row.decision = decision

    def decide_all(self, decision: Decision | None) -> None:
        for row in self.held():
            row.decision = decision


@dataclass
class Existing:
    """The replica's live customers as the import matches them: keys, names and ids."""

    names: dict[str, str] = field(default_factory=dict)  # id -> name
    keys: dict[str, frozenset[Key]] = field(default_factory=dict)  # id -> keys
    index: dict[Key, str] = field(default_factory=dict)  # key -> first id with it

    def add(self, row_id: str, name: str, keys: frozenset[Key]) -> None:
        self.names[row_id] = name
        self.keys[row_id] = keys
        for key in keys:
            self.index.setdefault(key, row_id)


def keys_of(
    kind: str | None,
    name: str | None,
    phones: Iterable[str],
    email: str | None,
    registration_no: str | None,
) -> frozenset[Key]:
    """A customer's duplicate keys. A person's pinyin key is left out: it only counts with a
    phone in common, which is a reason by itself (and 100,000 names' pinyin costs seconds)."""
    company = kind == "company"
    return dedupe.customer_keys(
        "company" if company else "person",
        name if company else None,
        phones,
        email,
        registration_no,
    )


_PHONE_SPLIT = re.compile(r"[,;，；、/\n]+")
_TAG_SPLIT = re.compile(r"[,，;；、\n]+")
_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
_COMPANY_WORDS = re.compile(
    r"公司|集团|企业|厂|商行|商店|工作室|事务所|中心|研究院|\b(?:co|ltd|inc|llc|corp|gmbh)\b",
    re.IGNORECASE,
)
CONTACT_TARGETS = {
    m.CONTACT_NAME: "name",
    m.CONTACT_TITLE: "title",
    m.CONTACT_PHONE: "phones",
    m.CONTACT_EMAIL: "email",
}


def text_of(cell: Cell) -> str | None:
    """A cell as text: whole numbers without ".0", dates in ISO form; None when empty."""
    if cell is None:
        return None
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, datetime):
        return cell.isoformat(sep=" ")
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, float):
        return repr(cell)
    text = str(cell).strip()
    return text or None


def date_of(cell: Cell) -> date | str | None:
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    text = text_of(cell)
    if text is None:
        return None
    found = _DATE.match(text)
    if found:
        year, month, day = (int(part) for part in found.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return text
    return text


class Converter:
    """Turns a row of cells into (customer values, contact values, exported id) by a mapping."""

    def __init__(self, headers: Sequence[str], mapping: m.Mapping) -> None:
        self.columns: list[tuple[int, str, str]] = [
            (i, header, mapping.get(header, m.IGNORE))
            for i, header in enumerate(headers)
            if mapping.get(header, m.IGNORE)
        ]
        self.first_column: dict[str, str] = {}
        for _, header, target in self.columns:
            self.first_column.setdefault(target, header)

    def column_of(self, target: str) -> str:
        return self.first_column.get(target, "")

    def convert(self, cells: Sequence[Cell]) -> tuple[dict[str, Any], dict[str, Any], str | None]:
        customer: dict[str, Any] = {}
        contact: dict[str, Any] = {}
        row_id: str | None = None
        for i, _, target in self.columns:
            cell = cells[i]
            if cell is None:
                continue
            if target == m.ID:
                row_id = text_of(cell)
            elif target in CONTACT_TARGETS:
                _put(contact, CONTACT_TARGETS[target], cell)
            else:
                _put(customer, target, cell)
        return customer, contact, row_id


def _put(values: dict[str, Any], target: str, cell: Cell) -> None:
    if target == "birthday":
        values[target] = date_of(cell)
        return
    text = text_of(cell)
    if text is None:
        return
    if target == "phones":
        values.setdefault(target, []).extend(
            part.strip() for part in _PHONE_SPLIT.split(text) if part.strip()
        )
    elif target == "tags":
        values.setdefault(target, []).extend(
            part.strip() for part in _TAG_SPLIT.split(text) if part.strip()
        )
    elif target == "notes" and target in values:
        values[target] = f"{values[target]}\n{text}"
    elif target in ("kind", "tier", "status", "company_size"):
        values[target] = m.choice_value(target, text)
    else:
        values[target] = text


def guess_kind(values: Mapping[str, Any]) -> str:
    if values.get("registration_no"):
        return "company"
    return "company" if _COMPANY_WORDS.search(values.get("name") or "") else "person"


class Planner:
    """Decides each row's action against `existing`, in file order."""

    def __init__(self, table: Table, mapping: m.Mapping, key: UpdateKey, existing: Existing):
        self.table = table
        self.mapping = mapping
        self.key = key
        self.existing = existing
        self.converter = Converter(table.headers, mapping)
        self.customer_defaults = validation.defaults("customer")
        self.contact_defaults = {
            **validation.defaults("contact"),
            "customer_id": "new",
            "is_primary": True,
        }
        self.seen: dict[Key, int] = {}  # keys of rows to be created -> their index
        self.file_keys: dict[int, frozenset[Key]] = {}
        self.file_names: dict[int, str] = {}

    def plan(self, file_name: str) -> Plan:
        rows = [self.row(i, cells) for i, cells in enumerate(self.table.rows)]
        return Plan(file_name, self.table, self.mapping, self.key, rows)

    def row(self, index: int, cells: Sequence[Cell]) -> PlannedRow:
        values, contact_values, row_id = self.converter.convert(cells)
        if not values and not contact_values:
            return PlannedRow(index, Action.EMPTY)
        target = self._target(values, row_id)
        errors: list[CellError] = []
        current = self.customer_defaults
        if target is not None:
            current = {**current, "name": self.existing.names[target]}
        elif "kind" not in values:
            values["kind"] = guess_kind(values)
        customer = self._validated("customer", values, current, "", errors)
        contact: dict[str, Any] | None = None
        if contact_values:
            contact_values["is_primary"] = True
            contact = self._validated(
                "contact", contact_values, self.contact_defaults, "contact.", errors
            )
        if errors:
            return PlannedRow(index, Action.REFUSE, values, contact_values, errors=errors)
        if target is not None:
            return PlannedRow(
                index, Action.UPDATE, customer, contact, target, self.existing.names[target]
            )
        keys = keys_of(
            customer.get("kind"),
            customer.get("name"),
            customer.get("phones") or [],
            customer.get("email"),
            customer.get("registration_no"),
        )
        match = self._match(keys)
        if match is not None:
            found, reasons = match
            return PlannedRow(
                index,
                Action.HOLD,
                customer,
                contact,
                found,
                self.existing.names[found],
                reasons=reasons,
            )
        earlier = self._earlier(keys)
        if earlier is not None:
            first, reasons = earlier
            return PlannedRow(
                index,
                Action.HOLD,
                customer,
                contact,
                earlier=first,
                target_name=self._planned_name(first),
                reasons=reasons,
            )
        for key in dedupe.lookup_keys(keys):
            self.seen.setdefault(key, index)
        self.file_keys[index] = keys
        self.file_names[index] = customer.get("name") or ""
        return PlannedRow(index, Action.CREATE, customer, contact)

    def _planned_name(self, index: int) -> str:
        return self.file_names.get(index, "")

    def _target(self, values: Mapping[str, Any], row_id: str | None) -> str | None:
        existing = self.existing
        if self.key == UpdateKey.ID:
            return row_id if row_id in existing.names else None
        wanted: list[Key] = []
        if self.key == UpdateKey.PHONE:
            wanted = [
                (dedupe.PHONE, k)
                for k in (dedupe.phone_key(p) for p in values.get("phones") or [])
                if k
            ]
        elif self.key == UpdateKey.EMAIL:
            mail = dedupe.email_key(values.get("email"))
            wanted = [(dedupe.EMAIL, mail)] if mail else []
        elif self.key == UpdateKey.REGISTRATION_NO:
            reg = dedupe.registration_key(values.get("registration_no"))
            wanted = [(dedupe.REGISTRATION, reg)] if reg else []
        return next((existing.index[k] for k in wanted if k in existing.index), None)

    def _match(self, keys: frozenset[Key]) -> tuple[str, tuple[str, ...]] | None:
        for key in sorted(dedupe.lookup_keys(keys)):
            found = self.existing.index.get(key)
            if found is not None:
                reasons = dedupe.duplicate_reasons(keys, self.existing.keys[found])
                if reasons:
                    return found, tuple(str(r) for r in reasons)
        return None

    def _earlier(self, keys: frozenset[Key]) -> tuple[int, tuple[str, ...]] | None:
        for key in sorted(dedupe.lookup_keys(keys)):
            first = self.seen.get(key)
            if first is not None:
                reasons = dedupe.duplicate_reasons(keys, self.file_keys[first])
                if reasons:
                    return first, tuple(str(r) for r in reasons)
        return None

    def _validated(
        self,
        entity: str,
        values: dict[str, Any],
        current: Mapping[str, Any],
        prefix: str,
        errors: list[CellError],
    ) -> dict[str, Any]:
        try:
            return validation.validate(entity, values, current)
        except validation.ValidationError as exc:
            for error in exc.errors:
                target = prefix + error.field if prefix else error.field
                errors.append(
                    CellError(self.converter.column_of(target), target, error.code, error.params)
                )
            return {}
