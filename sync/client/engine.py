"""The client sync engine: a round is a list of stages (`SyncEngine._round`), with the status the
UI shows and the abort it may ask for. No Qt: the UI runs rounds in a worker thread and reads
`snapshot()` / `status()` from its own.

The stages live in modules of their own: `push` (the outbox out, acknowledgements in), `pull`
(pages, prefetch and bulk writing), `repair` (count check and re-fetch). Each transaction ends
at a safe point (a page with its cursor, an acknowledgement with the outbox trim it implies),
so a killed process resumes where the last transaction ended. With a protocol-2 server the
last push of a round also brings the pull's first page: one request, and one transaction for
the acknowledgement and that page.
"""

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from sync.protocol.tiers import HISTORY_REASON
from sync.protocol.types import utcnow
from sync.protocol.wire import MAX_PAGE

from .context import BULK, CURSOR, EPOCH, LAST_SUCCESS, Context, Facts, Hooks, Store
from .errors import ClientError, ServerRefused, ServerUnreachable, SyncAborted
from .http import ServerApi
from .pull import Puller, PullPlan
from .push import Pusher
from .repair import Repair
from .report import SyncReport
from .tables import LocalConflict, OutboxEntry, Rejection

__all__ = [
    "COMMIT_ROWS",
    "PAGE_SIZE",
    "Hooks",
    "Store",
    "SyncAborted",
    "SyncEngine",
    "SyncReport",
    "SyncStatus",
]

log = logging.getLogger(__name__)

LAST_SUCCESS_PRECISION = timedelta(minutes=1)  # stored at most this often: a write per round
# Rows per pull page: the most the server gives. The fewer the pages the less a download costs
# (100,000 customers: 13,800 rows/s with pages of 1,000, 18,300 with 5,000).
PAGE_SIZE = MAX_PAGE
# Rows per replica transaction in a full download (see `pull`): 100,000 customers stored
# about 10 % quicker with four pages per commit than with one; the write lock is held about
# a second at a time, and a killed download resumes after its last commit.
COMMIT_ROWS = 4 * PAGE_SIZE


