"""Issue 17, item 2: a customer that left a user's scope is not theirs to write for ever.

The grace exists so that edits made offline before a move are not lost. It is bounded to
that: updates pushed by a device that had not yet been told of the move. Deletes and new
child rows never pass by it, and nothing passes once the device has pulled the move (or from
a device that never held the customer); all of these wait in the review queue instead.
"""

from sqlalchemy import select

from server.models import ReviewItem
from sync.protocol.entities import Customer, Interaction
from tests.security.actors import new_id


def _reassign(admin, customer: str, to) -> None:
    answer = admin.call(
        "POST",
        "/customers/reassign",
        json={"customer_ids": [customer], "to_username": to.account.username, "reason": "调岗"},
    )
    assert answer.json()["moved"] == 1, answer.text


def test_edits_after_a_move_are_bounded(branches, sign_in, server_db):
    laptop = branches.rep_x
    laptop.pull()  # the device's first download: the server now knows what it holds
    customer = laptop.create("customer", {"name": "调走的客户", "city": "上海"})
    visit = laptop.create("interaction", {"customer_id": customer, "subject": "拜访"})
    deal = laptop.create("opportunity", {"customer_id": customer, "title": "单子"})
    laptop.pull()

    _reassign(branches.admin, customer, branches.rep_y)  # on to another branch

    # made offline before the laptop heard of the move: the update counts, as before...
    update = laptop.one("customer", customer, changes={"notes": "离线时写的"}, base={"notes": None})
    assert update["status"] == "applied"
    # ...but a delete or a new child row waits for a manager
    delete = laptop.one("interaction", visit, "delete")
    child = laptop.one(
        "interaction", new_id(), "create", {"customer_id": customer, "subject": "新"}
    )
    for result in (delete, child):
        assert (result["status"], result["reason"], result["row"]) == (
            "rejected",
            "not_found",
            None,
        )

    pulled = laptop.pull()  # the laptop learns of the move
    assert customer in pulled["removed"]
    late = laptop.one(
        "customer", customer, changes={"notes": "之后写的"}, base={"notes": "离线时写的"}
    )
    assert (late["status"], late["row"]) == ("rejected", None)
    late_deal = laptop.one("opportunity", deal, changes={"stage": "won"})
    assert late_deal["status"] == "rejected"

    # another device of the same rep that never held it gets no grace at all
    fresh = sign_in(laptop.account)
    fresh.pull()
    assert fresh.one("customer", customer, changes={"city": "北京"})["status"] == "rejected"
    never_pulled = sign_in(laptop.account)
    assert never_pulled.one("opportunity", deal, changes={"amount": "1.00"})["status"] == (
        "rejected"
    )

    with server_db.sessions() as session:
        row = session.get(Customer, customer)
        assert (row.notes, row.city, row.owner_id) == ("离线时写的", "上海", branches.rep_y.id)
        assert session.get(Interaction, visit).deleted_at is None
        children = session.scalars(
            select(Interaction.id).where(Interaction.customer_id == customer)
        ).all()
        assert children == [visit]
        queued = session.scalars(
            select(ReviewItem.op).where(ReviewItem.user_id == laptop.id).order_by(ReviewItem.id)
        ).all()
    # nothing is lost: every refused edit waits for a decision
    assert queued == ["delete", "create", "update", "update", "update", "update"]
