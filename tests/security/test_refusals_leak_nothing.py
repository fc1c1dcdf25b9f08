"""Issue 17, item 1: a refusal carries nothing the caller may not read.

Ids are not secret (a rep's replica holds `related_customer_id`s of others and every
customer ever moved away), so a push of someone else's id must answer exactly as for an id
that does not exist: `rejected / not_found`, and no row. The review queue that keeps the
refused edit must not show a manager the other branch's current values either.
"""

import itertools

from sqlalchemy import select

from server.models import ReviewItem
from tests.security.actors import new_id

SECRET = {
    "name": "机密客户 Zhao",
    "phones": ["+86 21 5555 0101"],
    "address": "上海市秘密路 7 号",
    "notes": "do not show to branch X",
}


_NUMBERS = itertools.count()


def _foreign_rows(owner) -> dict[str, str]:
    """A customer of `owner` with an interaction, an opportunity and a contact; its phone is
    new each time, or the server would hold the next owner's as a probable duplicate."""
    phone = f"+86 21 5555 01{next(_NUMBERS):02d}"
    customer = owner.create("customer", {**SECRET, "phones": [phone]})
    return {
        "customer": customer,
        "interaction": owner.create(
            "interaction", {"customer_id": customer, "body": "秘密谈话内容 interaction body"}
        ),
        "opportunity": owner.create(
            "opportunity", {"customer_id": customer, "title": "机密项目", "amount": "987654.32"}
        ),
        "contact": owner.create("contact", {"customer_id": customer, "name": "秘密联系人"}),
    }


def _leaks(text: str) -> list[str]:
    words = [
        SECRET["name"],
        SECRET["address"],
        SECRET["notes"],
        "5555 01",
        "秘密谈话内容",
        "机密项目",
        "987654",
        "秘密联系人",
    ]
    return [word for word in words if word in text]


def test_a_refused_push_hands_back_no_foreign_row(branches):
    for stranger, owner in (
        (branches.rep_x, branches.rep_y),  # another branch
        (branches.rep_x, branches.rep_x2),  # a colleague of the same branch
        (branches.mgr_x, branches.rep_y),  # a manager of another branch
    ):
        rows = _foreign_rows(owner)
        for entity, row_id in rows.items():
            for op, changes in (("update", {"notes": "mine now"}), ("delete", {})):
                if entity in ("interaction", "opportunity") and op == "update":
                    changes = {"outcome": "x"} if entity == "interaction" else {"title": "x"}
                answer = stranger.push_raw(stranger.mutation(entity, row_id, op, changes))
                [result] = answer.json()["results"]
                assert (result["status"], result["reason"]) == ("rejected", "not_found")
                assert result["row"] is None, f"{op} of {entity}: {result['row']}"
                assert _leaks(answer.text) == [], f"{op} of {entity}: {answer.text}"


def test_a_refused_push_of_an_own_row_still_repairs_it(branches):
    """The row of a rejection is for repairing the caller's own replica: it stays for rows in
    the caller's scope (here an edit the server refuses: owners change only by reassignment)."""
    rep = branches.rep_x
    customer = rep.create("customer", {"name": "自己的客户"})
    result = rep.one("customer", customer, changes={"owner_id": branches.rep_x2.id})
    assert result["status"] == "rejected"
    assert result["row"]["name"] == "自己的客户"


def test_the_review_queue_shows_no_other_branch_values(branches, server_db):
    rows = _foreign_rows(branches.rep_y)
    rep = branches.rep_x
    result = rep.one("customer", rows["customer"], changes={"notes": "x 的修改", "city": "杭州"})
    assert result["status"] == "rejected"
    rep.one("interaction", rows["interaction"], changes={"outcome": "x 的结果"})
    # a new call logged under the other branch's customer, with its contact: the diff names
    # ids for people (issue 20, item 6), never the other branch's customer or contact
    refused_call = rep.one(
        "interaction",
        new_id(),
        "create",
        {"customer_id": rows["customer"], "contact_id": rows["contact"], "body": "x 的电话"},
    )
    assert refused_call["status"] == "rejected"
    with server_db.sessions() as session:
        refused = session.scalars(select(ReviewItem).where(ReviewItem.user_id == rep.id)).all()
    assert len(refused) == 3

    answer = branches.mgr_x.call("GET", "/admin/review")
    assert answer.status_code == 200
    mine = [item for item in answer.json() if item["author"] == rep.account.username]
    assert len(mine) == 3  # the manager decides on the rep's refused edits...
    assert _leaks(answer.text) == []  # ...without seeing the other branch's customer
    for item in mine:
        assert item["customer_name"] is None
        assert all(change["before"] is None for change in item["changes"])
        assert rows["customer"] not in item["names"] and rows["contact"] not in item["names"]
    # the rep's own proposed values are shown: they are the author's, not the branch's
    assert "x 的修改" in answer.text

    # the other branch's manager still sees its own customer's values on its own items
    own = branches.rep_y.one("customer", rows["customer"], changes={"owner_id": rep.id})
    assert own["status"] == "rejected"
    theirs = branches.mgr_y.call("GET", "/admin/review").json()
    [item] = [i for i in theirs if i["row_id"] == rows["customer"]]
    assert item["customer_name"] == SECRET["name"]
    assert item["names"][rep.id] == rep.account.username  # the new owner it asked for (no
    # display name was given)
