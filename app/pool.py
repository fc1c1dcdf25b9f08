"""The branch customer pool (公海) in the app (issue 23, items 1 and 2).

Listing, claiming, returning by hand, a manager's assigning and the month's figures are
online (`GET /pool`, `POST /pool/{id}/claim`, `/pool/return`, `/pool/{id}/assign`,
`/pool/figures`); the last list fetched is kept in the replica's `meta`, so the Pool page
shows it offline, marked with its time.

The pool's rules (`GET /pool/rules`: days per tier, caps, reclaim ban, reminder) are kept in
`meta` too, fetched by the sync engine with the colleague directory (`app.syncing`): a small
answer of its own rather than a field of the directory, since the rules are the branch's and
change only when a manager saves them. From them and the replica alone `returning` says which
of the owner's customers go back to the pool soon, and in how many days, offline too: the
same moment the server's sweep uses (`server.staff.pool.returns_at`).
"""

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import quote

from pydantic import TypeAdapter
from sqlalchemy import func, select

from sync.client.errors import ServerUnreachable
from sync.client.http import ServerApi, read_answer
from sync.protocol import reasons
from sync.protocol.entities import Customer, Interaction
from sync.protocol.staff import (
    BranchList,
    PoolAssign,
    Pooled,
    PoolFigure,
    PoolReturn,
    PoolRules,
    PoolSettings,
)
from sync.protocol.types import utcnow

from .local_tables import Meta
from .replica import Replica
from .search_keys import customer_keys, sort_key

__all__ = [
    "PoolBoard",
    "PoolFigure",
    "PoolList",
    "PoolRules",
    "PoolSettings",
    "Pooled",
    "Returning",
]

LIST, LIST_AT, RULES = "pool.list", "pool.list_at", "pool.rules"
_POOLED = TypeAdapter(list[Pooled])
_FIGURES = TypeAdapter(list[PoolFigure])


@dataclass(frozen=True)
class PoolList:
    rows: list[Pooled]
    fetched_at: datetime | None
    offline: bool = False  # the last list fetched, shown because the server is out of reach


@dataclass(frozen=True)
class Returning:
    """One of my customers the sweep will return to the pool soon."""

    customer_id: str
    name: str
    tier: str
    returns_at: datetime
    days_left: int


def days_left(returns_at: datetime, now: datetime) -> int:
    """Whole days until `returns_at`, rounded up (0: due at the next sweep)."""
    return max(0, math.ceil((returns_at - now) / timedelta(days=1)))


def why(row: Pooled) -> tuple[str, int | None] | None:
    """(reason code, number) of a return the server wrote (`pool_return`, days), else None."""
    return reasons.parse(row.reason)


def matches(row: Pooled, words: str) -> bool:
    """The Customers page's search over a fetched row: name (Chinese, pinyin, initials) and
    city; every word must match."""
    keys = _keys(row)
    return all(word in keys for word in words.lower().split())


_key_cache: dict[tuple[str, str | None], str] = {}


def _keys(row: Pooled) -> str:
    key = (row.name, row.city)
    found = _key_cache.get(key)
    if found is None:
        city = customer_keys(row.city) if row.city else ""
        found = _key_cache[key] = f"{customer_keys(row.name)} {city}"
        if len(_key_cache) > 20_000:
            _key_cache.clear()
    return found


def sorted_rows(rows: Iterable[Pooled]) -> list[Pooled]:
    """Most recently returned first, then by name as a Chinese reader expects."""
    by_name = sorted(rows, key=lambda r: sort_key(r.name))
    return sorted(by_name, key=lambda r: r.pooled_at, reverse=True)


