"""Append to the audit log inside the caller's transaction, so the record and the act agree."""

from typing import Any

from sqlalchemy.orm import Session

from .models import AuditEntry


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
