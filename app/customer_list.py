"""The customer list's queries: ordered ids under filters, and the values the filters offer.

Ids first, rows later (the table fetches a page at a time), so a filter over
100,000 customers costs one indexed or scanning query, never a Python loop.
"""

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, column, func, or_, select, table

from sync.protocol.entities import Customer, Interaction

from .local_tables import CITY_KEY, SORT_KEY, CustomerSearch
from .replica import Replica
from .search import key_terms
from .search_keys import sort_key

SORTABLE = ("name", "tier", "status", "city", "updated_at", "owner_id", "branch_id", "last_contact")
# the newest interaction of each customer: one index seek each (ix_interactions_customer_when)
_LAST_CONTACT = (
    select(func.max(Interaction.occurred_at))
    .where(Interaction.customer_id == Customer.id, Interaction.deleted_at.is_(None))
    .scalar_subquery()
)
# The replica-only sort keys of `customers` (app.search_index), named in SQL as its columns.
_KEYS = table(Customer.__tablename__, column(SORT_KEY), column(CITY_KEY))
_ORDER: dict[str, tuple[ColumnElement[Any], ...]] = {
    "name": (_KEYS.c[SORT_KEY],),  # off ix_customers_live_sort_key, as quick as code points
    "city": (_KEYS.c[CITY_KEY], _KEYS.c[SORT_KEY]),
    "updated_at": (Customer.__table__.c.updated_at,),
    "last_contact": (_LAST_CONTACT, _KEYS.c[SORT_KEY]),
}


@dataclass(frozen=True)
class CustomerFilter:
    """Each field narrows the list when set; all unset shows every live customer."""

    tier: str | None = None
    status: str | None = None
    owner_id: str | None = None
    city: str | None = None
    tag: str | None = None
    text: str | None = None  # quick filter: name, pinyin, initials, phone, e-mail (as search)
    archived: bool | None = None  # True: the archived ones instead of the live ones

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))


class CustomerList:
    def __init__(self, replica: Replica) -> None:
        self.replica = replica

    def ids(
        self,
        where: CustomerFilter = CustomerFilter(),  # frozen, so safely shared
        *,
        order_by: str = "name",
        descending: bool = False,
    ) -> list[str]:
        """Ids of the customers `where` selects, in order: names and cities by pinyin (their
        stored sort keys), other columns then by name; ties by id."""
        if order_by not in SORTABLE:
            raise ValueError(f"cannot sort customers by {order_by!r}")
        columns = _ORDER.get(order_by) or (Customer.__table__.c[order_by], _KEYS.c[SORT_KEY])
        keys = [*columns, Customer.id]
        query = select(Customer.id).where(*_conditions(where))
        query = query.order_by(*(key.desc() for key in keys) if descending else keys)
        with self.replica.reading() as session:  # Core rows: 100,000 ids without ORM cost
            return list(session.connection().execute(query).scalars())

    def last_contacts(self, ids: Sequence[str]) -> dict[str, datetime]:
        """When each of these customers was last contacted (their newest interaction); a
        customer never contacted is left out. For a page of the list at a time."""
        query = (
            select(Interaction.customer_id, func.max(Interaction.occurred_at))
            .where(Interaction.customer_id.in_(list(ids)), Interaction.deleted_at.is_(None))
            .group_by(Interaction.customer_id)
        )
        with self.replica.reading() as session:
            found = session.execute(query)
            return {row_id: _aware(when) for row_id, when in found if when is not None}

    def total(self) -> int:
        with self.replica.reading() as session:
            query = select(func.count()).where(Customer.deleted_at.is_(None))
            return session.scalar(query) or 0

    def cities(self) -> list[str]:
        """Cities in use, in pinyin order (北京, 广州, 上海, 深圳): a drop-down in an order
        the reader knows is scanned quickest, and does not reshuffle as customers change."""
        query = (
            select(Customer.city)
            .where(Customer.deleted_at.is_(None), Customer.city.is_not(None), Customer.city != "")
            .group_by(Customer.city)
        )
        with self.replica.reading() as session:
            return sorted(session.scalars(query), key=sort_key)

    def tags(self) -> list[str]:
        """Tags in use (tags are a JSON list per customer), in pinyin order as cities."""
        each = func.json_each(Customer.tags).table_valued("value")
        query = (
            select(each.c.value)
            .select_from(Customer)
            .join(each, Customer.tags.is_not(None))
            .where(Customer.deleted_at.is_(None))
            .group_by(each.c.value)
        )
        with self.replica.reading() as session:
            return sorted((str(tag) for tag in session.scalars(query)), key=sort_key)

    def owners(self) -> list[str]:
        """Ids of the users owning customers here (one on a rep's laptop, a branch for a
        manager)."""
        query = (
            select(Customer.owner_id)
            .where(Customer.deleted_at.is_(None), Customer.owner_id.is_not(None))
            .group_by(Customer.owner_id)
            .order_by(func.count().desc())
        )
        with self.replica.reading() as session:
            return list(session.scalars(query))


def _conditions(where: CustomerFilter) -> list[ColumnElement[bool]]:
    archived = Customer.deleted_at.is_not(None) if where.archived else Customer.deleted_at.is_(None)
    conditions: list[ColumnElement[bool]] = [archived]
    for name in ("tier", "status", "owner_id", "city"):
        value = getattr(where, name)
        if value is not None:
            conditions.append(Customer.__table__.c[name] == value)
    if where.tag is not None:
        each = func.json_each(Customer.tags).table_valued("value")
        conditions.append(select(each.c.value).where(each.c.value == where.tag).exists())
    if where.text and where.text.strip():
        key, compact = key_terms(where.text)
        match = func.instr(CustomerSearch.keys, key) > 0
        if compact != key:
            match = or_(match, func.instr(CustomerSearch.keys, compact) > 0)
        matching = select(CustomerSearch.customer_id).where(match)
        conditions.append(Customer.id.in_(matching))
    return conditions


def _aware(value: Any) -> datetime:
    """max() over a UTC column comes back as SQLite stored it (text), not through the type."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    parsed = datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
