"""The sync engine for one signed-in account: its replica, its server, its tokens.

After a good round the app also keeps what is not part of the replica's rows: which customers
were handed to the user (`Arrivals`), and the colleague directory, refreshed at most every few
minutes (it changes rarely, rounds run every 30 s).
"""

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select

from sync.client.engine import SyncEngine, SyncReport
from sync.client.errors import ClientError
from sync.client.http import ServerApi
from sync.protocol.types import utcnow
from sync.protocol.wire import DeviceReport, PushRequest

from .about import client_version, replica_bytes
from .account import Account, Accounts
from .arrivals import Arrivals
from .directory import Directory
from .exporting.audit_log import ExportLog
from .local_tables import Meta, OutboxEntry
from .pool import PoolBoard
from .replica import SALVAGED, Replica
from .sync_hooks import HOOKS
from .value import Value

log = logging.getLogger(__name__)

DIRECTORY_EVERY = timedelta(minutes=10)
REPORT_EVERY = timedelta(minutes=15)


class AppSyncEngine(SyncEngine):
    """`SyncEngine` plus the colleague directory; a failed directory fetch never fails a round."""

    def __init__(
        self,
        replica: Replica,
        api: ServerApi,
        token: Callable[[], str],
        *,
        directory_every: timedelta = DIRECTORY_EVERY,
        **options: Any,
    ) -> None:
        super().__init__(replica, api, token, hooks=HOOKS, **options)
        self.replica = replica
        self.directory = Directory(replica)
        self.arrivals = Arrivals(replica)
        self.exports = ExportLog(replica, api, token)  # the offline exports' audit entries
        self.directory_every = directory_every
        self._directory_tried: datetime | None = None
        self._reported: tuple[str, int] | None = None
        self._reported_at: datetime | None = None

    def sync_now(self) -> SyncReport:
        self._settle_salvaged()
        report = super().sync_now()
        if report.arrived:
            self.arrivals.record(report.arrived)
        if report.removed or "customer" in report.touched.as_dict():
            self.arrivals.prune()  # customers that moved on leave the notice
        if self._directory_due():
            self._refresh_directory()
            self._refresh_pool_rules()  # Today's pool reminder, offline too (issue 23)
            self._refresh_tiers()  # the tier policy, to explain tiers offline (issue 19)
        self.exports.flush_quietly()  # exports made offline, to the audit log
        self._report_quietly()
        return report

    def _report_quietly(self) -> None:
        """Version, unsent edits and replica size for the administrator's device list
        (issue 26, item 3): when they changed, else every REPORT_EVERY; never fails a round."""
        pending = self.replica_pending()
        facts = (client_version(), pending)
        now = utcnow()
        recent = self._reported_at is not None and now - self._reported_at < REPORT_EVERY
        if self._reported == facts and recent:
            return
        body = DeviceReport(
            client_version=facts[0], pending=pending, replica_bytes=replica_bytes(self.replica.path)
        )
        try:
            self.api.report(self.token(), body)
        except ClientError as exc:
            log.info("device report not sent: %s", exc.message)
            return
        self._reported, self._reported_at = facts, now

    def replica_pending(self) -> int:
        with self.replica.reading() as session:
            return int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)

    def _settle_salvaged(self) -> None:
        """Outbox entries salvaged from a damaged replica (`Replica.restore_outbox`) that the
        server applied already (its acknowledgement was lost with the file) are dropped,
        by the device's numbering, before the first push: the rest keep their numbers."""
        salvaged = self.replica.get_meta(SALVAGED)
        if salvaged is None:
            return
        try:
            last = self.api.push(self.token(), PushRequest(mutations=[]))["last_applied"]
        except ClientError:
            return  # the round fails the same way and says why; settled next time
        applied = [seq for seq in salvaged if seq <= last]
        with self.replica.transaction() as session:
            session.execute(delete(OutboxEntry).where(OutboxEntry.seq.in_(applied)))
            session.execute(delete(Meta).where(Meta.key == SALVAGED))
        log.info(
            "%d salvaged changes were applied already, %d to send",
            len(applied),
            len(salvaged) - len(applied),
        )

    def _directory_due(self) -> bool:
        now = utcnow()
        tried = self._directory_tried
        if tried is not None and now - tried < self.directory_every:
            return False  # also spaces out retries after a failure
        fetched = self.directory.fetched_at()  # persisted: a restart does not refetch at once
        return fetched is None or now - fetched >= self.directory_every

    def _refresh_directory(self) -> None:
        self._directory_tried = utcnow()
        try:
            self.directory.refresh(self.api, self.token())
        except ClientError as exc:
            log.info("colleague directory not refreshed: %s", exc.message)
        except Exception:  # a side job: log the bug, keep the round a success
            log.exception("colleague directory not refreshed")

    def _refresh_pool_rules(self) -> None:
        try:
            PoolBoard(self.replica, self.api, self.token).refresh_rules()
        except ClientError as exc:
            log.info("pool rules not refreshed: %s", exc.message)
        except Exception:  # a side job: log the bug, keep the round a success
            log.exception("pool rules not refreshed")

    def _refresh_tiers(self) -> None:
        try:
            Value(self.replica, self.api, self.token).refresh_settings()
        except ClientError as exc:
            log.info("tier policy not refreshed: %s", exc.message)
        except Exception:  # a side job: log the bug, keep the round a success
            log.exception("tier policy not refreshed")


def engine_for(account: Account, replica: Replica, accounts: Accounts) -> AppSyncEngine:
    api = accounts.api(account.server_url, timeout=30)
    return AppSyncEngine(replica, api, lambda: accounts.access_token(account, api))


__all__ = ["AppSyncEngine", "SyncEngine", "engine_for"]
