"""Tables only the client replica has: the sync engine's, plus the app's search keys."""

from datetime import datetime
from typing import Any

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sync.client.tables import Local, Meta, OutboxEntry
from sync.protocol.types import JSONText, UTCDateTime, utcnow

from .importing.tables import ImportBatch, ImportItem, ImportMapping  # migration 0011

__all__ = [
    "ContactSearch",
    "CustomerMerge",
    "CustomerSearch",
    "DuplicateKey",
    "ImportBatch",
    "ImportItem",
    "ImportMapping",
    "Local",
    "Meta",
    "OutboxEntry",
]


class CustomerSearch(Local):
    """Search keys of a customer: name, its pinyin (full and initials), phone digits, e-mail.

    Kept beside the shared `customers` table so the shared definition stays the
    same on both sides.
    """

    __tablename__ = "customer_search"

    customer_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    keys: Mapped[str] = mapped_column(Text, default="")


class ContactSearch(Local):
    """Search keys of a contact, as a customer's (pinyin and initials as people's names)."""

    __tablename__ = "contact_search"

    contact_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    customer_id: Mapped[str] = mapped_column(String(36), index=True)
    keys: Mapped[str] = mapped_column(Text, default="")


class DuplicateKey(Local):
    """A customer's duplicate-check keys (`sync.protocol.dedupe`: phone, registration number,
    e-mail, company or person name), one row each, found by (tag, value) off the primary key
    (migration 0010, `app.duplicates`)."""

    __tablename__ = "duplicate_keys"

    tag: Mapped[str] = mapped_column(String(8), primary_key=True)
    value: Mapped[str] = mapped_column(String(200), primary_key=True)
    customer_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)


class CustomerMerge(Local):
    """A merge made on this replica (app/merge.py, migration 0009): what it changed, so that
    "Undo merge" puts it back. `record` holds the survivor's fields before and after, the
    loser's merge pointer before, and every child row moved (entity, id, field)."""

    __tablename__ = "customer_merges"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    survivor_id: Mapped[str] = mapped_column(String(36), index=True)
    loser_id: Mapped[str] = mapped_column(String(36), index=True)
    user_id: Mapped[str | None] = mapped_column(String(36))
    merged_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    record: Mapped[dict[str, Any]] = mapped_column(JSONText, default=dict)


SORT_KEY, CITY_KEY = "sort_key", "city_key"
"""Replica-only columns of `customers` (migration 0007): `app.search_keys.sort_key` of the
name and of the city, so the list sorts by pinyin in SQL, off an index for names."""

# Replica-only schema made in SQL by migrations 0005, 0007 and 0008 (partial indexes, the FTS5 table
# and its shadow tables, the sort keys): not part of the entities shared with the server.
REPLICA_ONLY_PREFIXES = (
    "ix_customers_live_name",
    "ix_customers_live_sort_key",
    "ix_tasks_live_title",
    "ix_customers_birthday_md",
    "ix_interactions_next_step_due",
    "interaction_text",
    SORT_KEY,
    CITY_KEY,
)
