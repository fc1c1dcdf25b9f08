"""Issue 17, item 9: a departed device hands over its outbox, not an unbounded upload.

`/sync/surrender` is authenticated only by the refresh token of a closed account's session.
What it queues is bounded to what a real outbox can hold (a count per device, a size per
edit and in total per account) and validated like a push (known fields, valid values).
"""

from sqlalchemy import func, select

from server.models import ReviewItem
from server.review.handover import MAX_SURRENDER_BYTES, MAX_SURRENDER_EDIT, MAX_SURRENDER_ITEMS
from sync.protocol.wire import MAX_PUSH
from tests.security.actors import new_id


def _departed(branches):
    """rep_x with a customer, then offboarded by the admin: its device still holds a token."""
    laptop = branches.rep_x
    laptop.pull()
    customer = laptop.create("customer", {"name": "离职前的客户"})
    answer = branches.admin.call(
        "POST",
        f"/admin/users/{laptop.account.username}/offboard",
        json={"to_username": branches.rep_x2.account.username},
    )
    assert answer.status_code == 200, answer.text
    return laptop, customer


def _surrender(laptop, *mutations):
    return laptop.call(
        "POST",
        "/sync/surrender",
        json={"refresh_token": laptop.refresh_token, "mutations": list(mutations)},
    )


def _queued(server_db, laptop) -> int:
    with server_db.sessions() as session:
        query = select(func.count()).where(ReviewItem.device_id == laptop.device_id)
        return session.scalar(query.select_from(ReviewItem))


def test_surrendered_edits_are_validated(branches, server_db):
    laptop, customer = _departed(branches)
    bad = [
        {"changes": {"name": 12345}},  # wrong type
        {"changes": {"tier": "emperor"}},  # not a choice
        {"changes": {"phones": ["not a phone number at all"]}},
        {"changes": {"notes": {"deep": [[[[["nested"]]]]]}}},
        {"changes": {"notes": "x"}, "base": {"notes": {"deep": [[["nested"]]]}}},
    ]
    for fields in bad:
        mutation = laptop.mutation("customer", customer, "update")
        mutation.update(fields)
        answer = _surrender(laptop, mutation)
        assert answer.status_code == 422, (fields, answer.text)
    assert _queued(server_db, laptop) == 0

    big = laptop.mutation("customer", customer, changes={"notes": "长" * MAX_SURRENDER_EDIT})
    assert _surrender(laptop, big).status_code == 413
    assert _queued(server_db, laptop) == 0

    # fields the server does not know are left out, as a push ignores them
    good = laptop.mutation(
        "customer",
        customer,
        changes={"notes": "交接说明", "is_admin": True, "version": 1},
        base={"notes": None, "password_hash": "x"},
    )
    assert _surrender(laptop, good).json() == {"queued": 1}
    with server_db.sessions() as session:
        [item] = session.scalars(
            select(ReviewItem).where(ReviewItem.device_id == laptop.device_id)
        ).all()
        assert (item.changes, item.base) == ({"notes": "交接说明"}, {"notes": None})


def test_surrender_is_bounded_to_a_real_outbox(branches, server_db):
    laptop, customer = _departed(branches)
    queued, refused = 0, None
    for _ in range(MAX_SURRENDER_ITEMS // MAX_PUSH + 2):
        batch = [
            laptop.mutation("interaction", new_id(), "create", {"customer_id": customer})
            for _ in range(MAX_PUSH)
        ]
        answer = _surrender(laptop, *batch)
        if answer.status_code != 200:
            refused = answer
            break
        queued += answer.json()["queued"]
    assert refused is not None and refused.status_code == 413
    assert refused.json()["code"] == "outbox_too_large"
    assert queued == _queued(server_db, laptop) <= MAX_SURRENDER_ITEMS


def test_surrender_is_bounded_in_size(branches, server_db):
    laptop, customer = _departed(branches)
    note = "x" * (MAX_SURRENDER_EDIT // 2)  # an edit under the limit of one
    per_request = 7 * 1024 * 1024 // len(note)  # bodies under the server's 8 MiB
    sent, refused = 0, None
    while sent < 3 * MAX_SURRENDER_BYTES:
        batch = [
            laptop.mutation("customer", customer, changes={"notes": note})
            for _ in range(per_request)
        ]
        answer = _surrender(laptop, *batch)
        if answer.status_code != 200:
            refused = answer
            break
        sent += per_request * len(note)
    assert refused is not None, f"{sent} bytes of edits accepted"
    assert (refused.status_code, refused.json()["code"]) == (413, "outbox_too_large")
    with server_db.sessions() as session:
        stored = session.scalars(
            select(ReviewItem.changes).where(ReviewItem.device_id == laptop.device_id)
        ).all()
    assert 0 < sum(len(c["notes"]) for c in stored) <= MAX_SURRENDER_BYTES
