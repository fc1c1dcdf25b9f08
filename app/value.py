"""What customers are worth, on the replica (issue 19, items 2-4): offline, from its rows.

- `contributions(start, end, ids)`: customer -> contribution in a window (the lines of its
  active and completed contracts signed then, to the cent). The one definition of "the
  contribution of a customer in a window" on the laptop: reports reuse it, and the tier
  explanation shows the very same figure.
- `Value.explain(customer_id)`: the figures behind a customer's tier (contribution in the
  policy's window, rank in the user's scope and about where in the company, deals, last
  purchase, growth, and why it is restricted), from the policy and standing the server last
  published (`TierSettings`, kept in `meta` like the pool rules: `refresh_settings` runs with
  the sync engine's directory refresh) and the arithmetic of `sync.protocol.tiers`.
- `Value.pareto()`: the 80/20 curve of the replica's customers (a rep's own book, a
  manager's branch), the top 20 %'s share and who they are.
- Managers and administrators: `preview` / `apply` / `save_policy` call the server (online).
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import Session

from sync.client.errors import ServerUnreachable
from sync.client.http import ServerApi, read_answer
from sync.protocol.entities import (
    Contract,
    ContractLine,
    Customer,
    Interaction,
    Opportunity,
    Payment,
)
from sync.protocol.enums import ContractStatus, OpportunityStage, Role
from sync.protocol.tiers import (
    COUNTED,
    Figures,
    TierApplied,
    TierPareto,
    TierPolicy,
    TierPreview,
    TierSettings,
    TierStanding,
    company_share,
    figures_window,
    pareto,
    restricted_reason,
    score,
    standing_of,
    tier_for_score,
    top_count,
    top_share,
)

from .replica import Replica

__all__ = ["Explanation", "ParetoView", "TierPolicy", "TierSettings", "Value", "contributions"]

SETTINGS = "tiers.settings"
CENT = Decimal("0.01")
CLOSED_STAGES = (OpportunityStage.WON.value, OpportunityStage.LOST.value)
POLICY_WRITERS = frozenset({Role.MANAGER.value, Role.ADMIN.value})
CHUNK = 500


def _amount() -> Any:
    line = ContractLine
    return func.round(line.quantity * line.unit_price * (literal(1) - line.discount), 2)


def _money(value: Any) -> Decimal:
    if value is None:
        return Decimal(0)
    return Decimal(str(value)).quantize(CENT, ROUND_HALF_UP)


def _chunks(ids: Sequence[str]) -> list[Sequence[str]]:
    return [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]


def contributions(
    session: Session, start: date, end: date, customer_ids: Sequence[str] | None = None
) -> dict[str, Decimal]:
    """Customer id -> contribution in [start, end] (customers without one are left out)."""
    base = (
        select(Contract.customer_id, func.sum(_amount()))
        .join(ContractLine, ContractLine.contract_id == Contract.id)
        .where(
            Contract.deleted_at.is_(None),
            ContractLine.deleted_at.is_(None),
            Contract.status.in_(COUNTED),
            Contract.signed_on >= start,
            Contract.signed_on <= end,
        )
        .group_by(Contract.customer_id)
    )
    if customer_ids is None:
        return {c: _money(v) for c, v in session.execute(base)}
    out: dict[str, Decimal] = {}
    for chunk in _chunks(customer_ids):
        query = base.where(Contract.customer_id.in_(chunk))
        out.update({c: _money(v) for c, v in session.execute(query)})
    return out


@dataclass(frozen=True)
class Explanation:
    """Why a customer has its tier: the figures over the policy's window."""

    customer_id: str
    tier: str  # as stored (what everybody sees)
    computed_tier: str | None  # what the server last computed
    locked: bool  # a manager keeps the tier by hand
    expected_tier: str  # what the figures give now, offline
    start: date
    end: date
    contribution: Decimal
    previous: Decimal
    growth: float | None  # None: nothing in the window before
    deals: int
    last_purchase: date | None
    rank: int | None  # among the customers of this replica with a contribution
    ranked: int
    company_top: int | None  # about the top N % of the company (published standing)
    score: float | None
    overdue_days: int
    open_opportunities: int
    reason: tuple[str, int] | None  # (tiers.OVERDUE | FALLING, number) when restricted
    published: bool  # the server has published a standing (else the figures are the replica's)