class PoolBoard:
    """The pool over one replica and the engine's server and sign-in (None: no server)."""

    def __init__(
        self, replica: Replica, api: ServerApi | None, token: Callable[[], str] | None
    ) -> None:
        self.replica = replica
        self.api = api
        self.token = token

    def _call(self, method: str, path: str, json: Any = None) -> Any:
        if self.api is None or self.token is None:
            raise ServerUnreachable("Not connected to a server.")
        return self.api.call(method, path, token=self.token(), json=json)

    # --- the list (blocking: the UI runs these off its thread) -------------------------

    def fetch(self) -> PoolList:
        """The branch's pool now, kept for offline; the server out of reach raises
        `ServerUnreachable` (then `cached` is the list to show)."""
        rows = read_answer(_POOLED, self._call("GET", "/pool"))
        now = utcnow()
        with self.replica.transaction() as session:
            session.merge(Meta(key=LIST, value=[r.model_dump(mode="json") for r in rows]))
            session.merge(Meta(key=LIST_AT, value=now.isoformat()))
        return PoolList(sorted_rows(rows), now)

    def cached(self) -> PoolList:
        raw = self.replica.get_meta(LIST) or []
        at = self.replica.get_meta(LIST_AT)
        rows = read_answer(_POOLED, raw)
        return PoolList(sorted_rows(rows), datetime.fromisoformat(at) if at else None, True)

    def claim(self, customer_id: str) -> None:
        """Take a customer; refusals are `ServerRefused` with the server's code
        (`already_claimed`, `reclaim_ban`, `claim_cap`, `owned_cap`, `not_found`). The
        kept list loses it at once."""
        self._call("POST", f"/pool/{quote(customer_id, safe='')}/claim")
        raw = self.replica.get_meta(LIST) or []
        self.replica.set_meta(LIST, [r for r in raw if r.get("id") != customer_id])

    def assign(self, customer_id: str, username: str) -> None:
        """Managers: give a pooled customer to a rep of the branch (`already_claimed`,
        `invalid_owner`, `other_branch`); the kept list loses it at once."""
        body = PoolAssign(username=username)
        self._call("POST", f"/pool/{quote(customer_id, safe='')}/assign", body)
        raw = self.replica.get_meta(LIST) or []
        self.replica.set_meta(LIST, [r for r in raw if r.get("id") != customer_id])

    def return_customers(self, customer_ids: Sequence[str], note: str = "") -> None:
        """Hand customers back to the branch pool (the owner, or a manager): all or none
        (`already_pooled`, `pool_off`, `not_found`). They leave this replica at the next sync."""
        body = PoolReturn(customer_ids=list(customer_ids), note=note.strip() or None)
        self._call("POST", "/pool/return", body)

    def figures(self, month: date) -> list[PoolFigure]:
        """The month's returned, swept, claimed and assigned customers per person of the
        caller's branches (a rep: their own line)."""
        answer = self._call("GET", f"/pool/figures?month={month:%Y-%m}")
        return read_answer(_FIGURES, answer)

    # --- rules -------------------------------------------------------------------------

    def refresh_rules(self) -> PoolRules:
        """My branch's rules from the server, kept for Today's countdown."""
        rules = read_answer(PoolRules, self._call("GET", "/pool/rules"))
        self.replica.set_meta(RULES, rules.model_dump(mode="json"))
        return rules

    def rules(self) -> PoolRules | None:
        """The rules last fetched (None: never)."""
        raw = self.replica.get_meta(RULES)
        return read_answer(PoolRules, raw) if raw else None

    def rules_of(self, branch: str) -> PoolRules:
        """Managers and administrators: a branch's rules, for the rules dialog."""
        return read_answer(PoolRules, self._call("GET", f"/pool/rules?branch={quote(branch)}"))

    def branches(self) -> list[str]:
        """Managers and administrators: the branches whose pool they may set, by name."""
        return [
            b.name for b in read_answer(BranchList, self._call("GET", "/admin/branches")).branches
        ]

    def save_rules(self, branch: str, settings: PoolSettings) -> None:
        self._call("PUT", f"/admin/branches/{quote(branch, safe='')}/pool", settings)

    # --- the countdown on Today ----------------------------------------------------------

    def returning(self, user_id: str | None, now: datetime | None = None) -> list[Returning]:
        """My customers the sweep returns within the reminder's days, soonest first: from
        the kept rules and the replica, so offline too."""
        rules = self.rules()
        pool = rules.pool if rules else None
        if user_id is None or pool is None or not pool.enabled or not pool.remind_days:
            return []
        now = now or utcnow()
        horizon = timedelta(days=pool.remind_days)
        last = (
            select(func.max(Interaction.occurred_at))
            .where(
                Interaction.customer_id == Customer.id,
                Interaction.user_id == Customer.owner_id,
                Interaction.deleted_at.is_(None),
            )
            .scalar_subquery()
        )
        out: list[Returning] = []
        with self.replica.reading() as session:
            for tier, days in pool.days.items():
                query = select(Customer.id, Customer.name, last, Customer.created_at).where(
                    Customer.owner_id == user_id,
                    Customer.tier == tier,
                    Customer.deleted_at.is_(None),
                )
                for customer_id, name, contact, created in session.execute(query):
                    since = _aware(contact if contact is not None else created)
                    at = since + timedelta(days=days)
                    if at - now <= horizon:
                        out.append(Returning(customer_id, name, tier, at, days_left(at, now)))
        return sorted(out, key=lambda r: (r.returns_at, sort_key(r.name)))


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
