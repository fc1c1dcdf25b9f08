"""The audit log: appended inside the caller's transaction, so the record and the act agree;
read back filtered, and exported as CSV, by administrators."""

import csv
import io
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sync.protocol.spreadsheet import inert
from sync.protocol.staff import EXPORT_ACTION, ExportReport

from .models import AuditEntry, User


def record(
    session: Session,
    action: str,
    *,
    user_id: str | None = None,
    entity: str | None = None,
    row_id: str | None = None,
    ip: str | None = None,
    **detail: Any,
) -> None:
    session.add(
        AuditEntry(
            action=action, user_id=user_id, entity=entity, row_id=row_id, ip=ip, detail=detail
        )
    )


@dataclass(frozen=True)
class AuditQuery:
    username: str | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 1000
    before: int | None = None  # the next page: entries older than this id


def entries(session: Session, query: AuditQuery) -> list[tuple[AuditEntry, str | None]]:
    """Entries matching `query`, newest first, each with its actor's username; a page is
    taken by key (`before`), so the thousandth page costs what the first does."""
    statement = (
        select(AuditEntry, User.username)
        .outerjoin(User, User.id == AuditEntry.user_id)
        .order_by(AuditEntry.id.desc())
        .limit(query.limit)
    )
    if query.before is not None:
        statement = statement.where(AuditEntry.id < query.before)
    if query.username:
        # the actor first, then their entries by (user_id, id): an index, not a join filter
        actor = session.scalar(
            select(User.id).where(func.lower(User.username) == query.username.lower())
        )
        if actor is None:
            return []
        statement = statement.where(AuditEntry.user_id == actor)
    if query.action:
        statement = statement.where(AuditEntry.action == query.action)
    if query.since:
        statement = statement.where(AuditEntry.at >= query.since)
    if query.until:
        statement = statement.where(AuditEntry.at < query.until)
    return [(entry, username) for entry, username in session.execute(statement)]


def actions(session: Session) -> list[str]:
    """Every action the log holds, in order: one step along the (action, id) index per action
    (a skip scan), so a million entries cost what a few dozen lookups do."""
    found: list[str] = []
    while True:
        statement = select(func.min(AuditEntry.action))
        if found:
            statement = statement.where(AuditEntry.action > found[-1])
        action = session.scalar(statement)
        if action is None:
            return found
        found.append(action)


CSV_COLUMNS = ("id", "at", "username", "action", "entity", "row_id", "ip", "detail")


def to_csv(rows: list[tuple[AuditEntry, str | None]]) -> str:
    """UTF-8 CSV with a BOM, so Excel opens Chinese text correctly."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for entry, username in rows:
        cells = (
            username or "",
            entry.action,
            entry.entity or "",
            entry.row_id or "",
            entry.ip or "",
            json.dumps(entry.detail or {}, ensure_ascii=False, sort_keys=True),
        )
        writer.writerow((entry.id, entry.at.isoformat(), *(inert(cell) for cell in cells)))
    return out.getvalue()


def record_exports(
    session: Session, user_id: str, report: ExportReport, ip: str | None
) -> tuple[int, int]:
    """A user's exports, one entry each (`EXPORT_ACTION`, entity: what was exported, row_id:
    the laptop's id of the export); one sent before is not recorded twice. (recorded, known)"""
    ids = {export.id for export in report.exports}
    known = set(
        session.scalars(
            select(AuditEntry.row_id).where(
                AuditEntry.user_id == user_id,  # indexed: a user's own entries only
                AuditEntry.action == EXPORT_ACTION,
                AuditEntry.row_id.in_(ids),
            )
        )
    )
    recorded = 0
    for export in report.exports:
        if export.id in known:
            continue
        known.add(export.id)  # the same id twice in one report: once
        record(
            session,
            EXPORT_ACTION,
            user_id=user_id,
            entity=export.kind,
            row_id=export.id,
            ip=ip,
            format=export.format,
            rows=export.rows,
            filter=export.filter,
            customer_id=export.customer_id,
            exported_at=export.at.isoformat(),
        )
        recorded += 1
    return recorded, len(report.exports) - recorded
