"""Put the replica right without starting over (principle 8): after a refused edit, the row goes
back to the server's; after a count check that disagrees, only what differs is fetched again."""

import logging

from sqlalchemy.orm import Session

from sync.protocol.wire import Change, Counts, WireRow

from . import replica_ops as ops
from .context import Context
from .touched import Touched

log = logging.getLogger(__name__)


class Repair:
    def __init__(self, context: Context, page_size: int) -> None:
        self.context = context
        self.page_size = page_size  # rows asked for at a time

    def refused(self, session: Session, entity: str, row_id: str, row: WireRow | None) -> None:
        """After a rejection the local row goes back to the server's (plus other pending
        edits); a row the server does not have (or will not show) goes, unless edits wait."""
        hooks = self.context.hooks
        if row is not None:
            ops.store_rows(session, [Change(entity=entity, row=row)], hooks.after_apply)
            return
        pending = ops.pending_by_row(session, [row_id]).get(row_id)
        if not pending:
            ops.delete_rows(session, entity, [row_id])
            if entity == "customer" and hooks.after_remove:
                hooks.after_remove(session, [row_id])

    def verify(self, server_counts: Counts, touched: Touched) -> int:
        """Compare counts per entity; re-fetch only what differs, never reset. Returns how
        many rows were stored or removed."""
        with self.context.store.reading() as session:
            mine = ops.local_counts(session)
        repaired = 0
        for entity, expected in server_counts.items():
            if entity not in mine or mine[entity] == expected:
                continue
            log.warning(
                "replica has %s %s rows, server %s: repairing", mine[entity], entity, expected
            )
            repaired += self._entity(entity)
            touched.add_all(entity)
        return repaired

    def _entity(self, entity: str) -> int:
        store, api, token = self.context.store, self.context.api, self.context.token
        hooks = self.context.hooks
        theirs = api.versions(token(), entity)
        with store.reading() as session:
            mine = ops.local_versions(session, entity)
        stale = [row_id for row_id, version in theirs.items() if mine.get(row_id) != version]
        extra = [row_id for row_id in mine if row_id not in theirs]
        for start in range(0, len(stale), self.page_size):
            rows = api.rows(token(), entity, stale[start : start + self.page_size])
            with store.transaction() as session:
                changes = [Change(entity=entity, row=row) for row in rows]
                ops.store_rows(session, changes, hooks.after_apply)
        if extra:
            with store.transaction() as session:
                if entity == "customer":
                    ops.remove_customers(session, extra, hooks.after_remove)
                else:
                    ops.delete_rows(session, entity, extra)
        return len(stale) + len(extra)