@dataclass(frozen=True)
class TopCustomer:
    id: str
    name: str
    contribution: Decimal
    share: float  # of the scope's contribution


@dataclass(frozen=True)
class ParetoView:
    start: date
    end: date
    customers: int  # with a contribution in the window
    total: Decimal
    curve: list[tuple[float, float]]
    top_share: float  # contribution share of the top 20 %
    top: list[TopCustomer]  # the customers that make up the top 20 %, best first
    top_count: int | None = None  # when `top` is only the first of them (company-wide)


class Value:
    """Tiers and contribution over one replica, and the server for the policy's owners."""

    def __init__(
        self,
        replica: Replica | None,
        api: ServerApi | None = None,
        token: Callable[[], str] | None = None,
        role: str | None = None,
        today: Callable[[], date] = lambda: datetime.now(UTC).date(),
    ) -> None:
        self.replica = replica
        self.api = api
        self.token = token
        self.role = role
        self.today = today
        self._kept: TierSettings | None = None  # without a replica (administrators)

    @property
    def company_wide(self) -> bool:
        """No replica: an administrator, whose 80/20 is the company's, from the server."""
        return self.replica is None

    # --- the policy ------------------------------------------------------------------------

    @property
    def may_set_policy(self) -> bool:
        return self.role in POLICY_WRITERS

    def _call(self, method: str, path: str, json: Any = None) -> Any:
        if self.api is None or self.token is None:
            raise ServerUnreachable("Not connected to a server.")
        return self.api.call(method, path, token=self.token(), json=json)

    def refresh_settings(self) -> TierSettings:
        """The company's policy and standing from the server, kept for offline."""
        found = read_answer(TierSettings, self._call("GET", "/tiers/policy"))
        if self.replica is None:
            self._kept = found
        else:
            self.replica.set_meta(SETTINGS, found.model_dump(mode="json"))
        return found

    def settings(self) -> TierSettings:
        """The policy last fetched (the defaults before the first)."""
        if self.replica is None:
            return self._kept or TierSettings()
        raw = self.replica.get_meta(SETTINGS)
        return read_answer(TierSettings, raw) if raw else TierSettings()

    def save_policy(self, policy: TierPolicy) -> None:
        self._call("PUT", "/tiers/policy", policy)
        self.refresh_settings()

    def preview(self, policy: TierPolicy) -> TierPreview:
        return read_answer(TierPreview, self._call("POST", "/tiers/preview", policy))

    def apply(self, policy: TierPolicy) -> TierApplied:
        done = read_answer(TierApplied, self._call("POST", "/tiers/apply", policy))
        self.refresh_settings()
        return done

    # --- figures ---------------------------------------------------------------------------

    def _replica(self) -> Replica:
        if self.replica is None:
            raise ServerUnreachable("No replica: an administrator's figures come from the server.")
        return self.replica

    def contributions(
        self, start: date, end: date, customer_ids: Sequence[str] | None = None
    ) -> dict[str, Decimal]:
        with self._replica().reading() as session:
            return contributions(session, start, end, customer_ids)

    def figures(
        self, session: Session, policy: TierPolicy, as_of: date, ids: Sequence[str] | None
    ) -> list[Figures]:
        """The figures of these customers (None: every live customer of the replica)."""
        before, start, end = figures_window(policy, as_of)
        if ids is None:
            ids = list(session.scalars(select(Customer.id).where(Customer.deleted_at.is_(None))))
        amount = _amount()
        money: dict[str, tuple[Any, Any]] = {}
        deals: dict[str, tuple[int, date | None]] = {}
        opportunities: dict[str, int] = {}
        contacts: dict[str, date] = {}
        overdue: dict[str, int] = {}
        since = datetime.combine(
            as_of - timedelta(days=policy.potential_contact_days), datetime.min.time(), UTC
        )
        counted = (
            Contract.deleted_at.is_(None),
            Contract.status.in_(COUNTED),
            Contract.signed_on <= end,
        )
        for chunk in _chunks(ids):
            for c, cur, prev in session.execute(
                select(
                    Contract.customer_id,
                    func.sum(case((Contract.signed_on >= start, amount), else_=0)),
                    func.sum(case((Contract.signed_on < start, amount), else_=0)),
                )
                .join(ContractLine, ContractLine.contract_id == Contract.id)
                .where(
                    *counted,
                    ContractLine.deleted_at.is_(None),
                    Contract.signed_on >= before,
                    Contract.customer_id.in_(chunk),
                )
                .group_by(Contract.customer_id)
            ):
                money[c] = (cur, prev)
            for c, count, last in session.execute(
                select(Contract.customer_id, func.count(), func.max(Contract.signed_on))
                .where(*counted, Contract.signed_on >= start, Contract.customer_id.in_(chunk))
                .group_by(Contract.customer_id)
            ):
                deals[c] = (int(count), _day(last))
            for c, count in session.execute(
                select(Opportunity.customer_id, func.count())
                .where(
                    Opportunity.deleted_at.is_(None),
                    Opportunity.stage.not_in(CLOSED_STAGES),
                    Opportunity.customer_id.in_(chunk),
                )
                .group_by(Opportunity.customer_id)
            ):
                opportunities[c] = int(count)
            for c, last in session.execute(
                select(Interaction.customer_id, func.max(Interaction.occurred_at))
                .where(
                    Interaction.deleted_at.is_(None),
                    Interaction.occurred_at >= since,
                    Interaction.customer_id.in_(chunk),
                )
                .group_by(Interaction.customer_id)
            ):
                contacts[c] = last.date() if isinstance(last, datetime) else as_of
            overdue.update(_overdue(session, chunk, as_of))
        out = []
        for customer_id in ids:
            cur, prev = money.get(customer_id, (None, None))
            count, last_purchase = deals.get(customer_id, (0, None))
            out.append(
                Figures(
                    customer_id=customer_id,
                    contribution=_money(cur),
                    previous=_money(prev),
                    deals=count,
                    last_purchase=last_purchase,
                    overdue_days=overdue.get(customer_id, 0),
                    open_opportunities=opportunities.get(customer_id, 0),
                    last_contact=contacts.get(customer_id),
                )
            )
        return out

    def explain(self, customer_id: str) -> Explanation:
        """The figures behind the customer's tier, offline."""
        kept = self.settings()
        policy, as_of = kept.policy, self.today()
        _, start, end = figures_window(policy, as_of)
        replica = self._replica()
        with replica.reading() as session:
            customer = session.get(Customer, customer_id)
            if customer is None:
                from .errors import NotFound

                raise NotFound(f"No customer with id {customer_id}.")
            (mine,) = self.figures(session, policy, as_of, [customer_id])
            book = contributions(session, start, end)
        reason = restricted_reason(mine, policy)
        standing = kept.standing
        published = standing is not None and standing.ranked > 0
        if standing is None or not published:
            with replica.reading() as session:
                everyone = self.figures(session, policy, as_of, None)
            standing, _ = standing_of(everyone, policy, as_of)
        value: float | None = None
        rank: int | None = None
        if mine.contribution > 0:
            value = score(mine, policy, standing)
            rank = 1 + sum(1 for v in book.values() if v > mine.contribution)
        if reason is not None:
            expected = "restricted"
        elif value is not None:
            expected = (
                tier_for_score(value, standing)
                if published
                else _local_tier(rank or 0, len(book), policy)
            )
        else:
            from sync.protocol.tiers import is_potential

            expected = "potential" if is_potential(mine, policy, as_of) else "ordinary"
        return Explanation(
            customer_id=customer_id,
            tier=customer.tier,
            computed_tier=customer.computed_tier,
            locked=bool(customer.tier_locked),
            expected_tier=expected,
            start=start,
            end=end,
            contribution=mine.contribution,
            previous=mine.previous,
            growth=mine.growth,
            deals=mine.deals,
            last_purchase=mine.last_purchase,
            rank=rank,
            ranked=len(book),
            company_top=company_share(value, standing) if value is not None and published else None,
            score=value,
            overdue_days=mine.overdue_days,
            open_opportunities=mine.open_opportunities,
            reason=reason,
            published=published,
        )

    def pareto(self, limit: int | None = None) -> ParetoView:
        """The 80/20 view of the replica's customers over the policy's window (without a
        replica: the company's, from the server)."""
        if self.replica is None:
            return self._company_pareto(limit or 500)
        policy, as_of = self.settings().policy, self.today()
        _, start, end = figures_window(policy, as_of)
        with self.replica.reading() as session:
            values = contributions(session, start, end)
            live = set(session.scalars(select(Customer.id).where(Customer.deleted_at.is_(None))))
            values = {k: v for k, v in values.items() if k in live and v > 0}
            best = sorted(values.items(), key=lambda kv: (-kv[1], kv[0]))
            top = best[: top_count(len(best))]
            if limit is not None:
                top = top[:limit]
            names = {}
            for chunk in _chunks([k for k, _ in top]):
                names.update(
                    dict(
                        session.execute(
                            select(Customer.id, Customer.name).where(Customer.id.in_(chunk))
                        ).all()
                    )
                )
        total = sum(values.values(), Decimal(0))
        return ParetoView(
            start=start,
            end=end,
            customers=len(values),
            total=total,
            curve=pareto(values.values()),
            top_share=top_share(list(values.values())),
            top=[
                TopCustomer(k, names.get(k, ""), v, float(v / total) if total else 0.0)
                for k, v in top
            ],
        )

    def _company_pareto(self, limit: int) -> ParetoView:
        found = read_answer(TierPareto, self._call("GET", f"/tiers/pareto?limit={limit}"))
        total = found.total
        return ParetoView(
            start=found.start,
            end=found.end,
            customers=found.customers,
            total=total,
            curve=found.curve,
            top_share=found.top_share,
            top=[
                TopCustomer(c.id, c.name, c.contribution, float(c.contribution / total))
                for c in found.top
            ],
            top_count=found.top_count,
        )

    def lock(self, records: Any, customer_id: str, locked: bool, tier: str | None = None) -> None:
        """Managers: keep the tier by hand (and set it), or let the computation decide."""
        values: dict[str, Any] = {"tier_locked": locked}
        if tier is not None:
            values["tier"] = tier
        records.update("customer", customer_id, values)


