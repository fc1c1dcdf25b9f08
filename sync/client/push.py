"""Push: the outbox in order and in batches, and the server's answer stored (principles 1-4).

An entry leaves the outbox only with the acknowledgement that says the server applied it, in
one transaction; it then waits in `sent` for a while, in case the server is restored from a
backup that predates it (principle 8). A refused edit is kept as a rejection and its row goes
back to the server's.
"""

from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import partial

from pydantic import ValidationError
from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from sync.protocol.types import utcnow
from sync.protocol.wire import (
    Mutation,
    MutationResult,
    PushRequest,
    PushResponse,
    ResultStatus,
    WireRow,
)

from . import replica_ops as ops
from .context import CURSOR, DEVICE_CHECKED, EPOCH, Context
from .errors import ClientError
from .poison import Quarantine
from .pull import FirstPage, PullPlan
from .repair import Repair
from .report import SyncReport
from .tables import OutboxEntry, Rejection, SentEntry

KEEP_SENT = timedelta(days=30)  # how far back a restored server backup can be repaired
PRUNE_EVERY = timedelta(hours=1)
PULL_IN_PUSH = 2  # the server protocol that answers a push with the first page of a pull
ORDERED_RESEND = 3  # the server protocol that applies re-sent changes in their original order
REJECTION = "rejection"  # the change notice's name for the table of refused edits


class InvalidMutation(ClientError):
    """An outbox entry that is not a mutation the protocol can carry."""

    code = "invalid_mutation"

    def __init__(self, seq: int, problem: str) -> None:
        super().__init__(f"Change number {seq} cannot be sent: {problem}")
        self.seq = seq


def mutation_of(entry: OutboxEntry | SentEntry) -> Mutation:
    """An outbox (or sent) entry as the server takes it: the one conversion from the outbox,
    checked by the same model the server validates with."""
    try:
        return Mutation(
            seq=entry.seq,
            entity=entry.entity,
            row_id=entry.row_id,
            op=entry.op,
            changes=entry.changes,
            base=entry.base,
            at=entry.created_at,
        )
    except ValidationError as exc:
        raise InvalidMutation(entry.seq, str(exc)) from exc


