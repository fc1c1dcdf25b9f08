"""Sign-in throttling: a guess is counted before its password is checked (issue 17, item 7).

Counting after the check let 64 parallel wrong passwords through on PostgreSQL (each read
the counter, checked, and wrote back its own increment) and most of them on SQLite answer
500 after argon2 had checked them, uncounted. Here each attempt first takes a slot under
the row's lock (SELECT ... FOR UPDATE; on SQLite the transaction's write lock), and only an
attempt that got one has its password checked: the slot that reaches the limit locks.

Two counters, one row each in `login_throttle`:
- `account:<username>` for every name tried, existing or not, so a locked account and an
  unknown one answer alike (423 after `lockout_threshold` failures): the answer tells an
  attacker nothing about which names exist.
- `address:<ip>` for the client address: many names guessed from one place.
A success gives back the slots the attempt took and clears the account's count.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..models import LoginThrottle


@dataclass(frozen=True)
class Limit:
    """`attempts` failures within `window` lock the key for `window` (from the last one)."""

    attempts: int
    window: timedelta


@dataclass(frozen=True)
class Refused:
    """The key that is locked, and until when."""

    key: str
    until: datetime


def account_key(username: str) -> str:
    return f"account:{username.strip().lower()}"[:200]


def address_key(ip: str | None) -> str:
    return f"address:{ip or 'unknown'}"[:200]


def take(session: Session, limits: dict[str, Limit], now: datetime) -> Refused | set[str]:
    """Take one attempt on every key (in a stable order, so two attempts never wait on each
    other's rows) and return the keys this attempt locks if it fails; or take none and say
    which key is locked. Commit before checking the password: the slot must count even if
    what follows fails."""
    rows = {key: _locked_row(session, key, now) for key in sorted(limits)}
    for key, row in rows.items():
        if row.locked_until is not None and row.locked_until > now:
            return Refused(key, row.locked_until)
    locking: set[str] = set()
    for key, row in rows.items():
        limit = limits[key]
        if row.locked_until is not None or now - row.updated_at > limit.window:
            row.failures, row.locked_until = 0, None  # lock over, or quiet for a window
        row.failures += 1
        row.updated_at = now
        if row.failures >= limit.attempts:
            row.locked_until = now + limit.window
            locking.add(key)
    return locking


def give_back(session: Session, limits: dict[str, Limit], *, clear: str, now: datetime) -> None:
    """After a success: return the slots the attempt took; the `clear` key starts over."""
    for key in sorted(limits):
        row = _locked_row(session, key, now)
        row.failures = 0 if key == clear else max(0, row.failures - 1)
        if row.failures < limits[key].attempts:
            row.locked_until = None


def _locked_row(session: Session, key: str, now: datetime) -> LoginThrottle:
    """The key's row, created if new, locked until the transaction ends."""
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    session.execute(
        insert(LoginThrottle)
        .values(key=key, failures=0, updated_at=now)
        .on_conflict_do_nothing(index_elements=["key"])
    )
    row = session.scalar(
        select(LoginThrottle)
        .where(LoginThrottle.key == key)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    assert row is not None
    return row
