"""What the replica derives from customers and contacts for search and sorting, written in
the transaction that stores them, whichever way they come: the user's edits (`Records`),
pulled pages and a full download (`app.sync_hooks`), the migration that added them.

- `customer_search` / `contact_search`: the keys a search matches (name, pinyin, initials,
  phone digits, e-mail; `app.search_keys`).
- `duplicate_keys`: the duplicate check's keys (`app.duplicates`).
- `customers.sort_key` / `customers.city_key`: the name's and the city's pinyin sort keys, so
  the list sorts in SQL, names straight off an index (`ix_customers_live_sort_key`).

Rows are mappings with the entity's fields, as Python values or as pulled (their text and
list fields are the same in both forms).
"""

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from sync.client.replica_ops import upsert

from . import duplicates
from .local_tables import CITY_KEY, SORT_KEY, ContactSearch, CustomerSearch
from .search_keys import customer_keys, sort_key

CUSTOMER_SEARCH = CustomerSearch.__table__
CONTACT_SEARCH = ContactSearch.__table__
# Plain SQL: a first download runs it for every customer (100,000: ~0.7 s of the download).
_SORT_KEYS = f"UPDATE customers SET {SORT_KEY} = ?, {CITY_KEY} = ? WHERE id = ?"
PERSON = "person"


def store_customers(session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
    """Search and sort keys of these customers (rows without a name are left alone)."""
    named = [row for row in rows if "name" in row]
    if not named:
        return
    keys = [
        {
            "customer_id": row["id"],
            "keys": customer_keys(
                row["name"] or "",
                row.get("phones") or [],
                row.get("email"),
                person=row.get("kind") == PERSON,
            ),
        }
        for row in named
    ]
    upsert(session, CUSTOMER_SEARCH, keys)
    sorting = [
        (
            sort_key(row["name"], person=row.get("kind") == PERSON),
            sort_key(row.get("city")),
            row["id"],
        )
        for row in named
    ]
    session.connection().exec_driver_sql(_SORT_KEYS, sorting)
    duplicates.store(session, named)


def store_contacts(session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
    keys = [
        {
            "contact_id": row["id"],
            "customer_id": row["customer_id"],
            "keys": customer_keys(
                row["name"] or "", row.get("phones") or [], row.get("email"), person=True
            ),
        }
        for row in rows
        if "name" in row and "customer_id" in row
    ]
    upsert(session, CONTACT_SEARCH, keys)


def forget_customers(session: Session, customer_ids: Sequence[str]) -> None:
    """Customers that left the replica, with their contacts' keys."""
    session.execute(delete(CustomerSearch).where(CustomerSearch.customer_id.in_(customer_ids)))
    session.execute(delete(ContactSearch).where(ContactSearch.customer_id.in_(customer_ids)))
    duplicates.forget(session, customer_ids)
