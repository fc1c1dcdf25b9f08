"""Keep the app's derived tables in step with rows the sync engine stores or removes."""

from collections.abc import Sequence

from sqlalchemy import delete
from sqlalchemy.orm import Session

from sync.client.engine import Hooks
from sync.client.replica_ops import upsert
from sync.protocol.rows import Row
from sync.protocol.wire import Change

from . import interaction_text
from .local_tables import CustomerSearch
from .search_keys import customer_keys, warm

SEARCH = CustomerSearch.__table__


def _after_apply(session: Session, entity: str, rows: list[Row]) -> None:
    if entity != "customer":
        return
    keys = [
        {
            "customer_id": row["id"],
            "keys": customer_keys(row.get("name") or "", row.get("phones") or [], row.get("email")),
        }
        for row in rows
        if "name" in row
    ]
    upsert(session, SEARCH, keys)


def _prepare(changes: list[Change]) -> None:
    """Pinyin of the page's customer names, while the sync thread stores the page before."""
    warm(c["row"].get("name") for c in changes if c["entity"] == "customer")


def _after_remove(session: Session, customer_ids: Sequence[str]) -> None:
    session.execute(delete(CustomerSearch).where(CustomerSearch.customer_id.in_(customer_ids)))


HOOKS = Hooks(
    after_apply=_after_apply,
    after_remove=_after_remove,
    bulk_start=interaction_text.suspend,
    bulk_end=interaction_text.resume,
    prepare=_prepare,
)
