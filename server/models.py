"""Tables only the server has: branches, users, devices, auth sessions, audit log.

They live on their own metadata so the client replica never carries them; the
synced entities come from `sync.protocol.entities`.
"""

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from sync.protocol.entities import NAMING
from sync.protocol.enums import Role
from sync.protocol.types import JSONText, UTCDateTime, new_id, utcnow

ID = String(36)
# SQLite only auto-increments INTEGER PRIMARY KEY; PostgreSQL gets a 64-bit counter.
AutoId = BigInteger().with_variant(Integer, "sqlite")


class ServerBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime}
    # A declarative class's table is a Table, not any FromClause (SQLAlchemy types it so).
    __table__: ClassVar[Table]


class Branch(ServerBase):
    __tablename__ = "branches"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    city: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class User(ServerBase):
    __tablename__ = "users"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16), default=Role.REP.value)
    branch_id: Mapped[str | None] = mapped_column(ID, ForeignKey("branches.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # No longer read or written: sign-in attempts are counted in `LoginThrottle` (issue 17).
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Set by offboarding: who took over, so work of theirs that arrives later has an owner.
    successor_id: Mapped[str | None] = mapped_column(ID, ForeignKey("users.id"))
    left_at: Mapped[datetime | None] = mapped_column()
    # A one-time password from an administrator: sign-in only changes it (issue 26, item 1).
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    # The directory entry this person signs in with (issue 26, item 6); None: a local account.
    directory_dn: Mapped[str | None] = mapped_column(String(500), index=True)


class BranchPool(ServerBase):
    """A branch's customer pool: customers whose owner has not been in touch for `days[tier]`
    days go back to it, and the branch's reps may claim them (server.staff.pool)."""

    __tablename__ = "branch_pools"

    branch_id: Mapped[str] = mapped_column(ID, ForeignKey("branches.id"), primary_key=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    # tier -> days; absent: never
    days: Mapped[dict[str, int]] = mapped_column(JSONText, default=dict)
    swept_at: Mapped[datetime | None] = mapped_column()
    # issue 23, item 2 (migration 0017); None: no such rule
    daily_claims: Mapped[int | None] = mapped_column()
    max_owned: Mapped[int | None] = mapped_column()
    reclaim_ban_days: Mapped[int | None] = mapped_column()
    remind_days: Mapped[int | None] = mapped_column()


class ManagedBranch(ServerBase):
    """Further branches a manager is responsible for, beyond their own (`User.branch_id`)."""

    __tablename__ = "managed_branches"

    user_id: Mapped[str] = mapped_column(ID, ForeignKey("users.id"), primary_key=True)
    branch_id: Mapped[str] = mapped_column(ID, ForeignKey("branches.id"), primary_key=True)


class Device(ServerBase):
    """One installation of the client for one user; sync state hangs off it."""

    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(ID, ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime | None] = mapped_column()
    # An administrator marked it lost: its tokens are dead and it wipes its replica at next
    # contact; the account stays open (server.devices).
    lost_at: Mapped[datetime | None] = mapped_column()
    # What it last said of itself (`/sync/report`, issue 26 item 3).
    client_version: Mapped[str | None] = mapped_column(String(32))
    pending: Mapped[int | None] = mapped_column(Integer)
    replica_bytes: Mapped[int | None] = mapped_column(BigInteger)
    reported_at: Mapped[datetime | None] = mapped_column()


class AuthSession(ServerBase):
    """An access/refresh token pair of one device; only SHA-256 hashes of the tokens are kept."""

    __tablename__ = "auth_sessions"

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(ID, ForeignKey("users.id"), index=True)
    device_id: Mapped[str] = mapped_column(ID, ForeignKey("devices.id"), index=True)
    access_hash: Mapped[str] = mapped_column(String(64), unique=True)
    access_expires_at: Mapped[datetime] = mapped_column()
    refresh_hash: Mapped[str] = mapped_column(String(64), unique=True)
    refresh_expires_at: Mapped[datetime] = mapped_column()
    # The refresh token this one replaced: presented again, it was copied (reuse detection).
    previous_refresh_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column()


class LoginThrottle(ServerBase):
    """Sign-in attempts per username (existing or not) and per client address: counted
    before the password is checked (server.auth.throttle)."""

    __tablename__ = "login_throttle"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditEntry(ServerBase):
    """Who did what when: writes, logins, failed logins, exports, reassignments, decisions."""

    __tablename__ = "audit_log"
    __table_args__ = (  # newest first, filtered by action or actor (migration 0015)
        Index("ix_audit_log_action_id", "action", "id"),
        Index("ix_audit_log_user_id_id", "user_id", "id"),
    )

    id: Mapped[int] = mapped_column(AutoId, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user_id: Mapped[str | None] = mapped_column(ID, index=True)
    action: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str | None] = mapped_column(String(32))
    row_id: Mapped[str | None] = mapped_column(ID)
    detail: Mapped[dict[str, Any]] = mapped_column(JSONText, default=dict)
    ip: Mapped[str | None] = mapped_column(String(64))


class SyncCounter(ServerBase):
    """One row: the last change number handed out, and the database's epoch.

    Every writing transaction takes the next number as its last step and holds
    this row's lock until it commits, so numbers commit in order and a pull
    capped at the committed value never skips a slower transaction (principle 5).
    The epoch changes when the database is restored from a backup (principle 8).
    """

    __tablename__ = "sync_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)
    epoch: Mapped[str] = mapped_column(String(36), default=new_id)


class DeviceSync(ServerBase):
    """Per device: the number of the last mutation applied (exactly-once push, principle 3)."""

    __tablename__ = "device_sync"

    device_id: Mapped[str] = mapped_column(ID, ForeignKey("devices.id"), primary_key=True)
    last_mutation: Mapped[int] = mapped_column(BigInteger, default=0)
    last_push_at: Mapped[datetime | None] = mapped_column()
    last_pull_at: Mapped[datetime | None] = mapped_column()
    # The change number up to which the device has been told of scope moves (a full download,
    # or a page that removed customers): a customer that left its scope later may still get
    # the device's offline updates; one it has been told about may not (server.sync.scope).
    # None: the device never downloaded anything, so it holds nothing to edit.
    known_version: Mapped[int | None] = mapped_column(BigInteger)


class ConflictEntry(ServerBase):
    """A value overwritten by a later edit, kept so it can be seen and restored (principle 4)."""

    __tablename__ = "conflicts"
    __table_args__ = (
        Index("ix_conflicts_version_id", "version", "id"),
        Index("ix_conflicts_customer_id", "customer_id", "version"),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    version: Mapped[int] = mapped_column(BigInteger)
    customer_id: Mapped[str | None] = mapped_column(ID)
    entity: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(ID, index=True)
    field: Mapped[str] = mapped_column(String(64))
    lost_value: Mapped[Any] = mapped_column(JSONText, nullable=True)
    kept_value: Mapped[Any] = mapped_column(JSONText, nullable=True)
    lost_by: Mapped[str | None] = mapped_column(ID)
    kept_by: Mapped[str | None] = mapped_column(ID)
    reason: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    device_id: Mapped[str | None] = mapped_column(ID)
    seq: Mapped[int | None] = mapped_column(BigInteger)  # the mutation that caused it


class FieldAuthor(ServerBase):
    """Who wrote the current value of one field of a synced row, so a conflict names the
    author of the value it overwrote rather than the row's last editor (issue 17, item 13).

    Written for the fields a push updates (a new row needs none: its creator wrote every
    field). A field with no entry of its own was written by the row's `"*"` entry, which
    revision 0007 set to the last editor of rows edited before this table existed, or else
    by the row's creator.
    """

    __tablename__ = "field_authors"

    entity: Mapped[str] = mapped_column(String(32), primary_key=True)
    row_id: Mapped[str] = mapped_column(ID, primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str | None] = mapped_column(ID)
    # when the value was made (the mutation's `at`, else when it was applied); `new-epoch`
    # clears it: a value restored from a backup predates every change a client re-sends
    written_at: Mapped[datetime | None] = mapped_column()


class ReviewItem(ServerBase):
    """A mutation the server could not apply: kept for a manager's decision, never dropped."""

    __tablename__ = "review_queue"
    __table_args__ = (  # pages of open (or decided) items, filtered (migration 0015)
        Index("ix_review_queue_decided_id", "decided_at", "id"),
        Index("ix_review_queue_user_decided_id", "user_id", "decided_at", "id"),
        Index("ix_review_queue_entity_decided_id", "entity", "decided_at", "id"),
        Index("ix_review_queue_reason_decided_id", "reason", "decided_at", "id"),
        Index("ix_review_queue_decided_at_at", "decided_at", "at"),  # by date
    )

    id: Mapped[int] = mapped_column(AutoId, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(ID, index=True)
    device_id: Mapped[str] = mapped_column(ID)
    seq: Mapped[int] = mapped_column(BigInteger)
    entity: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(ID, index=True)
    op: Mapped[str] = mapped_column(String(16))
    changes: Mapped[dict[str, Any]] = mapped_column(JSONText, default=dict)
    base: Mapped[dict[str, Any]] = mapped_column(JSONText, default=dict)
    reason: Mapped[str] = mapped_column(String(32))
    message: Mapped[str] = mapped_column(String(500))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(index=True)  # open items: NULL
    decided_by: Mapped[str | None] = mapped_column(ID)
    decision: Mapped[str | None] = mapped_column(String(16))


class CustomerMove(ServerBase):
    """A change of a customer's owner or branch: its history, and how pulls detect scope moves."""

    __tablename__ = "customer_moves"

    id: Mapped[int] = mapped_column(AutoId, primary_key=True, autoincrement=True)
    version: Mapped[int] = mapped_column(BigInteger, index=True)
    customer_id: Mapped[str] = mapped_column(ID, index=True)
    from_owner: Mapped[str | None] = mapped_column(ID)
    from_branch: Mapped[str | None] = mapped_column(ID)
    to_owner: Mapped[str | None] = mapped_column(ID)
    to_branch: Mapped[str | None] = mapped_column(ID)
    by_user: Mapped[str | None] = mapped_column(ID)
    reason: Mapped[str | None] = mapped_column(String(500))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class DuplicateKey(ServerBase):
    """A customer's duplicate-check keys (`sync.protocol.dedupe`: phone, registration number,
    e-mail, company or person name), one row each, found by (tag, value) off the primary key
    (migration 0012, `server.customers.duplicates`)."""

    __tablename__ = "duplicate_keys"

    tag: Mapped[str] = mapped_column(String(8), primary_key=True)
    value: Mapped[str] = mapped_column(String(200), primary_key=True)
    customer_id: Mapped[str] = mapped_column(ID, primary_key=True, index=True)


class TierPolicyRecord(ServerBase):
    """The company's value-tier policy (issue 19, one row, id 1) and the standing its last
    computation published (`sync.protocol.tiers`; server.value)."""

    __tablename__ = "tier_policy"

    id: Mapped[int] = mapped_column(primary_key=True)
    policy: Mapped[dict[str, Any]] = mapped_column(JSONText)
    standing: Mapped[dict[str, Any] | None] = mapped_column(JSONText)
    updated_at: Mapped[datetime | None] = mapped_column()
    updated_by: Mapped[str | None] = mapped_column(ID)


class CollectionTask(ServerBase):
    """A collection task the server created (issue 22, `server.collection`): one per
    receivable (contract) and level, so a second run creates nothing; closed once paid."""

    __tablename__ = "collection_tasks"

    contract_id: Mapped[str] = mapped_column(ID, primary_key=True)
    level: Mapped[int] = mapped_column(Integer, primary_key=True)
    task_id: Mapped[str] = mapped_column(ID)
    customer_id: Mapped[str] = mapped_column(ID, index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column()