def _local_tier(rank: int, ranked: int, policy: TierPolicy) -> str:
    from sync.protocol.tiers import cut

    return cut(rank, ranked, policy)


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _overdue(session: Session, ids: Sequence[str], as_of: date) -> dict[str, int]:
    """Customer id -> the most days one of its balances is past due."""
    contracts = {
        contract_id: (customer_id, _day(due))
        for contract_id, customer_id, due in session.execute(
            select(Contract.id, Contract.customer_id, Contract.payment_due).where(
                Contract.deleted_at.is_(None),
                Contract.customer_id.in_(ids),
                Contract.payment_due < as_of,
                Contract.status != ContractStatus.CANCELLED.value,
            )
        )
    }
    if not contracts:
        return {}
    keys = list(contracts)
    balance: dict[str, Decimal] = {}
    for contract_id, total in session.execute(
        select(ContractLine.contract_id, func.sum(_amount()))
        .where(ContractLine.contract_id.in_(keys), ContractLine.deleted_at.is_(None))
        .group_by(ContractLine.contract_id)
    ):
        balance[contract_id] = _money(total)
    for contract_id, paid in session.execute(
        select(Payment.contract_id, func.sum(Payment.amount))
        .where(Payment.contract_id.in_(keys), Payment.deleted_at.is_(None))
        .group_by(Payment.contract_id)
    ):
        balance[contract_id] = balance.get(contract_id, Decimal(0)) - _money(paid)
    out: dict[str, int] = {}
    for contract_id, (customer_id, due) in contracts.items():
        if balance.get(contract_id, Decimal(0)) > 0 and due is not None:
            out[customer_id] = max(out.get(customer_id, 0), (as_of - due).days)
    return out


__all__ += ["TierStanding", "TopCustomer"]
