"""Change numbers: handed out in commit order, so a pull capped at the committed one misses nothing.

A writing transaction calls `next_version` as its last step before commit. On
PostgreSQL the UPDATE locks the single counter row until the commit, so the
transaction that takes number N commits before anyone can take N+1; a reader
that sees N committed knows every change numbered <= N is visible (principle 5).
SQLite serialises writers anyway.
"""

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sync.protocol.types import new_id

from ..models import SyncCounter


def next_version(session: Session) -> int:
    value = session.execute(
        update(SyncCounter)
        .where(SyncCounter.id == 1)
        .values(value=SyncCounter.value + 1)
        .returning(SyncCounter.value)
    ).scalar_one()
    return int(value)


def watermark(session: Session) -> tuple[int, str]:
    """The highest committed change number and the database's epoch."""
    value, epoch = session.execute(
        select(SyncCounter.value, SyncCounter.epoch).where(SyncCounter.id == 1)
    ).one()
    return int(value), str(epoch)


def new_epoch(session: Session) -> str:
    """Announce that this database was restored from a backup: clients re-send what it lost."""
    epoch = new_id()
    session.execute(update(SyncCounter).where(SyncCounter.id == 1).values(epoch=epoch))
    return epoch
