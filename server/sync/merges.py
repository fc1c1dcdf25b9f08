"""Changes still aimed at a merged customer land on its survivor (issue 18, item 4).

A merge archives the loser with `merged_into_id` pointing at the survivor. Devices that were
offline still hold the loser and may push changes to it: an edit of its fields, or children
created under it or related to it. Those are redirected here, before anything is checked, so
they are applied to the survivor instead of being refused:

- an update of the loser customer becomes an update of the survivor. The merge's choices
  stand: a field whose value the edit saw (its base) is no longer the survivor's value (the
  merge kept the survivor's own, or someone changed it since) is not overwritten; the edit's
  value goes to the survivor's conflict log, one click from being restored. Fields the edit
  saw unchanged (equal on both, or the loser's value chosen) take the edit's value;
- `customer_id` and `related_customer_id` naming the loser, in a child's create or update,
  name the survivor instead;
- deletes and restores are never redirected (undoing a merge restores the loser), nor an
  update that sets `merged_into_id` itself (the merge, or its undo).

Merges of merges are followed up to `MAX_HOPS` customers; a loser is one archived with a
pointer, so a merge undone (pointer cleared, loser restored) redirects nothing.
"""

from sqlalchemy.orm import Session

from sync.protocol.entities import Customer
from sync.protocol.wire import Mutation, MutationOp

MAX_HOPS = 8
REFERENCES = ("customer_id", "related_customer_id")


def survivor_of(session: Session, customer_id: str) -> str:
    """The customer that `customer_id` was merged into, following merges; itself if none."""
    if not 0 < len(customer_id) <= 36 or "\x00" in customer_id:
        return customer_id  # no id at all: left for the checks to refuse
    current = customer_id
    for _ in range(MAX_HOPS):
        customer = session.get(Customer, current)
        if customer is None or customer.merged_into_id is None or customer.deleted_at is None:
            break
        current = customer.merged_into_id
    return current


def redirect(session: Session, mutation: Mutation) -> tuple[Mutation, bool]:
    """The mutation as it applies after merges, and whether it was moved from a merged
    customer's row onto its survivor's (then the merge's choices stand, see above)."""
    if mutation.op not in (MutationOp.CREATE, MutationOp.UPDATE):
        return mutation, False
    if mutation.entity == "customer":
        if mutation.op != MutationOp.UPDATE or "merged_into_id" in mutation.changes:
            return mutation, False
        target = survivor_of(session, mutation.row_id)
        if target == mutation.row_id:
            return mutation, False
        return mutation.model_copy(update={"row_id": target}), True
    changes = dict(mutation.changes)
    for key in REFERENCES:
        value = changes.get(key)
        if isinstance(value, str):
            changes[key] = survivor_of(session, value)
    if changes == mutation.changes:
        return mutation, False
    return mutation.model_copy(update={"changes": changes}), False
