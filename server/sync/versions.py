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

from ..models import FieldAuthor, SyncCounter

COUNTER = SyncCounter.__table__
# Built once and run on the session's connection: every push and pull runs them, and the ORM's
# statement handling would cost more than the statements do.
_NEXT = (
    update(COUNTER)
    .where(COUNTER.c.id == 1)
    .values(value=COUNTER.c.value + 1)
    .returning(COUNTER.c.value)
)
_WATERMARK = select(COUNTER.c.value, COUNTER.c.epoch).where(COUNTER.c.id == 1)


def next_version(session: Session) -> int:
    """Take the next change number. Nothing is flushed first: the rows the caller stamps with
    it are written once, at commit (which also ends the counter's lock)."""
    return int(session.connection().execute(_NEXT).scalar_one())


def watermark(session: Session) -> tuple[int, str]:
    """The highest committed change number and the database's epoch."""
    value, epoch = session.connection().execute(_WATERMARK).one()
    return int(value), str(epoch)


def new_epoch(session: Session) -> str:
    """Announce that this database was restored from a backup: clients re-send what it lost.

    The field times are cleared: every change a client re-sends was applied after the backup
    was taken, so it is later than any value the backup holds (whatever the laptops' clocks
    say); re-sent changes are then ordered among themselves by the times they carry."""
    epoch = new_id()
    session.execute(update(SyncCounter).where(SyncCounter.id == 1).values(epoch=epoch))
    session.execute(update(FieldAuthor).values(written_at=None))
    return epoch
