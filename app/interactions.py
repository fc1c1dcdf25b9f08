"""Who may change an entry of the contact history, and until when.

The history is append-mostly (DESIGN.md): what was said on a visit is a record others rely
on. Its author may still fix a typo, back-date it or archive a wrong entry for a while after
writing it; past that, or for anyone else, it can only be read (a correction is a new entry).
"""

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from sync.protocol.types import utcnow

AMEND_DAYS = 7


def author(row: Mapping[str, Any]) -> str | None:
    """Who logged the entry: its `user_id`, else whoever created the row."""
    who = row.get("user_id") or row.get("created_by")
    return str(who) if who else None


def can_amend(row: Mapping[str, Any], user_id: str | None, now: datetime | None = None) -> bool:
    """True while `user_id` wrote the entry less than `AMEND_DAYS` days ago."""
    created = row.get("created_at")
    if user_id is None or author(row) != user_id or not isinstance(created, datetime):
        return False
    return (now or utcnow()) - created < timedelta(days=AMEND_DAYS)


def amend_until(row: Mapping[str, Any]) -> datetime | None:
    created = row.get("created_at")
    return created + timedelta(days=AMEND_DAYS) if isinstance(created, datetime) else None
