"""The client sync engine: push the outbox, pull changes, verify, repair (DESIGN.md principles).

It reads as a list of stages (`sync_now`: check device -> push -> pull -> verify)
and is safe to interrupt anywhere: each page and each acknowledgement is one
SQLite transaction together with the cursor or the outbox trim it implies, so
a killed process resumes where the last transaction ended. With a protocol-2
server the last push of a round also brings the pull's first page: one request,
and one transaction for the acknowledgement and that page. No Qt: the UI runs
it in a worker thread and polls `status()`.
"""

import gc
import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import partial
from typing import Any, Protocol

from sqlalchemy import bindparam, delete, func, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from sync.protocol.entities import ENTITIES
from sync.protocol.types import utcnow
from sync.protocol.wire import MAX_PAGE

from . import replica_ops as ops
from .errors import ClientError, ServerRefused, ServerUnreachable
from .http import ServerApi
from .tables import LocalConflict, Meta, OutboxEntry, Rejection, SentEntry
from .touched import Touched

log = logging.getLogger(__name__)

KEEP_SENT = timedelta(days=30)  # how far back a restored server backup can be repaired
PRUNE_EVERY = timedelta(hours=1)
LAST_SUCCESS_PRECISION = timedelta(minutes=1)  # stored at most this often: a write per round
# Rows per pull page: the most the server gives. The fewer the pages the less a download costs
# (100,000 customers: 13,800 rows/s with pages of 1,000, 18,300 with 5,000).
PAGE_SIZE = MAX_PAGE
# Rows per replica transaction in a full download (see `_pull`): 100,000 customers stored
# about 10 % quicker with four pages per commit than with one; the write lock is held about
# a second at a time, and a killed download resumes after its last commit.
COMMIT_ROWS = 4 * PAGE_SIZE

CURSOR, EPOCH, LAST_SUCCESS, DEVICE_CHECKED, BULK = (
    "sync.cursor",
    "sync.epoch",
    "sync.last_success",
    "sync.device_checked",
    "sync.bulk",  # a full download is under way (set with its first page)
)


class Store(Protocol):
    """The replica as the engine needs it (app.replica.Replica is one)."""

    def transaction(self) -> AbstractContextManager[Session]: ...

    def reading(self) -> AbstractContextManager[Session]: ...


class SyncAborted(ClientError):
    code = "sync_aborted"


@dataclass(frozen=True)
class SyncStatus:
    """A snapshot for the status bar: what the engine is doing and what waits."""

    state: str = "idle"  # idle | syncing | offline | error
    pending: int = 0
    last_success: datetime | None = None
    open_conflicts: int = 0
    rejected: int = 0
    received: int = 0  # rows received by the pull under way
    stage: str = ""
    error_code: str | None = None
    error: str | None = None


@dataclass
class SyncReport:
    pushed: int = 0
    rejected: int = 0
    conflicts: int = 0
    received: int = 0
    removed: int = 0
    repaired: int = 0
    pages: int = 0
    # customers handed to this user, grouped: {"from", "by", "reason", "customers": [ids]}
    arrived: list[dict[str, Any]] = field(default_factory=list)
    # what the round stored or removed in the replica, for the UI's change notice
    touched: Touched = field(default_factory=Touched)


@dataclass
class Hooks:
    """How the app keeps its own derived tables (search keys) in step with pulled rows.

    `bulk_start` / `bulk_end` bracket a full download (first sign-in, server restore): derived
    data that is cheaper to rebuild once than to maintain row by row can be suspended. They run
    in the transaction of the first page and of the last one, so an interrupted download
    resumes still suspended and ends with `bulk_end`.

    `prepare` sees each page's changes as soon as it arrives, in the thread that downloads the
    next page while the current one is stored: work it does there (and caches) overlaps with
    SQLite's writing, which lets other threads run. It must not touch the replica."""

    after_apply: ops.AfterApply | None = None
    after_remove: ops.AfterRemove | None = None
    bulk_start: Callable[[Session], None] | None = None
    bulk_end: Callable[[Session], None] | None = None
    prepare: Callable[[list[dict[str, Any]]], None] | None = None


