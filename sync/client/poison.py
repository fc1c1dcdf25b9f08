"""An outbox entry the server keeps failing on is set aside, so later edits still sync
(issue 17, item 6).

The outbox goes in order, so one mutation the server cannot handle (a 500 where it should
have answered with a rejection, from a server bug or an old server) held every later edit
back for ever: 0 of 3 later good edits arrived. After a batch fails that way the entries go
one at a time, which finds the one to blame; it is retried in later rounds and, after
`STRIKES` failures (or at once when the answer says the request itself is unacceptable),
moved to the refused edits with the server's words, shown on the Sync screen like any
rejection, and its row is fetched back from the server.
"""

import logging
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from sync.protocol.storable import storable_copy
from sync.protocol.wire import PushRequest

from .context import Context
from .errors import ClientError, ServerRefused
from .repair import Repair
from .tables import OutboxEntry, Rejection

log = logging.getLogger(__name__)

SUSPECT = "sync.suspect"  # {"seq": the entry sent alone that failed, "strikes": how often}
STRIKES = 3  # 500s for one entry sent alone, over as many rounds, before it is set aside
SERVER_ERROR = "server_error"  # a Rejection's reason: set aside here, never stored there
# Answers to a request of one mutation that blame that mutation for good: it is unreadable
# (400), too big (413) or invalid as a request (422). Others (401, 409 epoch, 426, 429...)
# concern the device or the session, never one edit.
REFUSES_THE_ENTRY = frozenset({400, 413, 422})


class Quarantine:
    def __init__(self, context: Context, repair: Repair) -> None:
        self.context = context
        self.repair = repair

    def batch_size(self, normal: int) -> int:
        """One at a time while an entry is under suspicion, else `normal`."""
        return 1 if self.context.facts.get(SUSPECT) else normal

    def passed(self, entries: Sequence[OutboxEntry]) -> None:
        """The server took these (or the outbox is empty: no entries): a suspect among them,
        or any suspicion once nothing is left to send, is cleared."""
        suspect = self.context.facts.get(SUSPECT)
        if suspect and (not entries or any(e.seq == suspect.get("seq") for e in entries)):
            self.context.facts.set(SUSPECT, None)

    def failed(self, entries: Sequence[OutboxEntry], exc: ClientError) -> bool:
        """A push of `entries` failed with `exc`. True if an entry was set aside (push on
        with the rest); False to let the round fail as before (it retries later)."""
        blame = _blame(exc)
        if blame is None or not entries:
            return False
        if len(entries) > 1:
            self.context.facts.set(SUSPECT, {"seq": None, "strikes": 0})  # go one at a time
            return True
        entry = entries[0]
        if blame == "strike" and not self._server_works():
            return False  # a server failing everything is down, not refusing this entry
        suspect = self.context.facts.get(SUSPECT) or {}
        strikes = (suspect.get("strikes", 0) if suspect.get("seq") == entry.seq else 0) + 1
        if blame == "now" or strikes >= STRIKES:
            self.set_aside(entry, exc)
            return True
        self.context.facts.set(SUSPECT, {"seq": entry.seq, "strikes": strikes})
        return False

    def set_aside(self, entry: OutboxEntry, exc: ClientError) -> None:
        """Move `entry` from the outbox to the refused edits; put its row back as the server
        has it (fetched first, outside the transaction), or leave it as it is offline."""
        log.warning("outbox entry %s set aside after: %s", entry.seq, exc.message)
        asked, row = self._server_row(entry)
        facts = self.context.facts
        with self.context.store.transaction() as session:
            _refuse(session, entry, exc)
            if asked:
                self.repair.refused(session, entry.entity, entry.row_id, row)
            facts.write(session, SUSPECT, None)
        facts.remember(SUSPECT, None)

    def _server_works(self) -> bool:
        """An empty push answers: session, database and device state all work, so a 500 for
        the one entry sent alone is that entry's doing."""
        try:
            self.context.api.push(self.context.token(), PushRequest(mutations=[]))
        except ClientError:
            return False
        return True

    def _server_row(self, entry: OutboxEntry) -> tuple[bool, dict[str, Any] | None]:
        """(whether the server could be asked, its row or None when it has none)."""
        context = self.context
        try:
            rows = context.api.rows(context.token(), entry.entity, [entry.row_id])
        except ClientError:
            return False, None
        return True, rows[0] if rows else None


def _blame(exc: ClientError) -> str | None:
    """ "now" if the answer refuses the mutation for good, "strike" if it may be the
    mutation's fault (a 500), None if it is not about the mutation at all."""
    if not isinstance(exc, ServerRefused):
        return "now" if exc.code == "invalid_mutation" else None
    if exc.status in REFUSES_THE_ENTRY:
        return "now"
    return "strike" if exc.status == 500 else None


def _refuse(session: Session, entry: OutboxEntry, exc: ClientError) -> None:
    session.merge(
        Rejection(
            seq=entry.seq,
            entity=entry.entity,
            row_id=entry.row_id,
            op=entry.op,
            changes=storable_copy(entry.changes),
            reason=SERVER_ERROR,
            message=exc.message[:500],
        )
    )
    session.execute(delete(OutboxEntry).where(OutboxEntry.seq == entry.seq))
