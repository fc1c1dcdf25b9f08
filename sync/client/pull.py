"""Pull: pages of changes after the replica's cursor, stored as they come (principles 5-8).

While one page is stored the next one downloads (and the server reads it) in a thread of its
own, so network, server and disk work side by side. Each page is one transaction with the
cursor after it, so a killed process resumes after the last page it committed; a full download
(first sign-in, server restore) commits every `commit_rows` rows instead, with the app's
derived data suspended from its first page to its last.
"""

import gc
import logging
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from types import TracebackType

from sqlalchemy.orm import Session

from sync.protocol.wire import PullPage, PullRequest

from . import replica_ops as ops
from .context import BULK, CURSOR, Context, Facts
from .report import SyncReport

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PullPlan:
    """What a round's pull asks for, fixed before its push (which may carry the first page)."""

    cursor: str
    suspended: bool  # a full download under way: derived data is suspended
    counts: bool
    epoch: str | None
    limit: int

    @property
    def full(self) -> bool:
        """Everything in scope comes: a first download, or one resumed."""
        return not self.cursor or self.suspended

    def request(self, after: str) -> PullRequest:
        return PullRequest(cursor=after, limit=self.limit, epoch=self.epoch, counts=self.counts)


@dataclass(frozen=True)
class FirstPage:
    """A pull page that came with a push answer, and that push's acknowledgement."""

    page: PullPage
    acknowledge: Callable[[Session], None]


class Puller:
    def __init__(self, context: Context, commit_rows: int, progress: Callable[[int], None]) -> None:
        self.context = context
        self.commit_rows = commit_rows
        self.progress = progress  # rows received so far in this round

    def pull(self, report: SyncReport, plan: PullPlan, first: FirstPage | None) -> PullPage:
        """Pages until the server has nothing more; returns the last one (with the counts to
        verify, when the plan asked for them)."""
        with ExitStack() as stack:
            if plan.full:
                stack.enter_context(_cycle_collection_paused())
            ahead = stack.enter_context(Prefetch(lambda cursor: self._fetch(plan, cursor)))
            page = first.page if first else self._fetch(plan, plan.cursor)
            acknowledge = first.acknowledge if first else None
            bulk = Bulk(full=plan.full, suspended=plan.suspended)
            while True:
                with self.context.store.transaction() as session:
                    if acknowledge is not None:  # the push that brought the page: stored with it
                        acknowledge(session)
                        acknowledge = None
                    page = self._store_pages(session, page, ahead, bulk, report)
                self.context.facts.remember(CURSOR, page["cursor"])
                self.context.facts.remember(BULK, bulk.suspended or None)
                if not page["more"]:
                    return page
                self.context.check_abort()
                page = ahead.result()  # waited for outside the transaction

    def _store_pages(
        self, session: Session, page: PullPage, ahead: "Prefetch", bulk: "Bulk", report: SyncReport
    ) -> PullPage:
        """Store `page` and, in a full download, the pages after it until `commit_rows` rows
        (or an abort: what is stored commits). Returns the last page stored.

        A full download commits rarely because rows land all over every index: each commit
        rewrites most index pages whatever its size (100,000 customers: ~10 % quicker)."""
        stored = 0
        while True:
            ahead.start(page)
            last = not page["more"]
            start, end = bulk.step(last)
            self._store_page(session, page, start=start, end=end)
            report.add_page(page)
            self.progress(report.received)
            stored += len(page["changes"]) + len(page["removed"])
            if last or not bulk.full or stored >= self.commit_rows or self.context.abort.is_set():
                return page
            page = ahead.result()

    def _store_page(self, session: Session, page: PullPage, *, start: bool, end: bool) -> None:
        """Store one page and the cursor after it; `start` / `end` a bulk download."""
        hooks = self.context.hooks
        if start:
            if hooks.bulk_start is not None:
                hooks.bulk_start(session)
            Facts.write(session, BULK, True)
        ops.store_rows(session, page["changes"], hooks.after_apply)
        ops.remove_customers(session, page["removed"], hooks.after_remove)
        Facts.write(session, CURSOR, page["cursor"])
        if end:
            if hooks.bulk_end is not None:
                hooks.bulk_end(session)
            Facts.erase(session, BULK)

    def _fetch(self, plan: PullPlan, cursor: str) -> PullPage:
        context = self.context
        page = context.api.pull(context.token(), plan.request(cursor))
        if context.hooks.prepare is not None:
            try:
                context.hooks.prepare(page["changes"])
            except Exception:  # only a head start: storing the page does the work anyway
                log.exception("preparing a pulled page failed; storing it without")
        return page


class Bulk:
    """Whether the app's derived data is suspended, page by page of a download."""

    def __init__(self, *, full: bool, suspended: bool) -> None:
        self.full = full
        self.suspended = suspended

    def step(self, last: bool) -> tuple[bool, bool]:
        """(suspend before this page, resume after it): a full download suspends with its
        first page unless it is also its last, and resumes after its last."""
        start = self.full and not self.suspended and not last
        end = self.suspended and last
        self.suspended = self.full and not last
        return start, end


class Prefetch:
    """Downloads the page after the one being stored, in a thread of its own."""

    def __init__(self, fetch: Callable[[str], PullPage]) -> None:
        self._fetch = fetch
        self._pool: ThreadPoolExecutor | None = None
        self._coming: Future[PullPage] | None = None

    def start(self, page: PullPage) -> None:
        """Start fetching the page after `page`, if there is one."""
        if not page["more"]:
            return
        self._pool = self._pool or ThreadPoolExecutor(1, thread_name_prefix="outpost-pull")
        self._coming = self._pool.submit(self._fetch, page["cursor"])

    def result(self) -> PullPage:
        coming, self._coming = self._coming, None
        assert coming is not None, "result() without start()"
        return coming.result()

    def __enter__(self) -> "Prefetch":
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)


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