class SyncEngine:
    def __init__(
        self,
        store: Store,
        api: ServerApi,
        token: Callable[[], str],
        *,
        hooks: Hooks | None = None,
        push_batch: int = 200,
        page_size: int = PAGE_SIZE,
        commit_rows: int = COMMIT_ROWS,
        verify_interval: float = 600.0,
    ) -> None:
        self.store = store
        self.api = api
        self.token = token
        self.hooks = hooks or Hooks()
        self.push_batch = push_batch
        self.page_size = page_size
        self.commit_rows = commit_rows
        # Counts cost the server a scan of the scope (about half a second for 100,000
        # customers): ask after a first download, after a restore, in the first round of a
        # session and then every `verify_interval` seconds, however often rounds run.
        self.verify_interval = verify_interval
        self._verified_at: float | None = None  # time.monotonic() of the last verification
        self._lock = threading.Lock()
        self._abort = threading.Event()
        self._status = SyncStatus()
        self._failures = 0
        self._force_counts = False
        self._meta_cache: dict[str, Any] = {}  # the engine is the only writer of its keys
        self._pruned_at: datetime | None = None

    # --- API for the UI --------------------------------------------------------------------

    def sync_now(self) -> SyncReport:
        """One full round: push everything pending, pull everything new, verify. Raises
        ClientError (ServerUnreachable when offline) after recording it in the status."""
        with self._lock:
            self._abort.clear()
            report = SyncReport()
            self._set(state="syncing", stage="push", received=0, error=None, error_code=None)
            try:
                try:
                    self._round(report)
                except ServerRefused as exc:
                    if exc.code != "epoch_changed":
                        raise
                    self._recover_epoch(exc.body.get("epoch"))
                    self._round(report)
            except ServerUnreachable as exc:
                self._failed("offline", exc)
                raise
            except ClientError as exc:
                self._failed("error", exc)
                raise
            now = utcnow()
            last = self._status.last_success
            if last is None or now - last > LAST_SUCCESS_PRECISION:
                self._set_meta(LAST_SUCCESS, now.isoformat())  # for "synced at" after a restart
            self._failures = 0
            self._set(state="idle", stage="", last_success=now)
            return report

    def _round(self, report: SyncReport) -> None:
        self._check_device()
        plan = self._plan_pull()
        self._set(stage="push")
        first = self._push(report, plan)
        self._set(stage="pull")
        self._pull(report, plan, first)
        self._refresh_counts()
        if self._status.pending:
            self._push(report)  # edits made while pulling go out at once
            self._refresh_counts()

    def status(self) -> SyncStatus:
        if self._status.last_success is None and (last := self._meta(LAST_SUCCESS)):
            self._set(last_success=datetime.fromisoformat(last))  # synced in an earlier run
        self._refresh_counts()
        return self._status

    def snapshot(self) -> SyncStatus:
        """The status as last set, without reading the replica: cheap enough to poll from
        the UI while a round runs in another thread (the snapshot is replaced, never mutated)."""
        return self._status

    def abort(self) -> None:
        """Stop at the next safe point (between two transactions)."""
        self._abort.set()

    def next_delay(self, idle_interval: float = 60.0) -> float:
        """Seconds until the next automatic round: bounded backoff after failures, quick
        when edits wait, so pending changes and a reachable server mean a push within 30 s."""
        if self._failures:
            return float(min(30, 2 ** min(self._failures, 5)))
        return 5.0 if self._status.pending else idle_interval

    def run_forever(self, stop: threading.Event, idle_interval: float = 60.0) -> None:
        """Background loop for headless use and tests; the UI drives rounds with a timer."""
        while not stop.is_set():
            try:
                self.sync_now()
            except ClientError as exc:
                log.info("sync failed: %s", exc.message)
            stop.wait(self.next_delay(idle_interval))

    # --- stages ----------------------------------------------------------------------------

    def _check_device(self) -> None:
        """A replica that never synced may sit on a device id the server has seen (reinstall):
        renumber its outbox above the server's last applied number so nothing is skipped."""
        if self._meta(DEVICE_CHECKED):
            return
        answer = self.api.push(self.token(), {"mutations": []})
        last = int(answer["last_applied"])
        with self.store.transaction() as session:
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
            _put_meta(session, EPOCH, answer["epoch"])
            _put_meta(session, DEVICE_CHECKED, True)
        self._meta_cache.update({EPOCH: answer["epoch"], DEVICE_CHECKED: True})

    def _push(self, report: SyncReport, plan: "PullPlan | None" = None) -> "FirstPage | None":
        """Send the outbox in batches. With a `plan`, the last batch asks a server that speaks
        protocol 2 for the first page of the pull too: that page is returned with the batch's
        acknowledgement, to be stored in one transaction (None: pull separately)."""
        while True:
            self._check_abort()
            with self.store.reading() as session:
                entries = session.scalars(
                    select(OutboxEntry).order_by(OutboxEntry.seq).limit(self.push_batch)
                ).all()
            if not entries:
                return None
            body: dict[str, Any] = {
                "mutations": [as_mutation(e) for e in entries],
                "epoch": self._meta(EPOCH),
            }
            together = (
                plan is not None
                and len(entries) < self.push_batch
                and self.api.server_protocol >= PULL_IN_PUSH
            )
            if together:
                body["pull"] = plan.body(plan.cursor)  # type: ignore[union-attr]
            answer = self.api.push(self.token(), body)
            if together and answer.get("pull") is not None:
                acknowledge = partial(self._acknowledge, answer, entries, report)
                return FirstPage(answer["pull"], acknowledge)
            with self.store.transaction() as session:
                self._acknowledge(answer, entries, report, session)

    def _acknowledge(
        self,
        answer: dict[str, Any],
        entries: Sequence[OutboxEntry],
        report: SyncReport,
        session: Session,
    ) -> None:
        last = int(answer["last_applied"])
        sent = {e.seq: e for e in entries}
        for result in answer["results"]:
            entry = sent.get(result["seq"])
            if entry is None:
                continue
            if result["status"] == "conflict":
                report.conflicts += 1
            if result["status"] == "rejected":
                report.rejected += 1
                report.touched.add(entry.entity, [entry.row_id])
                report.touched.add_all(REJECTION)
                session.merge(
                    Rejection(
                        seq=entry.seq,
                        entity=entry.entity,
                        row_id=entry.row_id,
                        op=entry.op,
                        changes=entry.changes,
                        reason=result.get("reason") or "rejected",
                        message=result.get("message") or "",
                    )
                )
        now = utcnow()
        ops.archive_acknowledged(session, last, now)
        if self._pruned_at is None or now - self._pruned_at > PRUNE_EVERY:
            ops.prune_sent(session, now - KEEP_SENT)
            self._pruned_at = now
        for result in answer["results"]:
            entry = sent.get(result["seq"])
            if entry is not None and result["status"] == "rejected":
                self._repair(session, entry.entity, entry.row_id, result.get("row"))
        report.pushed += sum(1 for seq in sent if seq <= last)

    def _recover_epoch(self, epoch: str | None) -> None:
        """The server lost changes (restored from a backup): send again every acknowledged
        mutation it no longer has, then re-read everything and verify (principle 8)."""
        log.warning("server epoch changed to %s: re-sending what it lost", epoch)
        self._set(stage="recover")
        last = int(self.api.push(self.token(), {"mutations": []})["last_applied"])
        while True:
            with self.store.reading() as session:
                lost = session.scalars(
                    select(SentEntry)
                    .where(SentEntry.seq > last)
                    .order_by(SentEntry.seq)
                    .limit(self.push_batch)
                ).all()
            if not lost:
                break
            answer = self.api.push(self.token(), {"mutations": [as_mutation(e) for e in lost]})
            last = int(answer["last_applied"])
        with self.store.transaction() as session:
            _put_meta(session, EPOCH, epoch)
            _put_meta(session, CURSOR, "")
        self._meta_cache.update({EPOCH: epoch, CURSOR: ""})
        self._force_counts = True

    def _repair(
        self, session: Session, entity: str, row_id: str, row: dict[str, Any] | None
    ) -> None:
        """After a rejection the local row goes back to the server's (plus other pending edits)."""
        if row is not None:
            ops.store_rows(session, [{"entity": entity, "row": row}], self.hooks.after_apply)
            return
        pending = ops.pending_by_row(session, [row_id]).get(row_id)
        if not pending:
            ops.delete_rows(session, entity, [row_id])
            if entity == "customer" and self.hooks.after_remove:
                self.hooks.after_remove(session, [row_id])

    def _plan_pull(self) -> "PullPlan":
        cursor = self._meta(CURSOR) or ""
        due = self._verified_at is None or (
            time.monotonic() - self._verified_at >= self.verify_interval
        )
        return PullPlan(
            cursor=cursor,
            suspended=bool(self._meta(BULK)),  # by the first page of a full download
            counts=self._force_counts or not cursor or due,
            epoch=self._meta(EPOCH),
            limit=self.page_size,
        )

    def _pull(self, report: SyncReport, plan: "PullPlan", first: "FirstPage | None") -> None:
        """Pages until the server has nothing more. While one page is stored the next one
        downloads (and the server reads it), so network, server and disk work side by side.

        A full download stores pages in transactions of `commit_rows` rows or more: rows land
        all over every index, so each commit rewrites most index pages whatever its size, and
        fewer commits cost less. A killed download resumes after the last committed one."""
        suspended = plan.suspended
        full = not plan.cursor or suspended
        prefetch: ThreadPoolExecutor | None = None
        stack = ExitStack()
        try:
            if full:
                stack.enter_context(_cycle_collection_paused())
            page = self._fetch(plan.body(plan.cursor)) if first is None else first.page
            while True:
                stored = 0
                with self.store.transaction() as session:
                    if first is not None:  # the push that brought this page: acknowledged first
                        first.acknowledge(session)
                        first = None
                    while True:
                        coming: Future[dict[str, Any]] | None = None
                        if page["more"]:
                            prefetch = prefetch or ThreadPoolExecutor(
                                1, thread_name_prefix="outpost-pull"
                            )
                            coming = prefetch.submit(self._fetch, plan.body(page["cursor"]))
                        last = coming is None
                        self._store_page(session, page, start=full and not suspended and not last,
                                         end=suspended and last)  # fmt: skip
                        suspended = full and not last
                        stored += len(page["changes"]) + len(page["removed"])
                        self._tally(report, page)
                        # one transaction per page, except in a full download (`commit_rows`);
                        # stopped by `abort`, it commits what it stored
                        if (
                            coming is None  # `last`, in terms the type checker follows
                            or not full
                            or stored >= self.commit_rows
                            or self._abort.is_set()
                        ):
                            break
                        page = coming.result()
                self._meta_cache[CURSOR] = page["cursor"]
                self._meta_cache[BULK] = suspended or None
                if coming is None:  # the last page
                    if "counts" in page:
                        report.repaired += self._verify(page["counts"], report.touched)
                        self._verified_at = time.monotonic()
                        self._force_counts = False
                    return
                self._check_abort()
                page = coming.result()
        finally:
            stack.close()
            if prefetch is not None:
                prefetch.shutdown(wait=False, cancel_futures=True)

    def _store_page(
        self, session: Session, page: dict[str, Any], *, start: bool, end: bool
    ) -> None:
        """Store one page and the cursor after it; `start` / `end` a bulk download."""
        if start:
            self._bulk(session, start=True)
        ops.store_rows(session, page["changes"], self.hooks.after_apply)
        ops.remove_customers(session, page["removed"], self.hooks.after_remove)
        _put_meta(session, CURSOR, page["cursor"])
        if end:
            self._bulk(session, start=False)

    def _tally(self, report: SyncReport, page: dict[str, Any]) -> None:
        report.pages += 1
        report.touched.add_changes(page["changes"])
        if page["removed"]:
            report.touched.add("customer", page["removed"])
            for entity in ENTITIES:  # their children went with them, unnamed
                if entity != "customer":
                    report.touched.add_all(entity)
        report.received += len(page["changes"])
        report.removed += len(page["removed"])
        report.arrived += page.get("arrived", [])
        self._set(received=report.received)

    def _fetch(self, body: dict[str, Any]) -> dict[str, Any]:
        page = self.api.pull(self.token(), body)
        if self.hooks.prepare is not None:
            try:
                self.hooks.prepare(page["changes"])
            except Exception:  # only a head start: storing the page does the work anyway
                log.exception("preparing a pulled page failed; storing it without")
        return page

    def _bulk(self, session: Session, *, start: bool) -> None:
        """Suspend derived data for a download of many pages, or rebuild it after the last."""
        hook = self.hooks.bulk_start if start else self.hooks.bulk_end
        if hook is not None:
            hook(session)
        if start:
            _put_meta(session, BULK, True)
        else:
            session.execute(delete(Meta).where(Meta.key == BULK))

    def _verify(self, server_counts: dict[str, list[int]], touched: Touched) -> int:
        """Compare counts per entity; re-fetch only what differs (principle 8), never reset."""
        with self.store.reading() as session:
            mine = ops.local_counts(session)
        repaired = 0
        for entity, expected in server_counts.items():
            if entity not in mine or mine[entity] == expected:
                continue
            log.warning(
                "replica has %s %s rows, server %s: repairing", mine[entity], entity, expected
            )
            repaired += self._repair_entity(entity)
            touched.add_all(entity)
        return repaired

    def _repair_entity(self, entity: str) -> int:
        theirs = self.api.versions(self.token(), entity)
        with self.store.reading() as session:
            mine = ops.local_versions(session, entity)
        stale = [row_id for row_id, version in theirs.items() if mine.get(row_id) != version]
        extra = [row_id for row_id in mine if row_id not in theirs]
        for start in range(0, len(stale), self.page_size):
            rows = self.api.rows(self.token(), entity, stale[start : start + self.page_size])
            with self.store.transaction() as session:
                ops.store_rows(
                    session, [{"entity": entity, "row": r} for r in rows], self.hooks.after_apply
                )
        if extra:
            with self.store.transaction() as session:
                if entity == "customer":
                    ops.remove_customers(session, extra, self.hooks.after_remove)
                else:
                    ops.delete_rows(session, entity, extra)
        return len(stale) + len(extra)

    # --- helpers ---------------------------------------------------------------------------

    def _check_abort(self) -> None:
        if self._abort.is_set():
            raise SyncAborted("Sync was stopped.")

    def _failed(self, state: str, exc: ClientError) -> None:
        self._failures += 1
        self._set(state=state, stage="", error=exc.message, error_code=exc.code)

    def _set(self, **changes: Any) -> None:
        self._status = replace(self._status, **changes)

    def _refresh_counts(self) -> None:
        with self.store.reading() as session:
            pending, conflicts, rejected = session.execute(_COUNTS).one()
        self._set(pending=pending, open_conflicts=conflicts, rejected=rejected)

    def _meta(self, key: str) -> Any:
        if key not in self._meta_cache:
            with self.store.reading() as session:
                value = session.scalar(select(Meta.value).where(Meta.key == key))
            self._meta_cache[key] = value
        return self._meta_cache[key]

    def _set_meta(self, key: str, value: Any) -> None:
        with self.store.transaction() as session:
            _put_meta(session, key, value)
        self._meta_cache[key] = value


