"""The rows of each exportable list, read through the very query its page shows it with
(`CustomerList.ids`, `ServiceDesk.requests`, `Pipeline.board`, `Calendar.agenda`), and the
sheets of a whole customer file."""

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, Numeric

from sync.protocol import validation
from sync.protocol.types import JSONText, UTCDateTime

from ..customer_file import CustomerFile
from ..customer_list import CustomerFilter, CustomerList
from ..pipeline import Pipeline
from ..records import Records
from ..schedule import Calendar
from ..service_desk import QueueFilter, ServiceDesk
from .table import Captions, Column, Kind, Sheet, display

PAGE = 500  # rows read at a time: memory stays flat however long the list
ALL = 10_000_000  # "no limit" for the queries that take one
Captioned = Sequence[tuple[str, str]]  # (key, the UI's caption), in the order shown
PERSON_COLUMNS = {"owner_id", "assignee_id", "user_id", "created_by", "updated_by"}


def kind_of(entity: str, key: str) -> Kind:
    """How a field of an entity is shown, from its column's type."""
    table = validation.entity_class(entity).__table__
    if key not in table.c:
        return "text"
    column = table.c[key]
    if key in PERSON_COLUMNS:
        return "person"
    if column.info.get("choices") is not None:
        return "enum"
    kind: Kind = "text"
    if isinstance(column.type, JSONText):
        kind = "list"
    elif isinstance(column.type, Boolean):
        kind = "bool"
    elif isinstance(column.type, Date):
        kind = "date"
    elif isinstance(column.type, Numeric):
        kind = "money"
    elif isinstance(column.type, Integer):
        kind = "number"
    elif isinstance(column.type, (DateTime, UTCDateTime)):
        kind = "datetime"
    return kind


def _typed(entity: str, columns: Captioned) -> list[Column]:
    return [Column(key, caption, kind_of(entity, key)) for key, caption in columns]


def customer_sheet(
    records: Records,
    customers: CustomerList,
    where: CustomerFilter,
    columns: Captioned,
    *,
    order_by: str = "name",
    descending: bool = False,
    title: str = "Customers",
) -> Sheet:
    """The Customers list: the ids its table holds for this filter and order, then their rows
    a page at a time, as the table reads them."""
    ids = customers.ids(where, order_by=order_by, descending=descending)
    return Sheet(title, _typed("customer", columns), _paged(records, "customer", ids), len(ids))


def _paged(records: Records, entity: str, ids: list[str]) -> Iterator[Mapping[str, Any]]:
    for start in range(0, len(ids), PAGE):
        page = ids[start : start + PAGE]
        found = records.rows(entity, page)
        yield from (found[row_id] for row_id in page if row_id in found)


# The other pages show dataclasses; their table columns named as the page names them.
SERVICE_COLUMNS: dict[str, tuple[str, Kind]] = {
    "subject": ("subject", "text"),
    "customer": ("customer", "text"),
    "kind": ("kind", "enum"),
    "priority": ("priority", "enum"),
    "status": ("status", "enum"),
    "escalation": ("escalation_level", "number"),
    "assignee": ("assignee_id", "person"),
    "sla": ("sla_due_at", "datetime"),
}
CARD_COLUMNS: dict[str, tuple[str, Kind]] = {
    "stage": ("stage", "enum"),
    "customer": ("customer", "text"),
    "title": ("title", "text"),
    "amount": ("amount", "money"),
    "currency": ("currency", "text"),
    "probability": ("probability", "number"),
    "expected_close": ("expected_close", "date"),
}
ENTRY_COLUMNS: dict[str, tuple[str, Kind]] = {
    "when": ("when", "datetime"),
    "ends": ("ends", "datetime"),
    "kind": ("kind", "enum"),
    "title": ("title", "text"),
    "customer": ("customer", "text"),
    "location": ("location", "text"),
    "done": ("done", "bool"),
    "assignee": ("assignee_id", "person"),
}


def _mapped(known: Mapping[str, tuple[str, Kind]], columns: Captioned) -> list[Column]:
    return [Column(known[key][0], caption, known[key][1]) for key, caption in columns]


def _dicts(objects: Iterable[Any]) -> Iterator[dict[str, Any]]:
    for obj in objects:
        row = asdict(obj)
        row.pop("clashes", None)
        yield row


