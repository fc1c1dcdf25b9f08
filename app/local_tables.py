"""Tables only the client replica has: the sync engine's, plus the app's search keys."""

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sync.client.tables import Local, Meta, OutboxEntry

__all__ = ["ContactSearch", "CustomerSearch", "Local", "Meta", "OutboxEntry"]


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
