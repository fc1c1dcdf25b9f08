"""Tables only the client replica has: the outbox, sync metadata and search keys."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from sync.protocol.entities import NAMING
from sync.protocol.types import UTCDateTime, utcnow


class Local(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class OutboxEntry(Local):
    """One local mutation waiting to be pushed (DESIGN.md, sync principles 1-3).

    `seq` is the device's mutation number: AUTOINCREMENT so a number is never
    reused after acknowledged entries are deleted.
    """

    __tablename__ = "outbox"
    __table_args__ = {"sqlite_autoincrement": True}

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    op: Mapped[str] = mapped_column(String(16))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    base: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    user_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Meta(Local):
    """Small key/value facts about this replica (device id, user, cursor...)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class CustomerSearch(Local):
    """Search keys of a customer: name, its pinyin (full and initials), phone digits, e-mail.

    Kept beside the shared `customers` table so the shared definition stays the
    same on both sides.
    """

    __tablename__ = "customer_search"

    customer_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    keys: Mapped[str] = mapped_column(Text, default="")