def service_sheet(
    desk: ServiceDesk,
    which: QueueFilter,
    columns: Captioned,
    *,
    now: datetime | None = None,
    title: str = "Service requests",
) -> Sheet:
    """The service queue under the page's filter, in its order (every row, not just the
    first thousand the page lists)."""
    tickets = desk.requests(which, now, limit=ALL).tickets
    return Sheet(title, _mapped(SERVICE_COLUMNS, columns), _dicts(tickets), len(tickets))


def pipeline_sheet(
    pipeline: Pipeline, columns: Captioned, *, mine: bool = False, title: str = "Opportunities"
) -> Sheet:
    """The board's cards, stage by stage in the board's order (every card of each stage)."""
    cards = [card for column in pipeline.board(mine=mine, limit=ALL) for card in column.cards]
    return Sheet(title, _mapped(CARD_COLUMNS, columns), _dicts(cards), len(cards))


def calendar_sheet(
    calendar: Calendar, start: date, days: int, columns: Captioned, *, title: str = "Calendar"
) -> Sheet:
    """The calendar's entries of the days on screen, in time order."""
    entries = calendar.agenda(start, days)
    return Sheet(title, _mapped(ENTRY_COLUMNS, columns), _dicts(entries), len(entries))


# --- a whole customer file ----------------------------------------------------------------

FACT_FIELDS = (
    "name",
    "kind",
    "tier",
    "status",
    "owner_id",
    "phones",
    "email",
    "address",
    "city",
    "industry",
    "source",
    "birthday",
    "registration_no",
    "company_size",
    "tags",
    "notes",
    "created_at",
    "updated_at",
)
FILE_SHEETS: dict[str, tuple[str, ...]] = {
    "contact": ("name", "title", "phones", "email", "is_primary", "notes"),
    "interaction": (
        "occurred_at",
        "kind",
        "subject",
        "body",
        "outcome",
        "next_step",
        "next_step_due",
        "user_id",
    ),
    "opportunity": (
        "title",
        "stage",
        "amount",
        "currency",
        "probability",
        "expected_close",
        "product_line",
        "owner_id",
    ),
    "task": ("title", "kind", "starts_at", "ends_at", "due_at", "location", "assignee_id", "done"),
    "service_request": (
        "subject",
        "kind",
        "priority",
        "status",
        "sla_due_at",
        "assignee_id",
        "description",
        "resolution",
    ),
}


def customer_file_sheets(
    records: Records,
    files: CustomerFile,
    customer_id: str,
    captions: Captions,
    field: Callable[[str], str],
    titles: Mapping[str, str],
) -> list[Sheet]:
    """Facts (a field per row), then contacts, interactions, opportunities, tasks, service
    requests and relations: one sheet each. `field` captions a field, `titles` names the
    sheets by entity ("customer" for the facts, "relation" for the relations)."""
    customer = records.get("customer", customer_id)
    facts = [
        {"field": field(key), "value": _fact(key, customer[key], captions)}
        for key in FACT_FIELDS
        if customer.get(key) not in (None, "", [])
    ]
    facts.append({"field": "Outpost ID", "value": customer_id})
    sheets = [
        Sheet(
            titles.get("customer", "Customer"),
            [
                Column("field", captions.word("field", "Field")),
                Column("value", captions.word("value", "Value"), "auto"),
            ],
            facts,
            len(facts),
            with_id=False,
        )
    ]
    for entity, keys in FILE_SHEETS.items():
        rows = records.find(entity, customer_id=customer_id)
        if entity == "interaction":
            rows.sort(key=lambda r: r["occurred_at"], reverse=True)
        columns = [Column(k, field(k), kind_of(entity, k)) for k in keys]
        sheets.append(Sheet(titles.get(entity, entity), columns, rows, len(rows)))
    ties = [
        {"id": t.id, "kind": t.kind, "other": t.other, "notes": t.notes}
        for t in files.relations(customer_id)
    ]
    relation_columns = [
        Column("kind", field("kind"), "enum"),
        Column("other", field("related_name")),
        Column("notes", field("notes")),
    ]
    sheets.append(Sheet(titles.get("relation", "Relations"), relation_columns, ties, len(ties)))
    return sheets


def _fact(key: str, value: Any, captions: Captions) -> Any:
    return display(kind_of("customer", key), value, captions)
