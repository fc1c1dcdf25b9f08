"""Duplicate check across the company (客户查重, issue 18, item 3), and "Ask the owner".

Every customer's keys (`sync.protocol.dedupe`) are kept in `duplicate_keys`: written when a
push (or a review decision) stores a customer (`server.sync.push.seal` calls `store`), and
for the customers already there by migration 0012. A check looks the keys up off the primary
key and decides with `dedupe.duplicate_reasons`, as the client does on its replica.

What the caller sees of a match depends on scope: their own customers (a manager's branch;
an administrator's everything) in full, any other masked: 张*, 138****8000, the owner's
branch and display name, and a `ref` to ask about, a hash from which the id cannot be read.
"Ask the owner" creates a task for the owner and one for their branch's manager, which
reach their Today through sync; the asking rep receives nothing of the record.

At push, a new customer that is probably another owner's live customer is not created
(`push_refusal`): it waits in the review queue for the branch manager (reason `duplicate`).
"""

import hashlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import Row, select, text, true
from sqlalchemy.orm import Session

from sync.protocol import dedupe
from sync.protocol.dedupe import Key
from sync.protocol.duplicates import (
    AskAnswer,
    AskRequest,
    DuplicateAnswer,
    DuplicateMatch,
    DuplicateQuery,
)
from sync.protocol.entities import Customer, Task
from sync.protocol.enums import Role
from sync.protocol.types import new_id, utcnow

from .. import audit
from ..errors import ApiError
from ..models import Branch, DuplicateKey, ManagedBranch, User
from ..sync.scope import customer_in_scope

CHECK_ON_PUSH = "OUTPOST_DUPLICATE_CHECK_ON_PUSH"
"""Environment switch of the push-time check (on unless "0"). The test suite turns it off
for its shared server, where unrelated tests' customers share phones and names; the tests of
this check run a server with it on."""
CANDIDATES = 50
MAX_MATCHES = 10
_CHUNK = 500
KEYS = DuplicateKey.__table__
CUSTOMERS = Customer.__table__


def store(session: Session, customers: Iterable[Customer]) -> None:
    """Replace the keys of these customers by their current ones."""
    rows = list(customers)
    if not rows:
        return
    ids = [c.id for c in rows]
    for start in range(0, len(ids), _CHUNK):
        session.execute(KEYS.delete().where(KEYS.c.customer_id.in_(ids[start : start + _CHUNK])))
    keys = [
        {"tag": tag, "value": value, "customer_id": c.id}
        for c in rows
        for tag, value in keys_of(c.kind, c.name, c.phones, c.email, c.registration_no)
    ]
    if keys:
        session.execute(KEYS.insert(), keys)


def keys_of(
    kind: str | None,
    name: str | None,
    phones: Sequence[str] | None,
    email: str | None,
    registration_no: str | None,
) -> frozenset[Key]:
    return dedupe.customer_keys(kind or "person", name, phones or (), email, registration_no)


def fill(session: Session) -> int:
    """Keys of every customer that has none (after a bulk insert such as the demo's)."""
    has_keys = select(KEYS.c.customer_id)
    query = select(
        CUSTOMERS.c.id,
        CUSTOMERS.c.kind,
        CUSTOMERS.c.name,
        CUSTOMERS.c.phones,
        CUSTOMERS.c.email,
        CUSTOMERS.c.registration_no,
    ).where(CUSTOMERS.c.id.not_in(has_keys))
    rows = [
        {"tag": tag, "value": value, "customer_id": r.id}
        for r in session.execute(query)
        for tag, value in keys_of(r.kind, r.name, r.phones, r.email, r.registration_no)
    ]
    for start in range(0, len(rows), 5000):
        session.execute(KEYS.insert(), rows[start : start + 5000])
    return len(rows)


@dataclass(frozen=True)
class Found:
    customer: Row[Any]  # id, kind, name, phones, email, registration_no, city, owner_id, branch_id
    reasons: tuple[dedupe.Reason, ...]
    keys: frozenset[Key]
    in_scope: bool


def candidates(
    session: Session,
    keys: frozenset[Key],
    *,
    exclude_id: str | None = None,
    scope_of: User | None = None,
) -> list[Found]:
    """Live customers that are probably the one with `keys`, strongest reason first; with
    `scope_of`, each says whether it is in that user's scope."""
    lookup = dedupe.lookup_keys(keys)
    if not lookup:
        return []
    by_tag: dict[str, list[str]] = {}
    for tag, value in lookup:
        by_tag.setdefault(tag, []).append(value)
    ids: set[str] = set()
    for tag, values in by_tag.items():
        query = (
            select(KEYS.c.customer_id)
            .where(KEYS.c.tag == tag, KEYS.c.value.in_(values))
            .limit(CANDIDATES)
        )
        ids.update(session.scalars(query))
    ids.discard(exclude_id or "")
    if not ids:
        return []
    scope = true() if scope_of is None else _scope(scope_of)
    query = select(
        CUSTOMERS.c.id,
        CUSTOMERS.c.kind,
        CUSTOMERS.c.name,
        CUSTOMERS.c.phones,
        CUSTOMERS.c.email,
        CUSTOMERS.c.registration_no,
        CUSTOMERS.c.city,
        CUSTOMERS.c.owner_id,
        CUSTOMERS.c.branch_id,
        scope.label("in_scope"),
    ).where(CUSTOMERS.c.id.in_(sorted(ids)[:CANDIDATES]), CUSTOMERS.c.deleted_at.is_(None))
    found = []
    for row in session.execute(query):
        theirs = keys_of(row.kind, row.name, row.phones, row.email, row.registration_no)
        reasons = dedupe.duplicate_reasons(keys, theirs)
        if reasons:
            found.append(Found(row, reasons, theirs, bool(row.in_scope)))
    strength = list(dedupe.Reason)
    found.sort(key=lambda f: (strength.index(f.reasons[0]), f.customer.name, f.customer.id))
    return found


def _scope(user: User):  # type: ignore[no-untyped-def]  # a SQL condition (ColumnElement)
    if user.role == Role.ADMIN.value:
        return true()
    return customer_in_scope(user)


def ref_of(caller: User, customer_id: str) -> str:
    """What a masked match is asked about by: the customer's id (random, 122 bits) hashed
    with the caller's, so it names the customer to the server and to no one else."""
    return hashlib.sha256(f"outpost-duplicate:{caller.id}:{customer_id}".encode()).hexdigest()[:40]


def check(session: Session, caller: User, query: DuplicateQuery) -> DuplicateAnswer:
    keys = _query_keys(query)
    found = candidates(session, keys, exclude_id=query.exclude_id, scope_of=caller)[:MAX_MATCHES]
    people = _people(session, {f.customer.owner_id for f in found if f.customer.owner_id})
    matches = []
    for f in found:
        c = f.customer
        owner, branch = people.get(c.owner_id or "", (None, None))
        phones = sorted(v for t, v in keys & f.keys if t == dedupe.PHONE)
        if f.in_scope:
            shown = next((p for p in c.phones or () if dedupe.phone_key(p) in phones), None)
            matches.append(
                DuplicateMatch(
                    reasons=[r.value for r in f.reasons],
                    masked=False,
                    name=c.name,
                    id=c.id,
                    kind=c.kind,
                    phone=shown,
                    city=c.city,
                    owner_name=owner,
                    owner_branch=branch,
                )
            )
        else:
            matches.append(
                DuplicateMatch(
                    reasons=[r.value for r in f.reasons],
                    masked=True,
                    name=dedupe.mask_name(c.name),
                    kind=c.kind,
                    phone=dedupe.mask_phone(phones[0]) if phones else None,
                    owner_name=owner,
                    owner_branch=branch,
                    ref=ref_of(caller, c.id),
                )
            )
    return DuplicateAnswer(matches=matches)


def _query_keys(query: DuplicateQuery) -> frozenset[Key]:
    return keys_of(query.kind, query.name, query.phones, query.email, query.registration_no)


def _people(session: Session, ids: set[str]) -> dict[str, tuple[str, str | None]]:
    """Display name and branch name of each user."""
    if not ids:
        return {}
    query = (
        select(User.id, User.display_name, Branch.name)
        .outerjoin(Branch, Branch.id == User.branch_id)
        .where(User.id.in_(ids))
    )
    return {uid: (name, branch) for uid, name, branch in session.execute(query)}


def managers_of(session: Session, branch_id: str | None) -> list[User]:
    """Active managers answering for a branch: its own, then those who manage it further."""
    if branch_id is None:
        return []
    own = select(User).where(
        User.role == Role.MANAGER.value, User.active.is_(True), User.branch_id == branch_id
    )
    further = (
        select(User)
        .join(ManagedBranch, ManagedBranch.user_id == User.id)
        .where(User.active.is_(True), ManagedBranch.branch_id == branch_id)
    )
    seen: dict[str, User] = {}
    for user in [*session.scalars(own.order_by(User.username)), *session.scalars(further)]:
        seen.setdefault(user.id, user)
    return list(seen.values())


def ask(session: Session, caller: User, body: AskRequest) -> AskAnswer:
    """A task "<rep> asks about <customer>: possible duplicate of <typed>" for the owner of
    the masked match `body.ref` and for their branch's manager, due today."""
    from ..sync.push import Batch, seal  # push stores keys through this module

    keys = _query_keys(body.query)
    found = candidates(session, keys, scope_of=caller)
    target = next(
        (f for f in found if not f.in_scope and ref_of(caller, f.customer.id) == body.ref), None
    )
    if target is None:
        raise ApiError(404, "not_found", "There is no such match to ask about.")
    customer = target.customer
    typed = body.query.name or ", ".join(body.query.phones) or body.query.registration_no or ""
    title = f"{caller.display_name} asks about {customer.name}: possible duplicate of {typed}"
    notes = (
        f"{caller.display_name} 询问客户 {customer.name}：可能与其录入的 {typed} 重复。"
        f"\nReasons: {', '.join(r.value for r in target.reasons)}"
    )
    assignees: list[str] = []
    if customer.owner_id:
        assignees.append(customer.owner_id)
    for manager in managers_of(session, customer.branch_id):
        if manager.id not in assignees and manager.id != caller.id:
            assignees.append(manager.id)
            break
    batch = Batch()
    now = utcnow()
    for assignee in assignees:
        task = Task(
            id=new_id(),
            customer_id=customer.id,
            kind="todo",
            title=title[:300],
            notes=notes,
            due_at=now + timedelta(minutes=1),
            assignee_id=assignee,
            done=False,
        )
        task.created_at = task.updated_at = now
        task.created_by = task.updated_by = caller.id
        task.version = 0
        session.add(task)
        batch.touch(task)
    session.flush()
    seal(session, batch, None)
    audit.record(
        session, "duplicate_asked", user_id=caller.id, customer=customer.id, tasks=len(assignees)
    )
    return AskAnswer(asked=len(assignees))


def _one_at_a_time(session: Session, keys: Iterable[Key]) -> None:
    """Two laptops pushing the same new person at once: on PostgreSQL each transaction would
    look for the other's keys before they are committed, and both would pass. A lock per
    key, held to the end of the transaction (which stores the keys, `store`), makes the
    second wait for the first and then find it (READ COMMITTED: each statement sees what
    is committed). SQLite writes one transaction at a time already."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for tag, value in sorted(keys):  # one order everywhere: two pushes cannot deadlock
        digest = hashlib.blake2b(f"{tag}\x00{value}".encode(), digest_size=8).digest()
        lock = int.from_bytes(digest, "big", signed=True)
        session.execute(text("SELECT pg_advisory_xact_lock(:lock)"), {"lock": lock})


def push_refusal(
    session: Session, owner_id: str | None, row: dict[str, object], row_id: str
) -> tuple[str, str, str] | None:
    """A new customer that is probably a live customer of another owner: (reason, what its
    author is told, what the review queue says — which customer it is)."""
    if os.environ.get(CHECK_ON_PUSH, "1") == "0":
        return None
    phones = row.get("phones")
    keys = keys_of(
        str(row.get("kind") or "person"),
        str(row.get("name") or ""),
        [str(p) for p in phones] if isinstance(phones, list) else [],
        row.get("email") if isinstance(row.get("email"), str) else None,  # type: ignore[arg-type]
        row.get("registration_no") if isinstance(row.get("registration_no"), str) else None,  # type: ignore[arg-type]
    )
    _one_at_a_time(session, keys)
    found = [
        f for f in candidates(session, keys, exclude_id=row_id) if f.customer.owner_id != owner_id
    ]
    if not found:
        return None
    first = found[0]
    c = first.customer
    people = _people(session, {c.owner_id} if c.owner_id else set())
    owner, branch = people.get(c.owner_id or "", ("?", None))
    why = ", ".join(r.value for r in first.reasons)
    told = f"Probably a customer another colleague owns ({why}); a manager decides."
    review = f"Probable duplicate of {c.name} ({c.id}), owned by {owner}" + (
        f" ({branch})" if branch else ""
    )
    return "duplicate", told, f"{review}: {why}"[:500]
