"""Credit "3+1" at push (issue 22): who may write credit data, and contracts held at the
server when they would take a customer beyond its credit.

The "+1": credit data (profiles and assessments) is written by the credit department only;
the credit department writes nothing else but the release of a held contract (its status,
from held to active or cancelled). A refusal is a review-queue entry like any other, so the
author sees it on the Sync screen. The hold itself is not a refusal: a contract signed beyond
the limit (or while the customer is on hold) is stored as held and comes back so at the
next pull, whatever the laptop thought when it was entered offline.
"""

from typing import Any

from sqlalchemy.orm import Session

from sync.protocol import credit
from sync.protocol.entities import Contract, ContractLine, CreditProfile, Entity
from sync.protocol.enums import ContractStatus, Role

from .. import audit
from ..models import User

Refusal = tuple[str, str]
HELD = ContractStatus.HELD.value
RELEASES = frozenset({ContractStatus.ACTIVE.value, ContractStatus.CANCELLED.value, HELD})


def is_credit(user: User) -> bool:
    return user.role == Role.CREDIT.value


def check_write(
    session: Session,
    user: User,
    entity: str,
    before: dict[str, Any] | None,
    after: dict[str, Any],
    changed: Any = (),
) -> Refusal | None:
    """The user's role may make this change (a create when `before` is None)."""
    if entity in credit.CREDIT_ENTITIES:
        if not is_credit(user):
            return ("forbidden", "Only the credit department changes credit data.")
        if entity == "credit_profile" and after.get("id") != after.get("customer_id"):
            return ("invalid", "A credit profile's id is its customer's id.")
        return None
    if is_credit(user):
        release = (
            entity == "contract"
            and before is not None
            and set(changed) <= {"status"}
            and before.get("status") == HELD
            and after.get("status") in RELEASES
        )
        if not release:
            return ("forbidden", "The credit department changes credit data only.")
        return None
    if (refusal := credit.deal_refusal(session, entity, before, after)) is not None:
        return ("credit_hold", refusal)
    if (
        entity == "contract"
        and before is not None
        and before.get("status") == HELD
        and after.get("status") not in (HELD, ContractStatus.CANCELLED.value)
    ):
        return (
            "credit_hold",
            "The contract is held for credit; only the credit department releases it.",
        )
    return None


def check_delete(user: User, entity: str) -> Refusal | None:
    """Deleting or restoring: credit rows by the credit department, the rest by the others."""
    if (entity in credit.CREDIT_ENTITIES) != is_credit(user):
        if is_credit(user):
            return ("forbidden", "The credit department changes credit data only.")
        return ("forbidden", "Only the credit department changes credit data.")
    return None


def hold_over_limit(
    session: Session,
    user: User,
    touched: dict[str, Entity],
    authors: dict[tuple[str, str, str], str],
) -> list[Contract]:
    """Contracts this push signed (created, changed status, or changed lines of) that take
    their customer beyond its credit limit, or that were signed while it is on hold: stored
    as held. Returns them (the caller stamps them into the batch). Not for the credit
    department's own pushes: its release stands."""
    if is_credit(user):
        _audit_decisions(session, user, touched)
        return []
    signing: set[str] = set()
    for obj in touched.values():
        if isinstance(obj, Contract):
            # created by this push (numbered when it is sealed) or its status changed
            if not obj.version or ("contract", obj.id, "status") in authors:
                signing.add(obj.id)
        elif isinstance(obj, ContractLine):
            signing.add(obj.contract_id)
    if not signing:
        return []
    session.flush()
    held: list[Contract] = []
    for contract_id in sorted(signing):
        contract = session.get(Contract, contract_id)
        if (
            contract is None
            or contract.deleted_at is not None
            or contract.status != ContractStatus.ACTIVE.value
        ):
            continue
        profile = session.get(CreditProfile, contract.customer_id)
        if profile is None:
            continue
        others = credit.exposure(
            session, contract.customer_id, contract.currency, exclude=contract.id
        )
        owed = credit.outstanding(session, [contract.id])[contract.id]
        check = credit.check_contract(profile, contract.currency, others, owed)
        if check.held:
            contract.status = HELD
            held.append(contract)
            audit.record(
                session,
                "credit_hold",
                user_id=user.id,
                entity="contract",
                row_id=contract.id,
                customer_id=contract.customer_id,
                reason=check.reason,
                exposure=str(check.exposure),
                limit=None if check.limit is None else str(check.limit),
            )
    return held


DECIDED = {
    "credit_profile": (
        "rating",
        "credit_limit",
        "currency",
        "terms_days",
        "on_hold",
        "hold_reason",
        "next_review",
    ),
    "credit_assessment": ("rating", "assessed_on", "next_review"),
    "contract": ("status",),
}


def _audit_decisions(session: Session, user: User, touched: dict[str, Entity]) -> None:
    """Every credit decision in the audit log ("+1", issue 22): what the credit department
    wrote in this push, with the values it decided."""
    for obj in touched.values():
        fields = DECIDED.get(obj.entity_name)
        if fields is None:
            continue
        values: dict[str, Any] = {}
        for key in fields:
            value = getattr(obj, key)
            values[key] = value if value is None or isinstance(value, bool | int) else str(value)
        audit.record(
            session,
            "credit_decision",
            user_id=user.id,
            entity=obj.entity_name,
            row_id=obj.id,
            customer_id=getattr(obj, "customer_id", None),
            decided=values,
        )
