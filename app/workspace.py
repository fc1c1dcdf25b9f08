"""One signed-in user's workspace: every service over one replica, built once at sign-in.

The role Anki's `Collection` plays: the window and its pages receive the workspace and take
the services they need from it; nothing else constructs services, so there is one
`Records` (one write path, one change feed), one `Search`, one `Calendar` and so on.
"""

from dataclasses import dataclass, field

from sync.client.engine import SyncEngine, SyncReport

from .account import Account
from .agenda import Agenda
from .archive import Archive
from .arrivals import Arrivals
from .bulk import Bulk
from .changes import ARRIVAL, CONFLICT, OUTBOX, REJECTION, ChangeFeed, Changes
from .commerce import Commerce
from .credit import Credit
from .customer_file import CustomerFile
from .customer_list import CustomerList
from .directory import Directory
from .duplicates import Duplicates
from .exporting import ExportLog
from .importing.importer import Importer
from .knowledge import KnowledgeBase
from .merge import Merge
from .pipeline import Pipeline
from .pool import PoolBoard
from .records import Records
from .replica import Replica
from .reports import PivotEngine, Reports
from .schedule import Calendar
from .search import Search
from .service_desk import ServiceDesk
from .sla_policy import SlaPolicy
from .sync_activity import SyncActivity
from .value import Value


@dataclass
class Workspace:
    account: Account
    records: Records
    engine: SyncEngine | None = None  # None: opened without a server (tests, a failed start)
    search: Search = field(init=False)
    agenda: Agenda = field(init=False)
    pipeline: Pipeline = field(init=False)
    calendar: Calendar = field(init=False)
    desk: ServiceDesk = field(init=False)
    directory: Directory = field(init=False)
    arrivals: Arrivals = field(init=False)
    activity: SyncActivity = field(init=False)
    customers: CustomerList = field(init=False)
    files: CustomerFile = field(init=False)
    archive: Archive = field(init=False)
    bulk: Bulk = field(init=False)  # bulk edits of the customer list, one undo (issue 25)
    merge: Merge = field(init=False)
    commerce: Commerce = field(init=False)  # products, contracts, payments (issue 19)
    credit: Credit = field(init=False)  # ratings, limits, receivables (issue 22)
    exports: ExportLog = field(init=False)  # exports for the audit log, queued while offline
    duplicates: Duplicates = field(init=False)
    importer: Importer = field(init=False)  # File > Import… (issue 18)
    pool: PoolBoard = field(init=False)  # the branch's customer pool (issue 23)
    reports: Reports = field(init=False)  # reports and pivots, offline (issue 19)
    value: Value = field(init=False)  # value tiers, their explanation, 80/20 (issue 19)
    sla: SlaPolicy = field(init=False)  # the service desk's SLA policy (issue 21)
    knowledge: KnowledgeBase = field(init=False)  # articles, suggestions (issue 21)

    def __post_init__(self) -> None:
        replica, user_id = self.records.replica, self.records.user_id
        self.search = Search(replica)
        self.agenda = Agenda(replica, user_id)
        self.pipeline = Pipeline(replica, user_id)
        self.calendar = Calendar(replica, user_id)
        self.desk = ServiceDesk(replica, user_id)
        self.directory = Directory(replica)
        self.arrivals = Arrivals(replica)
        self.activity = SyncActivity(replica)
        self.customers = CustomerList(replica)
        self.files = CustomerFile(self.records)
        self.importer = Importer(self.records)
        self.duplicates = Duplicates(replica)
        self.archive = Archive(self.records, self.engine.between_rounds if self.engine else None)
        self.bulk = Bulk(self.records, self.engine.between_rounds if self.engine else None)
        self.merge = Merge(self.records, self.account.role)
        self.commerce = Commerce(self.records, self.account.role)
        self.reports = Reports(PivotEngine(replica, feed=self.feed))
        self.credit = Credit(self.records, self.account.role)
        self.sla = SlaPolicy(self.records, self.account.role)
        self.knowledge = KnowledgeBase(self.records, self.account.role)
        self.search.more.append(self.knowledge.find)
        engine = self.engine
        self.exports = ExportLog(
            replica, engine.api if engine else None, engine.token if engine else None
        )
        self.pool = PoolBoard(
            replica, engine.api if engine else None, engine.token if engine else None
        )
        self.value = Value(
            replica,
            engine.api if engine else None,
            engine.token if engine else None,
            self.account.role,
        )

    @classmethod
    def open(
        cls, account: Account, replica: Replica, engine: SyncEngine | None = None
    ) -> "Workspace":
        return cls(account, Records(replica, account.user_id), engine)

    @property
    def replica(self) -> Replica:
        return self.records.replica

    @property
    def user_id(self) -> str | None:
        return self.records.user_id

    @property
    def feed(self) -> ChangeFeed:
        return self.records.feed

    def synced(self, report: SyncReport) -> Changes:
        """What a finished round changed, published on the feed (nothing for an empty one)."""
        entities = dict(report.touched.as_dict())
        if report.pushed or report.rejected:
            entities[OUTBOX] = None
        if report.conflicts:
            entities[CONFLICT] = None
        if report.rejected:
            entities[REJECTION] = None
        if report.arrived:
            entities[ARRIVAL] = None
        changes = Changes(entities)
        self.feed.publish(changes)
        return changes
