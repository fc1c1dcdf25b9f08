"""Tables only the client replica has: the sync engine's, plus the app's search keys."""

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sync.client.tables import Local, Meta, OutboxEntry

__all__ = ["CustomerSearch", "Local", "Meta", "OutboxEntry"]


class CustomerSearch(Local):
    """Search keys of a customer: name, its pinyin (full and initials), phone digits, e-mail.

    Kept beside the shared `customers` table so the shared definition stays the
    same on both sides.
    """

    __tablename__ = "customer_search"

    customer_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    keys: Mapped[str] = mapped_column(Text, default="")


# Replica-only schema made by migration 0005 in SQL (partial indexes, the FTS5 table and its
# shadow tables): not part of the entities shared with the server.
REPLICA_ONLY_PREFIXES = (
    "ix_customers_live_name",
    "ix_customers_birthday_md",
    "ix_interactions_next_step_due",
    "interaction_text",
)
