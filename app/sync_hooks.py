"""Keep the app's derived tables in step with rows the sync engine stores or removes."""

from collections.abc import Sequence

from sqlalchemy.orm import Session

from sync.client.engine import Hooks
from sync.protocol.rows import Row
from sync.protocol.wire import Change

from . import interaction_text, search_index
from .search_keys import warm

NAMED = ("customer", "contact")


def _after_apply(session: Session, entity: str, rows: list[Row]) -> None:
    """Every stored page, a full download's too: the search and sort keys of its customers
    and contacts (a full download of 100,000 customers: ~0.7 s for the sort keys)."""
    if entity == "customer":
        search_index.store_customers(session, rows)
    elif entity == "contact":
        search_index.store_contacts(session, rows)


def _prepare(changes: list[Change]) -> None:
    """Pinyin of the page's names, while the sync thread stores the page before."""
    warm(c["row"].get("name") for c in changes if c["entity"] in NAMED)
    warm(c["row"].get("city") for c in changes if c["entity"] == "customer")


def _after_remove(session: Session, customer_ids: Sequence[str]) -> None:
    search_index.forget_customers(session, customer_ids)


HOOKS = Hooks(
    after_apply=_after_apply,
    after_remove=_after_remove,
    bulk_start=interaction_text.suspend,
    bulk_end=interaction_text.resume,
    prepare=_prepare,
)