class Pusher:
    def __init__(self, context: Context, repair: Repair, batch: int) -> None:
        self.context = context
        self.repair = repair
        self.batch = batch  # mutations per request
        self.quarantine = Quarantine(context, repair)
        self._pruned_at: datetime | None = None

    def check_device(self) -> None:
        """A replica that never synced may sit on a device id the server has seen (reinstall):
        renumber its outbox above the server's last applied number so nothing is skipped."""
        facts = self.context.facts
        if facts.get(DEVICE_CHECKED):
            return
        answer = self._send(PushRequest(mutations=[]))
        last = answer["last_applied"]
        with self.context.store.transaction() as session:
            lowest = session.scalar(select(func.min(OutboxEntry.seq)))
            if lowest is not None and lowest <= last:
                shift = last - lowest + 1
                session.execute(update(OutboxEntry).values(seq=OutboxEntry.seq + shift + 1_000_000))
                session.execute(update(OutboxEntry).values(seq=OutboxEntry.seq - 1_000_000))
            top = session.scalar(select(func.max(OutboxEntry.seq))) or 0
            session.execute(
                text("UPDATE sqlite_sequence SET seq = :seq WHERE name = 'outbox' AND seq < :seq"),
                {"seq": max(top, last)},
            )
            facts.write(session, EPOCH, answer["epoch"])
            facts.write(session, DEVICE_CHECKED, True)
        facts.remember(EPOCH, answer["epoch"])
        facts.remember(DEVICE_CHECKED, True)

    def push(self, report: SyncReport, plan: PullPlan | None = None) -> FirstPage | None:
        """Send the outbox in batches. With a `plan`, the last batch asks a server that speaks
        protocol 2 for the first page of the pull too: that page is returned with the batch's
        acknowledgement, to be stored in one transaction (None: pull separately)."""
        while True:
            self.context.check_abort()
            size = self.quarantine.batch_size(self.batch)
            with self.context.store.reading() as session:
                query = select(OutboxEntry).order_by(OutboxEntry.seq).limit(size)
                entries = session.scalars(query).all()
            if not entries:
                self.quarantine.passed(entries)
                return None
            last_batch = len(entries) < size
            pull = plan if last_batch and self.context.api.server_protocol >= PULL_IN_PUSH else None
            try:
                answer = self._send(self._request(entries, pull))
            except ClientError as exc:  # one entry the server cannot take must not stop all
                if self.quarantine.failed(entries, exc):
                    continue
                raise
            self.quarantine.passed(entries)
            page = answer.get("pull")
            if pull is not None and page is not None:
                return FirstPage(page, partial(self.acknowledge, answer, entries, report))
            with self.context.store.transaction() as session:
                self.acknowledge(answer, entries, report, session)

    def _request(self, entries: Sequence[OutboxEntry], pull: PullPlan | None) -> PushRequest:
        mutations = [mutation_of(e) for e in entries]
        epoch = self.context.facts.get(EPOCH)
        if pull is None:  # not even null: a protocol-1 server refuses the field
            return PushRequest(mutations=mutations, epoch=epoch)
        return PushRequest(mutations=mutations, epoch=epoch, pull=pull.request(pull.cursor))

    def acknowledge(
        self,
        answer: PushResponse,
        entries: Sequence[OutboxEntry],
        report: SyncReport,
        session: Session,
    ) -> None:
        """Store the answer: rejections kept and their rows repaired, applied entries moved
        from the outbox to `sent`."""
        last = answer["last_applied"]
        sent = {e.seq: e for e in entries}
        refused: list[tuple[OutboxEntry, WireRow | None]] = []
        for result in answer["results"]:
            entry = sent.get(result["seq"])
            if entry is not None and _note(result, entry, report, session):
                refused.append((entry, result.get("row")))
        now = utcnow()
        ops.archive_acknowledged(session, last, now)
        if self._pruned_at is None or now - self._pruned_at > PRUNE_EVERY:
            ops.prune_sent(session, now - KEEP_SENT)
            self._pruned_at = now
        for entry, row in refused:
            self.repair.refused(session, entry.entity, entry.row_id, row)
        report.pushed += sum(1 for seq in sent if seq <= last)

    def resend_lost(self, epoch: str | None) -> None:
        """The server lost changes (restored from a backup): send again every acknowledged
        mutation it no longer has; the caller then re-reads everything and verifies.

        Marked as a re-send to a server that knows the mark: it applies each field only if it
        was made later than the value it holds, so devices may reconnect in any order (issue
        17, item 12). An older server refuses fields it does not know: it gets none."""
        last = self._send(PushRequest(mutations=[]))["last_applied"]
        ordered = self.context.api.server_protocol >= ORDERED_RESEND
        while True:
            with self.context.store.reading() as session:
                lost = session.scalars(
                    select(SentEntry)
                    .where(SentEntry.seq > last)
                    .order_by(SentEntry.seq)
                    .limit(self.batch)
                ).all()
            if not lost:
                break
            mutations = [mutation_of(e) for e in lost]
            request = (
                PushRequest(mutations=mutations, resend=True)
                if ordered
                else PushRequest(mutations=mutations)
            )
            last = self._send(request)["last_applied"]
        facts = self.context.facts
        with self.context.store.transaction() as session:
            facts.write(session, EPOCH, epoch)
            facts.write(session, CURSOR, "")
        facts.remember(EPOCH, epoch)
        facts.remember(CURSOR, "")

    def _send(self, request: PushRequest) -> PushResponse:
        return self.context.api.push(self.context.token(), request)


def _note(result: MutationResult, entry: OutboxEntry, report: SyncReport, session: Session) -> bool:
    """Count one result into the report and keep a refused edit; True if it was refused."""
    if result["status"] == ResultStatus.CONFLICT:
        report.conflicts += 1
    if result["status"] != ResultStatus.REJECTED:
        return False
    report.rejected += 1
    report.touched.add(entry.entity, [entry.row_id])
    report.touched.add_all(REJECTION)
    rejection = Rejection(
        seq=entry.seq,
        entity=entry.entity,
        row_id=entry.row_id,
        op=entry.op,
        changes=entry.changes,
        reason=result.get("reason") or "rejected",
        message=result.get("message") or "",
    )
    session.merge(rejection)
    return True