@dataclass(frozen=True)
class SyncStatus:
    """A snapshot for the status bar: what the engine is doing and what waits."""

    state: str = "idle"  # idle | syncing | offline | error
    pending: int = 0
    last_success: datetime | None = None
    open_conflicts: int = 0
    rejected: int = 0
    received: int = 0  # rows received by the pull under way
    stage: str = ""  # push | pull | check | recover
    error_code: str | None = None
    error: str | None = None


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
        self._abort = threading.Event()
        self._context = Context(store, api, token, hooks or Hooks(), Facts(store), self._abort)
        self.push_batch = push_batch
        self.page_size = page_size
        self.commit_rows = commit_rows
        # Counts cost the server a scan of the scope (about half a second for 100,000
        # customers): ask after a first download, after a restore, in the first round of a
        # session and then every `verify_interval` seconds, however often rounds run.
        self.verify_interval = verify_interval
        self._verified_at: float | None = None  # time.monotonic() of the last verification
        self._force_counts = False
        self._failures = 0
        self._repair = Repair(self._context, page_size)
        self._pusher = Pusher(self._context, self._repair, push_batch)
        self._puller = Puller(self._context, commit_rows, lambda rows: self._set(received=rows))
        self._round_lock = threading.Lock()  # one round at a time
        # The status is replaced, never changed in place; `_status_lock` makes each replace
        # atomic (the GUI thread and the worker both update it), and `_counts_lock` makes
        # reading the counts and storing them one step, so the counts stored last are the
        # ones read last, whichever thread read them.
        self._status = SyncStatus()
        self._status_lock = threading.Lock()
        self._counts_lock = threading.Lock()

    @property
    def store(self) -> Store:
        return self._context.store

    @property
    def api(self) -> ServerApi:
        return self._context.api

    @property
    def token(self) -> Callable[[], str]:
        return self._context.token

    @property
    def hooks(self) -> Hooks:
        return self._context.hooks

    @hooks.setter
    def hooks(self, hooks: Hooks) -> None:
        self._context.hooks = hooks

    # --- API for the UI --------------------------------------------------------------------

    def sync_now(self) -> SyncReport:
        """One full round: push everything pending, pull everything new, verify. Raises
        ClientError (ServerUnreachable when offline) after recording it in the status."""
        with self._round_lock:
            self._abort.clear()
            report = SyncReport()
            self._set(state="syncing", stage="push", received=0, error=None, error_code=None)
            try:
                self._round_after_restore(report)
            except ServerUnreachable as exc:
                self._failed("offline", exc)
                raise
            except ClientError as exc:
                self._failed("error", exc)
                raise
            self._succeeded()
            return report

    def status(self) -> SyncStatus:
        """The status with fresh counts from the replica (a few small reads)."""
        if self._status.last_success is None and (last := self._context.facts.get(LAST_SUCCESS)):
            with self._status_lock:  # synced in an earlier run, unless a round just ended
                if self._status.last_success is None:
                    when = datetime.fromisoformat(last)
                    self._status = replace(self._status, last_success=when)
        self._refresh_counts()
        return self._status

    def snapshot(self) -> SyncStatus:
        """The status as last set, without reading the replica: cheap enough to poll from
        the UI while a round runs in another thread (the snapshot is replaced, never mutated)."""
        return self._status

    def abort(self) -> None:
        """Stop at the next safe point (between two transactions), cutting the request under
        way if there is one (it raises SyncAborted)."""
        self._abort.set()
        self.api.abort()

    @contextmanager
    def between_rounds(self) -> Iterator[bool]:
        """True if no round runs, and then none starts until the block ends: what is still
        in the outbox has not been sent and will not be sent meanwhile (an undo may take it
        back). False while a round runs; the block must not wait for it."""
        idle = self._round_lock.acquire(blocking=False)
        try:
            yield idle
        finally:
            if idle:
                self._round_lock.release()

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

    # --- the stages --------------------------------------------------------------------------

    def _round(self, report: SyncReport) -> None:
        self._pusher.check_device()
        plan = self._plan_pull()
        self._set(stage="push")
        first = self._pusher.push(report, plan)
        self._set(stage="pull")
        last = self._puller.pull(report, plan, first)
        if "counts" in last:
            self._set(stage="check")
            report.repaired += self._repair.verify(last["counts"], report.touched)
            self._verified_at = time.monotonic()
            self._force_counts = False
        self._refresh_counts()
        if self._status.pending:
            self._set(stage="push")
            self._pusher.push(report)  # edits made while pulling go out at once
            self._refresh_counts()

    def _round_after_restore(self, report: SyncReport) -> None:
        """A round; if the server was restored from a backup meanwhile, first send it again
        what it lost, then a round that re-reads everything and verifies (principle 8)."""
        try:
            self._round(report)
        except ServerRefused as exc:
            if exc.code != "epoch_changed":
                raise
            epoch = exc.body.get("epoch")
            log.warning("server epoch changed to %s: re-sending what it lost", epoch)
            self._set(stage="recover")
            self._pusher.resend_lost(epoch)
            self._force_counts = True
            self._round(report)

    def _plan_pull(self) -> PullPlan:
        facts = self._context.facts
        cursor = facts.get(CURSOR) or ""
        due = self._verified_at is None or (
            time.monotonic() - self._verified_at >= self.verify_interval
        )
        return PullPlan(
            cursor=cursor,
            suspended=bool(facts.get(BULK)),  # by the first page of a full download
            counts=self._force_counts or not cursor or due,
            epoch=facts.get(EPOCH),
            limit=self.page_size,
        )

    # --- status ------------------------------------------------------------------------------

    def _succeeded(self) -> None:
        now = utcnow()
        last = self._status.last_success
        if last is None or now - last > LAST_SUCCESS_PRECISION:
            self._context.facts.set(LAST_SUCCESS, now.isoformat())  # "synced at" after a restart
        self._failures = 0
        self._set(state="idle", stage="", last_success=now)

    def _failed(self, state: str, exc: ClientError) -> None:
        self._failures += 1
        self._set(state=state, stage="", error=exc.message, error_code=exc.code)

    def _set(self, **changes: Any) -> None:
        with self._status_lock:
            self._status = replace(self._status, **changes)

    def _refresh_counts(self) -> None:
        with self._counts_lock:
            with self.store.reading() as session:
                pending, conflicts, rejected = session.execute(_COUNTS).one()
            self._set(pending=pending, open_conflicts=conflicts, rejected=rejected)


_COUNTED = (OutboxEntry, LocalConflict, Rejection)
_COUNTS = select(
    select(func.count()).select_from(OutboxEntry).scalar_subquery(),
    # a tier the server computed is the customer's history, not a conflict (issue 19)
    select(func.count())
    .select_from(LocalConflict)
    .where(LocalConflict.reason != HISTORY_REASON)
    .scalar_subquery(),
    select(func.count()).select_from(Rejection).scalar_subquery(),
)
