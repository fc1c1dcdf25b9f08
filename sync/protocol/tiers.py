"""Computed value tiers (issue 19, items 2-4): the policy, its wire shapes, and the arithmetic.

Defined once for both sides. The server ranks the whole company with it
(`server/value/`: the nightly `outpost-server tier-sweep`, Preview and Apply); the app
explains one customer's tier and draws the 80/20 curve of the user's scope with the very same
functions (`app/value.py`), offline, from the replica and the standing the server last
published (`TierStanding`: the company's normalisers and score cut-offs).

The rules, in the order they apply to a customer's `Figures` over the policy's window:

1. **restricted** when a payment is overdue past `overdue_days` (`OVERDUE`), or the
   contribution fell by `falling_percent` % or more against the window before (`FALLING`);
2. customers with a contribution in the window are **ranked** by their score, the weighted
   mean of contribution / the company's largest, deals / the company's most, recency
   (1 at the window's end down to 0 at its start) and growth ((-100 % .. +100 %) -> 0 .. 1,
   a first purchase counts +100 %). Equal scores share a rank. Rank <= n x
   `premium_percent` / 100 -> **premium**, <= n x `major_percent` / 100 -> **major**,
   else **ordinary** (n: the ranked customers, company-wide);
3. without a contribution: **potential** with an open opportunity or a contact in the last
   `potential_contact_days`, else **ordinary**.

Contribution is the sum of the lines (quantity x price x (1 - discount), to the cent) of the
active and completed contracts signed in the window; amounts of different currencies are
added as they are (one company, one currency in practice).
"""

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from .enums import ContractStatus, Tier
from .wire import json_integer

COUNTED = (ContractStatus.ACTIVE.value, ContractStatus.COMPLETED.value)
"""Contract statuses whose lines count as contribution."""
OVERDUE = "overdue"
"""Restricted: a payment overdue past the policy's days (argument: days overdue)."""
FALLING = "falling"
"""Restricted: the contribution fell by the policy's percent or more (argument: percent)."""
HISTORY_REASON = "tier_computed"
"""The conflict-log reason of a tier the server computed: the customer's history shows it."""
DIGITS = 6  # scores are rounded so a replica and the server compare them alike
# plain strings: an enum member's .value costs a descriptor call, a million times a sweep
PREMIUM, MAJOR, ORDINARY = Tier.PREMIUM.value, Tier.MAJOR.value, Tier.ORDINARY.value
RESTRICTED, POTENTIAL = Tier.RESTRICTED.value, Tier.POTENTIAL.value


def _json_number(value: object) -> object:
    """A JSON number, never a boolean or text, which pydantic's lax mode would turn into one."""
    if isinstance(value, str | bytes | bool):
        raise ValueError("not a number")
    return value


# The bounds before the validator, so the JSON schema says minimum and maximum.
Weight = Annotated[float, Field(ge=0, le=100), BeforeValidator(_json_number)]
Months = Annotated[int, Field(ge=1, le=60), BeforeValidator(json_integer)]
Percent = Annotated[int, Field(ge=0, le=100), BeforeValidator(json_integer)]
Share = Annotated[int, Field(ge=1, le=100), BeforeValidator(json_integer)]
Days = Annotated[int, Field(ge=1, le=3650), BeforeValidator(json_integer)]


class Weights(BaseModel):
    """Each part's weight; all four at 0 counts them alike (as if each were 1)."""

    model_config = ConfigDict(extra="forbid")

    contribution: Weight = 50
    frequency: Weight = 20
    recency: Weight = 20
    growth: Weight = 10


class TierPolicy(BaseModel):
    """The company's tier policy, set by managers and administrators (`PUT /tiers/policy`)."""

    model_config = ConfigDict(extra="forbid")

    window_months: Months = 12
    weights: Weights = Field(default_factory=Weights)
    premium_percent: Percent = 10
    # cumulative (premium included): at or below premium_percent there is no major tier
    major_percent: Percent = 30
    overdue_days: Days | None = 90
    falling_percent: Share | None = 50
    potential_contact_days: Days = 90


