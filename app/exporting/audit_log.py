"""Exports recorded in the server's audit log: sent at once when online; offline (or when the
sending fails) kept in a small queue in the replica's meta table and sent after the next good
sync round (`AppSyncEngine.sync_now`). The server records an id once, so a queue sent twice
(its answer lost) costs nothing."""

import logging
import threading
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from pydantic import TypeAdapter, ValidationError

from sync.client.errors import ClientError, ServerRefused
from sync.client.http import ServerApi, read_answer
from sync.protocol.staff import (
    ExportFormat,
    ExportKind,
    ExportRecord,
    ExportReport,
    ExportsRecorded,
)
from sync.protocol.types import utcnow

from ..local_tables import Meta
from ..replica import Replica

log = logging.getLogger(__name__)

QUEUE = "export_audit_queue"  # meta key: a list of ExportRecord as JSON
BATCH = 200  # ExportReport's limit
_RECORDS = TypeAdapter(list[ExportRecord])
_SENDING = threading.Lock()  # one flush at a time (the sync thread's and the network lane's)


def new_record(
    kind: ExportKind,
    format: ExportFormat,
    rows: int,
    filter: str = "",
    customer_id: str | None = None,
    at: datetime | None = None,
) -> ExportRecord:
    return ExportRecord(
        id=str(uuid.uuid4()),
        kind=kind,
        format=format,
        rows=rows,
        filter=filter[:500],
        customer_id=customer_id,
        at=at or utcnow(),
    )


class ExportLog:
    def __init__(
        self, replica: Replica, api: ServerApi | None, token: Callable[[], str] | None
    ) -> None:
        self.replica = replica
        self.api = api
        self.token = token

    def note(self, record: ExportRecord) -> None:
        """Queue an export (a replica write: the DB lane); `flush` sends it."""
        with self.replica.transaction() as session:
            queued = session.get(Meta, QUEUE)
            entries = list(queued.value) if queued is not None and queued.value else []
            entries.append(record.model_dump(mode="json"))
            session.merge(Meta(key=QUEUE, value=entries))

    def pending(self) -> list[ExportRecord]:
        raw = self.replica.get_meta(QUEUE, [])
        try:
            return _RECORDS.validate_python(raw)
        except ValidationError:  # written by an older Outpost in another shape: drop it
            log.warning("export audit queue unreadable, dropped: %r", raw)
            self._forget(None)
            return []

    def flush(self) -> int:
        """Send what is queued (network: never on the GUI thread); how many the server took.
        Offline: nothing sent, all kept. A batch the server refuses as invalid is dropped
        (and logged): it would be refused forever."""
        if self.api is None or self.token is None:
            return 0
        if not _SENDING.acquire(blocking=False):
            return 0  # another flush is sending them
        try:
            return self._send(self.api, self.token)
        finally:
            _SENDING.release()

    def _send(self, api: ServerApi, token: Callable[[], str]) -> int:
        sent = 0
        while batch := self.pending()[:BATCH]:
            body = ExportReport(exports=batch).model_dump(mode="json")
            try:
                answer = api.call("POST", "/audit/exports", token=token(), json=body)
                read_answer(ExportsRecorded, answer)
            except ServerRefused as exc:
                if exc.status != 422:
                    raise
                log.warning("export audit entries refused (%s), dropped", exc.message)
            self._forget({record.id for record in batch})
            sent += len(batch)
        return sent

    def flush_quietly(self) -> int:
        """`flush` for a side job (after a sync round, after an export): failures are logged."""
        try:
            return self.flush()
        except ClientError as exc:
            log.info("exports not yet recorded on the server: %s", exc.message)
        except Exception:
            log.exception("exports not recorded on the server")
        return 0

    def _forget(self, ids: set[str] | None) -> None:
        with self.replica.transaction() as session:
            queued = session.get(Meta, QUEUE)
            if queued is None:
                return
            kept: list[Any] = (
                []
                if ids is None
                else [entry for entry in queued.value or [] if entry.get("id") not in ids]
            )
            session.merge(Meta(key=QUEUE, value=kept))
