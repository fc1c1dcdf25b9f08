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


def entries(session: Session, query: AuditQuery) -> list[tuple[AuditEntry, str | None]]:
    """Entries matching `query`, newest first, each with its actor's username."""
    statement = (
        select(AuditEntry, User.username)
        .outerjoin(User, User.id == AuditEntry.user_id)
        .order_by(AuditEntry.id.desc())
        .limit(query.limit)
    )
    if query.username:
        statement = statement.where(func.lower(User.username) == query.username.lower())
    if query.action:
        statement = statement.where(AuditEntry.action == query.action)
    if query.since:
        statement = statement.where(AuditEntry.at >= query.since)
    if query.until:
        statement = statement.where(AuditEntry.at < query.until)
    return [(entry, username) for entry, username in session.execute(statement)]


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


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(cell: str) -> str:
    """A cell Excel or LibreOffice will show as text, never run as a formula (OWASP's CSV
    injection advice: a leading apostrophe before = + - @ tab and carriage return)."""
    return f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell
