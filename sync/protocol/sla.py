"""The SLA policy applied to a service request (issue 21): which calendar and target hold,
and the due times they give. One code path for the laptop (`app.records`, at create and
when the priority changes) and the server (`server.sync.push`, authoritatively, at push):
both run these same queries on their own copy of the same tables, so they agree.

A branch's own calendar or target beats the company-wide one (no branch); a target for the
customer's tier beats one for any tier. With no target for the request, nothing is stamped:
the due time stays what it was given.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .business_hours import Calendar, parse_clock, parse_holidays
from .entities import Customer, ServiceCalendar, SlaTarget

SLA_FIELDS = ("sla_due_at", "response_due_at", "sla_warn_at")
TRIGGERS = frozenset({"kind", "priority", "customer_id", "opened_at", *SLA_FIELDS})
"""A change to any of these fields recomputes the due times (a due time sent by hand is
replaced while a target holds)."""
DEFAULT_WARN_PERCENT = 75
DEFAULT_RETURN_VISIT_DAYS = 7


@dataclass(frozen=True)
class Policy:
    calendar: Calendar
    warn_percent: int = DEFAULT_WARN_PERCENT
    return_visit_days: int = DEFAULT_RETURN_VISIT_DAYS


@dataclass(frozen=True)
class Deadlines:
    response_due_at: datetime | None
    sla_due_at: datetime
    sla_warn_at: datetime

    def values(self) -> dict[str, datetime | None]:
        return {
            "response_due_at": self.response_due_at,
            "sla_due_at": self.sla_due_at,
            "sla_warn_at": self.sla_warn_at,
        }


def calendar_of(row: ServiceCalendar | None) -> Policy:
    if row is None:
        return Policy(Calendar())
    default = Calendar()
    days = frozenset(int(d) for d in row.workdays or [] if d.isdigit() and 1 <= int(d) <= 7)
    calendar = Calendar(
        opens=parse_clock(row.opens, default.opens),
        closes=parse_clock(row.closes, default.closes),
        workdays=days,
        holidays=parse_holidays(row.holidays or []),
        utc_offset=timedelta(minutes=row.utc_offset_minutes or 0),
    )
    return Policy(calendar, row.warn_percent, row.return_visit_days)


def policy_for(session: Session, branch_id: str | None) -> Policy:
    """The branch's calendar, else the company's, else 9:00-18:00 Monday-Friday (UTC+8)."""
    query = select(ServiceCalendar).where(ServiceCalendar.deleted_at.is_(None))
    rows = list(session.scalars(query))
    mine = [r for r in rows if branch_id is not None and r.branch_id == branch_id]
    company = [r for r in rows if r.branch_id is None]
    chosen = min(mine or company, key=lambda r: (r.created_at, r.id), default=None)
    return calendar_of(chosen)


def target_for(
    session: Session, branch_id: str | None, kind: str, priority: str, tier: str | None
) -> SlaTarget | None:
    query = select(SlaTarget).where(
        SlaTarget.deleted_at.is_(None), SlaTarget.kind == kind, SlaTarget.priority == priority
    )
    best: tuple[int, Any, str] | None = None
    chosen = None
    for row in session.scalars(query):
        if row.branch_id is not None and row.branch_id != branch_id:
            continue
        if row.tier is not None and row.tier != tier:
            continue
        rank = (row.branch_id is not None) * 2 + (row.tier is not None)
        key = (-rank, row.created_at, row.id)
        if best is None or key < best:
            best, chosen = key, row
    return chosen


def deadlines(policy: Policy, target: SlaTarget, opened_at: datetime) -> Deadlines:
    calendar = policy.calendar
    resolution = timedelta(minutes=target.resolution_minutes)
    response = (
        calendar.add(opened_at, timedelta(minutes=target.response_minutes))
        if target.response_minutes
        else None
    )
    warn = calendar.add(opened_at, resolution * policy.warn_percent / 100)
    return Deadlines(response, calendar.add(opened_at, resolution), warn)


def stamp(session: Session, row: Mapping[str, Any]) -> dict[str, Any]:
    """The due times of the request `row` (its values after the change) under the policy,
    or {} when no target holds. `row` needs customer_id, kind, priority and opened_at."""
    customer = session.get(Customer, row.get("customer_id")) if row.get("customer_id") else None
    opened = row.get("opened_at") or row.get("created_at")
    if customer is None or opened is None:
        return {}
    target = target_for(
        session, customer.branch_id, row.get("kind") or "", row.get("priority") or "", customer.tier
    )
    if target is None:
        return {}
    try:
        return dict(deadlines(policy_for(session, customer.branch_id), target, opened).values())
    except ValueError:  # a calendar with no working time: no due time it could give
        return {}


def return_visit_days(session: Session, branch_id: str | None) -> int:
    return policy_for(session, branch_id).return_visit_days
