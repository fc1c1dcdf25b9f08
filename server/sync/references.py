"""What a pushed row may point at: people, branches, customers and contacts the author may
reach (issue 17, items 3 and 4).

A reference is data flowing somewhere: a task assigned to someone lands in their replica, a
customer of a branch in that branch manager's. So every reference a row gains (on creation,
or by an update that changes it) must exist and lie within its author's scope, checked here
in one place. Each check answers the refusal to give, or None when the value may stand.
"""

from typing import Any

from sqlalchemy.orm import Session

from sync.protocol.entities import Contact, Contract, Customer, Opportunity, Product
from sync.protocol.enums import Role

from ..models import Branch, User
from ..permissions import answers_for
from .scope import in_scope

# Columns naming a user who will own or carry out the row (it reaches their replica).
PEOPLE = {"owner_id", "assignee_id"}
Refusal = tuple[str, str]  # (reason, message) of a rejection


def check_references(
    session: Session, user: User, entity: str, values: dict[str, Any], row: dict[str, Any]
) -> Refusal | None:
    """`values`: the references being set (a new row's, or an update's changed ones);
    `row`: the whole row as it will be, for the customer a contact must belong to."""
    for key, value in values.items():
        if value is None:
            continue
        refusal = None
        if key in PEOPLE and entity != "customer":
            refusal = _person(session, user, value)
        elif key == "related_customer_id":
            refusal = _customer(session, user, value)
        elif key == "merged_into_id":
            refusal = _survivor(session, user, value, row.get("id"))
        elif key == "contact_id":
            refusal = _contact(session, value, row.get("customer_id"))
        elif key == "contract_id":
            refusal = _same_customer(session, Contract, value, row.get("customer_id"))
        elif key == "opportunity_id":
            refusal = _same_customer(session, Opportunity, value, row.get("customer_id"))
        elif key == "product_id":
            refusal = _product(session, value)
        if refusal is not None:
            return refusal
    return None


def check_new_customer(session: Session, user: User, row: dict[str, Any]) -> Refusal | None:
    """A new customer's owner and branch: a rep's own, in the rep's branch; a manager's, in
    a branch the manager answers for, owned by an active person of such a branch."""
    owner = session.get(User, row["owner_id"])
    branch = session.get(Branch, row["branch_id"]) if row.get("branch_id") else None
    refused = ("forbidden", "You cannot create a customer for that owner or branch.")
    if owner is None or branch is None:
        return refused
    if user.role == Role.REP.value:
        ok = owner.id == user.id and branch.id == user.branch_id
    else:
        ok = answers_for(session, user, branch.id) and (
            owner.id == user.id or (owner.active and answers_for(session, user, owner.branch_id))
        )
    return None if ok else refused


def person_in_scope(session: Session, user: User, person_id: str) -> bool:
    """Someone the user may hand work to: themselves, a colleague of their branch (rep), a
    person of a branch they answer for (manager), anyone (administrator)."""
    if person_id == user.id:
        return True
    person = session.get(User, person_id)
    if person is None:
        return False
    if user.role == Role.REP.value:
        return user.branch_id is not None and person.branch_id == user.branch_id
    return answers_for(session, user, person.branch_id)


def _person(session: Session, user: User, person_id: Any) -> Refusal | None:
    if isinstance(person_id, str) and person_in_scope(session, user, person_id):
        return None
    return ("forbidden", "You can assign work only to people of your own branch.")


def _customer(session: Session, user: User, customer_id: Any) -> Refusal | None:
    if isinstance(customer_id, str) and in_scope(session, user, customer_id):
        return None
    return ("not_found", f"There is no customer {customer_id} you may refer to.")


def _survivor(session: Session, user: User, survivor_id: Any, row_id: Any) -> Refusal | None:
    """A merged customer points at a live customer of the author's scope, not at itself."""
    survivor = session.get(Customer, survivor_id) if isinstance(survivor_id, str) else None
    if (
        survivor is not None
        and survivor.id != row_id
        and survivor.deleted_at is None
        and in_scope(session, user, survivor.id)
    ):
        return None
    return ("not_found", f"There is no customer {survivor_id} you may merge into.")


def _contact(session: Session, contact_id: Any, customer_id: str | None) -> Refusal | None:
    contact = session.get(Contact, contact_id) if isinstance(contact_id, str) else None
    if contact is not None and contact.customer_id == customer_id:
        return None
    return ("not_found", f"The customer has no contact {contact_id}.")


def _same_customer(
    session: Session, cls: type[Contract] | type[Opportunity], row_id: Any, customer_id: Any
) -> Refusal | None:
    """A contract line or payment belongs to a contract of its own customer; a contract is
    won from an opportunity of its own customer (issue 19): the row travels with them."""
    target = session.get(cls, row_id) if isinstance(row_id, str) else None
    if target is not None and getattr(target, "customer_id", None) == customer_id:
        return None
    return ("not_found", f"The customer has no {cls.entity_name} {row_id}.")


def _product(session: Session, product_id: Any) -> Refusal | None:
    if isinstance(product_id, str) and session.get(Product, product_id) is not None:
        return None
    return ("not_found", f"There is no product {product_id}.")
