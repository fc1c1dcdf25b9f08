"""Replica-only tables of the import (migration 0011): batches with what each wrote, so one
import is one undoable unit, and the column mapping remembered per header set."""

from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from sync.client.tables import Local
from sync.protocol.types import JSONText, UTCDateTime, utcnow


class ImportBatch(Local):
    """One run of the import: its file, state and counts (`summary`)."""

    __tablename__ = "import_batches"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    file_name: Mapped[str] = mapped_column(String(500))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    state: Mapped[str] = mapped_column(String(16))  # running, done, cancelled, undone
    summary: Mapped[dict[str, Any]] = mapped_column(JSONText, default=dict)


class ImportItem(Local):
    """A row a batch created or changed; for a change, the fields' values before and after
    (wire form), so undo puts back exactly what the import replaced."""

    __tablename__ = "import_items"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    batch_id: Mapped[str] = mapped_column(String(36), index=True)
    entity: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))  # create, update
    before: Mapped[dict[str, Any]] = mapped_column(JSONText, default=dict)
    after: Mapped[dict[str, Any]] = mapped_column(JSONText, default=dict)


class ImportMapping(Local):
    """The mapping last used for a header set (its key: the normalised headers' digest)."""

    __tablename__ = "import_mappings"

    header_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    headers: Mapped[list[str]] = mapped_column(JSONText, default=list)
    mapping: Mapped[dict[str, str]] = mapped_column(JSONText, default=dict)
    used_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