@dataclass(frozen=True)
class FirstPage:
    """A pull page that came with a push answer, and that push's acknowledgement."""

    page: dict[str, Any]
    acknowledge: Callable[[Session], None]


_META = Meta.__table__
_PUT_META = (
    sqlite_insert(_META)
    .values(key=bindparam("key"), value=bindparam("value", type_=_META.c.value.type))
    .on_conflict_do_update(index_elements=[_META.c.key], set_={"value": bindparam("value")})
)


@contextmanager
def _cycle_collection_paused() -> Iterator[None]:
    """A full download allocates millions of dicts and lists that live for one page and are
    in no reference cycle: the cyclic collector traversed them again and again (about 5 % of
    a 100,000-customer download). Reference counting frees them all the same."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _put_meta(session: Session, key: str, value: Any) -> None:
    """Set one key: a single statement (session.merge reads the row first)."""
    session.execute(_PUT_META, {"key": key, "value": value})


@dataclass(frozen=True)
class PullPlan:
    """What a round's pull asks for, fixed before its push (which may carry the first page)."""

    cursor: str
    suspended: bool  # a full download under way: derived data is suspended
    counts: bool
    epoch: str | None
    limit: int

    def body(self, after: str) -> dict[str, Any]:
        return {"cursor": after, "limit": self.limit, "epoch": self.epoch, "counts": self.counts}


REJECTION = "rejection"  # the change notice's name for the table of refused edits
PULL_IN_PUSH = 2  # the server protocol that answers a push with the first page of a pull
_COUNTED = (OutboxEntry, LocalConflict, Rejection)
_COUNTS = select(*(select(func.count()).select_from(t).scalar_subquery() for t in _COUNTED))


def as_mutation(entry: OutboxEntry | SentEntry) -> dict[str, Any]:
    """An outbox (or sent) entry as the server takes it."""
    at = entry.created_at.isoformat() if entry.created_at else None
    return {**{key: getattr(entry, key) for key in ops.MUTATION_FIELDS}, "at": at}
