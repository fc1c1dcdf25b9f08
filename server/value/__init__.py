"""What customers are worth, company-wide (issue 19, items 2 and 4), on the server.

`figures` reads every customer's contribution, deals, last purchase, previous window,
overdue balance, open opportunities and recent contact in a handful of grouped queries;
`contributions` is the plain "contribution of customers in a window" that reports can reuse.
`preview` and `apply` rank the company with `sync.protocol.tiers` (the arithmetic the
replicas use to explain a tier offline); `apply` writes each changed tier as a normal
customer change (one change number, a conflict-log entry with reason `tier_computed` that
is the customer's history), and `outpost-server tier-sweep` runs it nightly.
"""

from .service import (
    apply,
    company_pareto,
    contributions,
    figures,
    preview,
    save_policy,
    settings,
)

__all__ = [
    "apply",
    "company_pareto",
    "contributions",
    "figures",
    "preview",
    "save_policy",
    "settings",
]