class _Answer(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


class TierStanding(_Answer):
    """What the last company-wide computation found, so a replica scores offline alike."""

    as_of: date
    ranked: int = 0
    contribution_max: float = 0
    deals_max: int = 0
    premium_score: float | None = None  # the lowest score ranked premium
    major_score: float | None = None
    scores: list[float] = Field(default_factory=list)  # at 0, 1, ..., 100 % from the top


class TierSettings(_Answer):
    """`GET /tiers/policy`: kept in the replica's meta like the pool rules."""

    policy: TierPolicy = Field(default_factory=TierPolicy)
    standing: TierStanding | None = None
    updated_at: datetime | None = None


class TierPreview(_Answer):
    """`POST /tiers/preview`: what Apply would do, company-wide, before anything changes."""

    as_of: date
    customers: int
    matrix: dict[str, dict[str, int]]  # from tier -> to tier -> customers (effective tiers)
    counts: dict[str, int]  # computed tier -> customers
    changes: int  # customers whose effective tier would change
    locked: int  # customers kept at their manual tier
    pareto: list[tuple[float, float]]  # (share of customers, share of contribution)
    top20_share: float
    standing: TierStanding


class ParetoCustomer(_Answer):
    id: str
    name: str
    contribution: Decimal


class TierPareto(_Answer):
    """`GET /tiers/pareto`: the company's 80/20 (administrators, who keep no replica)."""

    start: date
    end: date
    customers: int  # with a contribution in the window
    total: Decimal
    curve: list[tuple[float, float]]
    top_share: float
    top_count: int  # how many customers the top 20 % is
    top: list[ParetoCustomer]  # its first `limit`, best first


class TierApplied(_Answer):
    as_of: date
    changed: int
    counts: dict[str, int]


@dataclass(slots=True)
class Figures:
    """One customer's facts over the window ending `as_of` (see `figures_window`)."""

    customer_id: str
    contribution: Decimal = Decimal(0)
    previous: Decimal = Decimal(0)  # the window before
    deals: int = 0
    last_purchase: date | None = None
    overdue_days: int = 0  # the longest any balance is past its due date (0: none)
    open_opportunities: int = 0
    last_contact: date | None = None

    @property
    def growth(self) -> float | None:
        """(current - previous) / previous; None with nothing before."""
        if self.previous <= 0:
            return None
        return float((self.contribution - self.previous) / self.previous)


@dataclass(slots=True)
class Verdict:
    tier: str
    score: float | None = None
    rank: int | None = None  # among the ranked customers (1: the best)
    reason: tuple[str, int] | None = None  # (OVERDUE | FALLING, number) when restricted


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    days = [31, 29 if _leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return date(year, month, min(day.day, days))


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def figures_window(policy: TierPolicy, as_of: date) -> tuple[date, date, date]:
    """(start of the window before, start of the window, end): a contract signed on a day
    in [start, end] counts; [before, start) is the window before."""
    start = add_months(as_of, -policy.window_months)
    return add_months(start, -policy.window_months), start, as_of


def restricted_reason(figures: Figures, policy: TierPolicy) -> tuple[str, int] | None:
    if policy.overdue_days is not None and figures.overdue_days > policy.overdue_days:
        return OVERDUE, figures.overdue_days
    if policy.falling_percent is not None and figures.previous > 0:
        fell = (figures.previous - figures.contribution) * 100 / figures.previous
        if fell >= policy.falling_percent:
            return FALLING, int(fell)
    return None


def scorer(policy: TierPolicy, standing: TierStanding) -> Callable[[Figures], float]:
    """`score` with the policy's and the standing's constants worked out once (company-wide
    it runs for every customer)."""
    w = policy.weights
    if w.contribution + w.frequency + w.recency + w.growth <= 0:
        w = Weights(contribution=1, frequency=1, recency=1, growth=1)
    _, start, end = figures_window(policy, standing.as_of)
    span = max(1, (end - start).days)
    top, most = standing.contribution_max, standing.deals_max
    total = w.contribution + w.frequency + w.recency + w.growth

    def run(figures: Figures) -> float:
        c = min(1.0, float(figures.contribution) / top) if top else 0.0
        f = min(1.0, figures.deals / most) if most else 0.0
        r = 0.0
        if figures.last_purchase is not None:
            r = max(0.0, min(1.0, 1 - (end - figures.last_purchase).days / span))
        growth = figures.growth
        g = 1.0 if growth is None else (max(-1.0, min(1.0, growth)) + 1) / 2
        mean = w.contribution * c + w.frequency * f + w.recency * r + w.growth * g
        return round(mean / total, DIGITS)

    return run


def score(figures: Figures, policy: TierPolicy, standing: TierStanding) -> float:
    """The weighted mean of the four parts, each 0..1, rounded to DIGITS."""
    return scorer(policy, standing)(figures)


def cut(rank: int, ranked: int, policy: TierPolicy) -> str:
    """The tier of a rank among `ranked` customers (rank 1 the best)."""
    if rank * 100 <= ranked * policy.premium_percent:
        return PREMIUM
    if rank * 100 <= ranked * policy.major_percent:
        return MAJOR
    return ORDINARY


def is_potential(figures: Figures, policy: TierPolicy, as_of: date) -> bool:
    if figures.open_opportunities > 0:
        return True
    last = figures.last_contact
    return last is not None and (as_of - last).days <= policy.potential_contact_days


def standing_of(
    figures: Sequence[Figures],
    policy: TierPolicy,
    as_of: date,
    reasons: Mapping[str, tuple[str, int] | None] | None = None,
) -> tuple[TierStanding, list[Figures]]:
    """The normalisers of the customers to rank (contribution, not restricted), and them."""
    if reasons is None:
        reasons = {f.customer_id: restricted_reason(f, policy) for f in figures}
    ranked = [f for f in figures if f.contribution > 0 and reasons[f.customer_id] is None]
    standing = TierStanding(
        as_of=as_of,
        ranked=len(ranked),
        contribution_max=float(max((f.contribution for f in ranked), default=Decimal(0))),
        deals_max=max((f.deals for f in ranked), default=0),
    )
    return standing, ranked


def assign(
    figures: Sequence[Figures], policy: TierPolicy, as_of: date
) -> tuple[dict[str, Verdict], TierStanding]:
    """Every customer's computed tier, and the standing to publish (company-wide)."""
    reasons = {f.customer_id: restricted_reason(f, policy) for f in figures}
    standing, ranked = standing_of(figures, policy, as_of, reasons)
    run = scorer(policy, standing)
    scores = sorted(((run(f), f.customer_id) for f in ranked), reverse=True)
    out: dict[str, Verdict] = {}
    rank, previous = 0, None
    premium = major = None
    for position, (value, customer_id) in enumerate(scores, start=1):
        if value != previous:
            rank, previous = position, value
        tier = cut(rank, len(scores), policy)
        if tier == PREMIUM:
            premium = value
        elif tier == MAJOR:
            major = value
        out[customer_id] = Verdict(tier, value, rank)
    for f in figures:
        if f.customer_id in out:
            continue
        reason = reasons[f.customer_id]
        if reason is not None:
            out[f.customer_id] = Verdict(RESTRICTED, reason=reason)
        elif is_potential(f, policy, as_of):
            out[f.customer_id] = Verdict(POTENTIAL)
        else:
            out[f.customer_id] = Verdict(ORDINARY)
    values = [v for v, _ in scores]
    quantiles = [values[min(len(values) - 1, len(values) * p // 100)] for p in range(101)]
    standing = standing.model_copy(
        update={
            "premium_score": premium,
            "major_score": major,
            "scores": quantiles if values else [],
        }
    )
    return out, standing


def company_share(value: float, standing: TierStanding) -> int | None:
    """About which top percent of the company a score is in (from the published quantiles)."""
    if not standing.scores:
        return None
    for percent, at in enumerate(standing.scores):
        if value >= at:
            return max(1, percent)
    return 100


def tier_for_score(value: float, standing: TierStanding) -> str:
    """The tier a score earns against the published cut-offs (offline, as the server would)."""
    if standing.premium_score is not None and value >= standing.premium_score:
        return PREMIUM
    if standing.major_score is not None and value >= standing.major_score:
        return MAJOR
    return ORDINARY


# --- 80/20 ------------------------------------------------------------------------------------


def pareto(
    contributions: Iterable[Decimal | float], points: int = 100
) -> list[tuple[float, float]]:
    """The Pareto curve: (share of customers, share of contribution), best customers first,
    from (0, 0) to (1, 1), `points` + 1 points at equal customer steps."""
    values = sorted((float(v) for v in contributions if v > 0), reverse=True)
    total = sum(values)
    if not values or total <= 0:
        return [(0.0, 0.0), (1.0, 0.0)]
    out = [(0.0, 0.0)]
    running, taken = 0.0, 0
    for step in range(1, points + 1):
        upto = len(values) * step // points
        running += sum(values[taken:upto])
        taken = upto
        out.append((step / points, running / total))
    return out


def top_count(customers: int, share: float = 0.2) -> int:
    """How many customers the top `share` is: rounded down, at least one."""
    return max(1, int(customers * share)) if customers else 0


def top_share(contributions: Sequence[Decimal], share: float = 0.2) -> float:
    """The contribution share of the best `share` of the customers with a contribution."""
    values = sorted((v for v in contributions if v > 0), reverse=True)
    total = sum(values, Decimal(0))
    if total <= 0:
        return 0.0
    return float(sum(values[: top_count(len(values), share)], Decimal(0)) / total)
