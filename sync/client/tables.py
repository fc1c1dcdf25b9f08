"""Tables only a client replica has, beside the shared entity tables.

The sync engine owns them: the outbox of local mutations, small facts about the
replica (cursor, epoch), the conflict log pulled from the server, and the
mutations the server rejected (kept so the user can see what happened).
"""

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import BigInteger, Integer, MetaData, String, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from sync.protocol.entities import NAMING
from sync.protocol.types import JSONText, UTCDateTime, utcnow


class Local(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    # A declarative class's table is a Table, not any FromClause (SQLAlchemy types it so).
    __table__: ClassVar[Table]


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
    changes: Mapped[dict[str, Any]] = mapped_column(JSONText, default=dict)
    base: Mapped[dict[str, Any]] = mapped_column(JSONText, default=dict)
    user_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Meta(Local):
    """Small key/value facts about this replica (device id, user, cursor...)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSONText)


class LocalConflict(Local):
    """A value the server overwrote on a record this replica holds (pulled, read-only)."""

    __tablename__ = "conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)
    customer_id: Mapped[str | None] = mapped_column(String(36), index=True)
    entity: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64))
    lost_value: Mapped[Any] = mapped_column(JSONText, nullable=True)
    kept_value: Mapped[Any] = mapped_column(JSONText, nullable=True)
    lost_by: Mapped[str | None] = mapped_column(String(36))
    kept_by: Mapped[str | None] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class Rejection(Local):
    """A local mutation the server refused; it waits in the server's review queue."""

    __tablename__ = "rejections"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(16))
    changes: Mapped[dict[str, Any]] = mapped_column(JSONText, default=dict)
    reason: Mapped[str] = mapped_column(String(32))
    message: Mapped[str] = mapped_column(String(500))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SentEntry(Local):
    """An acknowledged mutation, kept for a while: if the server is restored from a backup
    that predates it, the engine sends it again (principle 8)."""

    __tablename__ = "sent"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(16))
    changes: Mapped[dict[str, Any]] = mapped_column(JSONText, default=dict)
    base: Mapped[dict[str, Any]] = mapped_column(JSONText, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    acked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
